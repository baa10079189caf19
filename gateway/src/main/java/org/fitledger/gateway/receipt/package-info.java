/**
 * Receipts anyone can verify: for a transaction, the block that holds it (with the orderers'
 * signatures and the validation flags), its position, the record it wrote, and the channel's
 * certificate authorities, so that {@code ./fitledger receipt verify FILE} or the public page
 * checks the claim without trusting FitLedger's servers.
 */
package org.fitledger.gateway.receipt;
