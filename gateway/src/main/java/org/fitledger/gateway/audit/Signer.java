package org.fitledger.gateway.audit;

/**
 * Who signed a ledger record: {@code {"name":"inspector1","msp":"PatrolMSP"}}.
 *
 * @param name the common name of their certificate
 * @param msp their organization's MSP
 */
public record Signer(String name, String msp) {}
