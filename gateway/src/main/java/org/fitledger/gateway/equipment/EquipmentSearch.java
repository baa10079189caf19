package org.fitledger.gateway.equipment;

import java.util.Arrays;
import java.util.List;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Params;
import org.fitledger.gateway.query.SortOrder;
import org.fitledger.model.equipment.EquipmentStatus;

/**
 * A checked search of the equipment ({@code GET /api/v1/equipment}); the filters are optional and
 * combine with {@code and}.
 *
 * @param district a district path prefix, or null
 * @param status the derived status to keep, or null
 * @param sort the order
 * @param page the page
 */
record EquipmentSearch(String district, EquipmentStatus status, SortOrder sort, PageRequest page) {
  static final List<String> SORT_KEYS = List.of("id", "site");

  /**
   * The query parameters as sent.
   *
   * @param district a district path prefix, e.g. {@code SH/PD}
   * @param status IN_SERVICE, OUT_OF_SERVICE or RETIRED
   * @param sort id (default) or site; a leading - sorts descending
   * @param page the page, from 0
   * @param size rows per page, 1..500 (default 50)
   */
  record Query(String district, String status, String sort, String page, String size) {}

  /** Checks the parameters; a malformed one is {@code INVALID_INPUT}. */
  static EquipmentSearch of(Query query) {
    String status =
        Params.oneOf(
            "status",
            query.status(),
            Arrays.stream(EquipmentStatus.values()).map(Enum::name).toList(),
            null);
    return new EquipmentSearch(
        Params.district("district", query.district()),
        status == null ? null : EquipmentStatus.valueOf(status),
        SortOrder.parse(query.sort(), SORT_KEYS, "id"),
        PageRequest.parse(query.page(), query.size()));
  }
}
