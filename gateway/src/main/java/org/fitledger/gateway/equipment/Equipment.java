package org.fitledger.gateway.equipment;

/**
 * A piece of equipment as the chaincode stores it, fields in the chaincode's order.
 *
 * <p>{@code new Equipment("eq-1", "pull-up bar", "Riverside park", "IN_SERVICE",
 * "Admin@authority.fitledger.example", "2026-11-21T10:00:00.123Z", "9f2c...")}
 *
 * @param id the id printed on its QR tag
 * @param type e.g. {@code pull-up bar}
 * @param site where it stands
 * @param status e.g. {@code IN_SERVICE}
 * @param registeredBy the registering supervisor's certificate common name
 * @param registeredAt the transaction time, ISO-8601 UTC
 * @param txId the registering transaction
 */
public record Equipment(
    String id,
    String type,
    String site,
    String status,
    String registeredBy,
    String registeredAt,
    String txId) {}
