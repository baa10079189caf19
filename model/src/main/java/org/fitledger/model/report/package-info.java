/**
 * Reports from outside the patrol: a resident's report of a broken machine, received by the
 * Authority's intake identity and triaged by an inspector of the district into a ticket, a merge
 * into an open ticket, or a rejection. A reporter's contact stays off the shared ledger: the report
 * holds a salted hash of it, and the Authority's private data collection the contact sealed under a
 * key of its own ({@link org.fitledger.model.report.SealedContact}).
 */
package org.fitledger.model.report;
