package org.fitledger.gateway.verify;

import java.util.List;
import java.util.Map;

/**
 * What a verification found: OK when the chain holds and the index equals the ledger, except for
 * the records of the transactions it quarantined, which are listed apart.
 *
 * @param ok whether nothing was found
 * @param ledgerHeight the peer's height when verification began; blocks {@code 0..height-1} were
 *     checked
 * @param indexedBlock the last indexed block when the records were compared
 * @param blocksChecked how many blocks' hashes were checked
 * @param transactions how many valid FitLedger transactions the blocks hold, and how many the index
 *     holds, up to the last checked block
 * @param records per kind, how many records world state and the index hold
 * @param mismatchCount how many mismatches there are in all
 * @param mismatches the first {@value Verifier#MAX_LISTED} of them
 * @param quarantinedCount how many valid transactions the index quarantined: their records differ
 *     from the ledger's, for the reason given, and are not counted as mismatches
 * @param quarantined the first {@value Verifier#MAX_LISTED} of them
 * @param millis how long verification took
 */
record VerifyReport(
    boolean ok,
    long ledgerHeight,
    long indexedBlock,
    long blocksChecked,
    Counts transactions,
    Map<String, Counts> records,
    int mismatchCount,
    List<Mismatch> mismatches,
    long quarantinedCount,
    List<QuarantinedTransaction> quarantined,
    long millis) {

  /**
   * How many on each side.
   *
   * @param ledger on the ledger
   * @param index in the index
   */
  public record Counts(long ledger, long index) {}
}
