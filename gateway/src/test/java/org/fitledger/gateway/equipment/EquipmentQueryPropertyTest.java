package org.fitledger.gateway.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.gateway.query.ParamReads.readOrRefused;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.ParamReads.Read;
import org.fitledger.gateway.query.ParamValues;

/**
 * The equipment searches' parameters, arbitrary each: a search within the documented bounds or the
 * coded {@code INVALID_INPUT}, never another exception.
 */
class EquipmentQueryPropertyTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Provide
  Arbitrary<String> values() {
    return ParamValues.any();
  }

  @Provide
  Arbitrary<String> positions() {
    return ParamValues.mostly(ParamValues.coordinates());
  }

  @Provide
  Arbitrary<String> dates() {
    return ParamValues.mostly(ParamValues.dates());
  }

  @Provide
  Arbitrary<String> levels() {
    return ParamValues.mostly(Arbitraries.of("ROUTINE", "FUNCTIONAL", "STRUCTURAL", "routine"));
  }

  @Provide
  Arbitrary<String> statuses() {
    return ParamValues.mostly(Arbitraries.of("IN_SERVICE", "OUT_OF_SERVICE", "RETIRED", "retired"));
  }

  @Provide
  Arbitrary<String> districts() {
    return ParamValues.mostly(ParamValues.districts());
  }

  @Provide
  Arbitrary<String> sorts() {
    return ParamValues.mostly(Arbitraries.of("id", "-id", "site", "-site", "--id", "name"));
  }

  @Provide
  Arbitrary<String> pages() {
    return ParamValues.mostly(ParamValues.pageNumbers());
  }

  @Property(tries = 1000)
  void a_position_lies_within_plus_minus_90_and_180_degrees_or_is_invalid_input(
      @ForAll("values") String near) {
    Read<GeoPoint> read = readOrRefused(near, () -> GeoPoint.parse("near", near));
    if (read != null && read.value() != null) {
      assertThat(read.value().latitude()).isBetween(-90.0, 90.0);
      assertThat(read.value().longitude()).isBetween(-180.0, 180.0);
    }
  }

  @Property(tries = 1000)
  void a_due_search_ends_within_the_years_the_api_takes_or_is_invalid_input(
      @ForAll("positions") String near,
      @ForAll("dates") String on,
      @ForAll("levels") String level,
      @ForAll("districts") String district,
      @ForAll("pages") String page,
      @ForAll("pages") String size) {
    DueSearch.Query query = new DueSearch.Query(near, on, level, district, page, size);

    Read<DueSearch> read = readOrRefused(query.toString(), () -> DueSearch.of(query, NOW));

    if (read != null) {
      assertThat(read.value().until()).isAfter(ParamValues.EARLIEST);
      assertThat(read.value().until()).isBeforeOrEqualTo(ParamValues.AFTER_LATEST);
      assertThat(read.value().levels()).isNotEmpty();
      assertThat(read.value().page().size()).isBetween(1, PageRequest.MAX_SIZE);
    }
  }

  @Property(tries = 1000)
  void an_equipment_search_is_of_known_statuses_and_sort_keys_or_is_invalid_input(
      @ForAll("districts") String district,
      @ForAll("statuses") String status,
      @ForAll("sorts") String sort,
      @ForAll("pages") String page,
      @ForAll("pages") String size) {
    EquipmentSearch.Query query = new EquipmentSearch.Query(district, status, sort, page, size);

    Read<EquipmentSearch> read = readOrRefused(query.toString(), () -> EquipmentSearch.of(query));

    if (read != null) {
      assertThat(EquipmentSearch.SORT_KEYS).contains(read.value().sort().key());
      assertThat(read.value().page().size()).isBetween(1, PageRequest.MAX_SIZE);
    }
  }
}
