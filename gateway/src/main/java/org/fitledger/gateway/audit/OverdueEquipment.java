package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A piece of equipment overdue for an inspection at a level, with the ledger record its due date
 * comes from: its last satisfying inspection's patrol, or, never inspected, its registration.
 *
 * @param equipmentId the equipment
 * @param site its site
 * @param districtPath its district path
 * @param level the level it is overdue for
 * @param intervalDays its interval for that level
 * @param lastInspectedAt the ledger time of its last satisfying patrol, or null
 * @param dueAt when the inspection was due
 * @param lastPatrolId that patrol, or null
 * @param txId the patrol's transaction, or the registration's
 * @param blockNumber the block of that transaction
 * @param signer the patrol's inspector, or the supervisor who registered the equipment
 */
record OverdueEquipment(
    String equipmentId,
    String site,
    String districtPath,
    String level,
    int intervalDays,
    @Schema(types = {"string", "null"}) String lastInspectedAt,
    String dueAt,
    @Schema(types = {"string", "null"}) String lastPatrolId,
    String txId,
    long blockNumber,
    Signer signer) {

  static final CsvColumns<OverdueEquipment> CSV =
      new CsvColumns<OverdueEquipment>()
          .add("equipmentId", OverdueEquipment::equipmentId)
          .add("site", OverdueEquipment::site)
          .add("districtPath", OverdueEquipment::districtPath)
          .add("level", OverdueEquipment::level)
          .add("intervalDays", OverdueEquipment::intervalDays)
          .add("lastInspectedAt", OverdueEquipment::lastInspectedAt)
          .add("dueAt", OverdueEquipment::dueAt)
          .add("lastPatrolId", OverdueEquipment::lastPatrolId)
          .add("txId", OverdueEquipment::txId)
          .add("blockNumber", OverdueEquipment::blockNumber)
          .add("signerName", o -> o.signer().name())
          .add("signerMsp", o -> o.signer().msp());
}
