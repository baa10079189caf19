/**
 * Reports from residents: recorded by the Authority's intake identity, triaged by an inspector of
 * the district, and the reporter's contact kept in the Authority's private data collection until it
 * is purged.
 */
package org.fitledger.chaincode.report;
