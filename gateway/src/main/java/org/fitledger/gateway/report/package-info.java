/**
 * Reports from residents in the gateway: their projection into {@code reports}, the inspectors'
 * triage and the supervisors' reads, and the purge of reporters' contacts once a report has been
 * closed for the retention period.
 */
package org.fitledger.gateway.report;
