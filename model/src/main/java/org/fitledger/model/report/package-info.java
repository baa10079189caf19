/**
 * Reports from outside the patrol: a resident's report of a broken machine, received by the
 * Authority's intake identity and triaged by an inspector of the district into a ticket, a merge
 * into an open ticket, or a rejection. A reporter's contact stays off the shared ledger; only its
 * salted hash ({@link org.fitledger.model.report.ContactHash}) is on it.
 */
package org.fitledger.model.report;
