package org.fitledger.model.ticket;

/**
 * Whom a ticket is assigned to and under which terms: the covering contract's company, the
 * contract, and the SLA version whose terms fix the ticket's deadlines.
 *
 * @param company the contractor company
 * @param contractId the contract
 * @param slaVersion the version of the contract's SLA
 * @param sla the SLA of that version
 */
public record Assignment(String company, String contractId, int slaVersion, Sla sla) {}
