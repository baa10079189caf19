package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How much one machine was used in a period, from its device's usage counts on the ledger.
 *
 * @param equipmentId the machine
 * @param districtPath where it stands
 * @param uses its uses in the period: the last count in it less the last count before it (or the
 *     first in it, for a machine read first in the period)
 * @param usageCount its last count in the period: uses since installation
 * @param lastReadAt when the ledger recorded that count
 */
public record WearRow(
    String equipmentId,
    String districtPath,
    long uses,
    long usageCount,
    @Schema(types = {"string", "null"}) String lastReadAt) {

  static final CsvColumns<WearRow> CSV =
      new CsvColumns<WearRow>()
          .add("equipment_id", WearRow::equipmentId)
          .add("district_path", WearRow::districtPath)
          .add("uses", WearRow::uses)
          .add("usage_count", WearRow::usageCount)
          .add("last_read_at", WearRow::lastReadAt);
}
