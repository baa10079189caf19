package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A ticket step on the ledger, for the SLA drill-down.
 *
 * @param ticketId the ticket
 * @param equipmentId its equipment
 * @param districtPath its district path
 * @param company the company it is assigned to
 * @param severity its severity
 * @param step {@code acknowledge}, {@code makeSafe}, {@code repair}, {@code verify} or {@code
 *     reject}
 * @param at the step's ledger time
 * @param deadline the deadline it was measured against, or null
 * @param onTime whether it met the deadline, or null without one
 * @param txId the step's transaction
 * @param blockNumber the block that first held it
 * @param signer who took the step
 */
record StepRecord(
    String ticketId,
    String equipmentId,
    String districtPath,
    String company,
    String severity,
    String step,
    String at,
    @Schema(types = {"string", "null"}) String deadline,
    @Schema(types = {"boolean", "null"}) Boolean onTime,
    String txId,
    long blockNumber,
    Signer signer) {

  static final CsvColumns<StepRecord> CSV =
      new CsvColumns<StepRecord>()
          .add("ticketId", StepRecord::ticketId)
          .add("equipmentId", StepRecord::equipmentId)
          .add("districtPath", StepRecord::districtPath)
          .add("company", StepRecord::company)
          .add("severity", StepRecord::severity)
          .add("step", StepRecord::step)
          .add("at", StepRecord::at)
          .add("deadline", StepRecord::deadline)
          .add("onTime", StepRecord::onTime)
          .add("txId", StepRecord::txId)
          .add("blockNumber", StepRecord::blockNumber)
          .add("signerName", s -> s.signer().name())
          .add("signerMsp", s -> s.signer().msp());
}
