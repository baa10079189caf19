package org.fitledger.gateway.ticket;

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
 * The ticket search's parameters, arbitrary each: a search within the documented bounds or the
 * coded {@code INVALID_INPUT}, never another exception.
 */
class TicketQueryPropertyTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Provide
  Arbitrary<String> states() {
    return ParamValues.mostly(
        Arbitraries.of(TicketSearch.STATES)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(s -> String.join(",", s)));
  }

  @Provide
  Arbitrary<String> texts() {
    return ParamValues.mostly(Arbitraries.strings().alpha().numeric().ofMaxLength(10));
  }

  @Provide
  Arbitrary<String> districts() {
    return ParamValues.mostly(ParamValues.districts());
  }

  @Provide
  Arbitrary<String> flags() {
    return ParamValues.mostly(Arbitraries.of("true", "false", "TRUE", " false "));
  }

  @Provide
  Arbitrary<String> periods() {
    return ParamValues.mostly(ParamValues.periods());
  }

  @Provide
  Arbitrary<String> sorts() {
    return ParamValues.mostly(
        Arbitraries.of(TicketSearch.SORT_KEYS)
            .flatMap(key -> Arbitraries.of(key, "-" + key, "--" + key)));
  }

  @Provide
  Arbitrary<String> pages() {
    return ParamValues.mostly(ParamValues.pageNumbers());
  }

  @Property(tries = 1000)
  void a_ticket_search_is_of_known_states_periods_and_sort_keys_or_is_invalid_input(
      @ForAll("states") String status,
      @ForAll("texts") String company,
      @ForAll("districts") String district,
      @ForAll("flags") String overdue,
      @ForAll("flags") String open,
      @ForAll("flags") String actionable,
      @ForAll("texts") String equipmentId,
      @ForAll("periods") String period,
      @ForAll("sorts") String sort,
      @ForAll("pages") String page,
      @ForAll("pages") String size) {
    TicketSearch.Query query =
        new TicketSearch.Query(
            status,
            company,
            district,
            overdue,
            open,
            actionable,
            equipmentId,
            period,
            sort,
            page,
            size);

    Read<TicketSearch> read = readOrRefused(query.toString(), () -> TicketSearch.of(query, NOW));

    if (read != null) {
      TicketSearch search = read.value();
      assertThat(TicketSearch.STATES).containsAll(search.states());
      assertThat(TicketSearch.SORT_KEYS).contains(search.sort().key());
      assertThat(search.page().size()).isBetween(1, PageRequest.MAX_SIZE);
      if (search.period() != null) {
        assertThat(search.period().from()).isAfterOrEqualTo(ParamValues.EARLIEST);
        assertThat(search.period().to()).isBeforeOrEqualTo(ParamValues.AFTER_LATEST);
      }
    }
  }
}
