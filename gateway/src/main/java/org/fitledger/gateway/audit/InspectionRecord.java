package org.fitledger.gateway.audit;

import java.math.BigDecimal;

/**
 * One inspection of a patrol on the ledger, for the diligence drill-down.
 *
 * @param patrolId the patrol
 * @param position the inspection's index in the patrol, from 0
 * @param equipmentId the inspected equipment
 * @param districtPath where it stood when the patrol was recorded
 * @param level the inspection level
 * @param condition what was found
 * @param distanceMeters the GPS fix's distance from the registered position
 * @param withinTolerance whether that lies within the location tolerance
 * @param recordedAt the patrol's ledger time
 * @param observedAt the device's clock, as sent (not trusted)
 * @param txId the patrol's transaction
 * @param blockNumber its block
 * @param signer the inspector
 */
record InspectionRecord(
    String patrolId,
    int position,
    String equipmentId,
    String districtPath,
    String level,
    String condition,
    BigDecimal distanceMeters,
    Boolean withinTolerance,
    String recordedAt,
    String observedAt,
    String txId,
    long blockNumber,
    Signer signer) {

  static final CsvColumns<InspectionRecord> CSV =
      new CsvColumns<InspectionRecord>()
          .add("patrolId", InspectionRecord::patrolId)
          .add("position", InspectionRecord::position)
          .add("equipmentId", InspectionRecord::equipmentId)
          .add("districtPath", InspectionRecord::districtPath)
          .add("level", InspectionRecord::level)
          .add("condition", InspectionRecord::condition)
          .add("distanceMeters", InspectionRecord::distanceMeters)
          .add("withinTolerance", InspectionRecord::withinTolerance)
          .add("recordedAt", InspectionRecord::recordedAt)
          .add("observedAt", InspectionRecord::observedAt)
          .add("txId", InspectionRecord::txId)
          .add("blockNumber", InspectionRecord::blockNumber)
          .add("signerName", i -> i.signer().name())
          .add("signerMsp", i -> i.signer().msp());
}
