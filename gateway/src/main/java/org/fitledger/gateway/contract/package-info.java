/**
 * Maintenance contracts: registered and SLA-versioned on the ledger ({@code /api/v1/contracts}),
 * read from the index (supervisors all, contractors their company's), histories from the ledger,
 * and the projection of {@code contract} records.
 */
package org.fitledger.gateway.contract;
