package org.fitledger.gateway.verify;

import java.util.List;

/**
 * A valid transaction whose records the index does not hold, because it could not hold them as the
 * ledger does.
 *
 * @param txId its id
 * @param blockNumber the block that holds it
 * @param records kind/id of each record it wrote, e.g. {@code patrol/5b0c...}
 * @param reason why the index did not hold them
 */
record QuarantinedTransaction(String txId, long blockNumber, List<String> records, String reason) {}
