/**
 * The supervisors' audit ({@code /api/v1/audit/...}): coverage of the inspection intervals by
 * district, SLA compliance by company or district, and the diligence of inspectors, each over a
 * period or as of an instant, within the supervisor's districts, with drill-down lists of the
 * ledger records behind every figure (transaction id, block, signer), as JSON or CSV.
 *
 * <p>The controllers check access and parameters ({@link org.fitledger.gateway.audit.AuditScope});
 * the repositories hold the SQL, over the columns the projections denormalize for it (migration
 * {@code V4__audit.sql}); {@link org.fitledger.gateway.audit.CsvWriter} writes RFC 4180.
 */
package org.fitledger.gateway.audit;
