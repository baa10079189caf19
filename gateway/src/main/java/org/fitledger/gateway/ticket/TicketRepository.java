package org.fitledger.gateway.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Where;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.ticket.TicketAction;
import org.fitledger.model.ticket.TicketState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** The SQL of tables {@code tickets}, {@code ticket_steps} and the tickets' {@code evidence}. */
@Component
class TicketRepository {
  private static final String SELECT =
      "select district_path, company, block_number, record::text as record from tickets";
  private static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "openedAt", "t.opened_ts",
          "acknowledgeDeadline", "t.acknowledge_due",
          "repairDeadline", "t.repair_due",
          "nextDeadline", "t.next_due",
          "severity", severityRank());

  /** The severity as a number, the worst highest: {@code case t.severity when 'CRITICAL' …}. */
  private static String severityRank() {
    Severity[] worstFirst = Severity.values();
    StringBuilder rank = new StringBuilder("case t.severity");
    for (Severity severity : worstFirst) {
      rank.append(" when '")
          .append(severity.name())
          .append("' then ")
          .append(worstFirst.length - severity.ordinal());
    }
    return rank.append(" end").toString();
  }

  private final JdbcClient jdbc;

  TicketRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<IndexedTicket> find(String id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(TicketRepository::row).optional();
  }

  /**
   * One page of the tickets the person sees that match the search, each view with {@code
   * overdueStep}: the step it is overdue for at {@code now}, or null.
   */
  Paged<ObjectNode> search(TicketSearch search, Scope scope, Instant now) {
    Where where = visibleTo(scope);
    if (!search.states().isEmpty()) {
      where.andIn("t.state", search.states());
    }
    if (search.company() != null) {
      where.and("t.company = ?", search.company());
    }
    if (search.district() != null) {
      where.andWithin("t.district_path", List.of(search.district()));
    }
    if (search.overdue() != null) {
      where.and(
          search.overdue()
              ? "t.next_due < ?::timestamptz"
              : "(t.next_due is null or t.next_due >= ?::timestamptz)",
          now.toString());
    }
    if (search.open() != null) {
      in(where, TicketState.openStates(), search.open());
    }
    if (search.actionable() != null) {
      in(
          where,
          scope.role().map(TicketAction::actionableStates).orElse(Set.of()),
          search.actionable());
    }
    if (search.equipmentId() != null) {
      where.and("t.equipment_id = ?", search.equipmentId());
    }
    if (search.period() != null) {
      where.and(
          "t.opened_ts >= ?::timestamptz and t.opened_ts < ?::timestamptz",
          search.period().from().toString(),
          search.period().to().toString());
    }
    long total =
        jdbc.sql("select count(*) from tickets t" + where.sql())
            .params(where.params())
            .query(Long.class)
            .single();
    List<Object> params = new ArrayList<>();
    params.add(now.toString());
    params.addAll(where.params());
    params.add(search.page().size());
    params.add(search.page().offset());
    List<ObjectNode> items =
        jdbc.sql(
                "select t.block_number, t.record::text as record,"
                    + " case when t.next_due < ?::timestamptz then t.next_step end as overdue_step"
                    + " from tickets t"
                    + where.sql()
                    + " order by "
                    + SORT_COLUMNS.get(search.sort().key())
                    + " "
                    + search.sort().direction()
                    + " nulls last, t.id limit ? offset ?")
            .params(params)
            .query(
                (rs, row) -> {
                  ObjectNode view = RecordJson.read(rs.getString("record"));
                  view.put("blockNumber", rs.getLong("block_number"));
                  view.put("overdueStep", rs.getString("overdue_step"));
                  return TicketViews.forReader(view, scope);
                })
            .list();
    return Paged.of(items, search.page(), total);
  }

  /** Keeps the tickets whose state is one of {@code states}, or, with {@code within} false, not. */
  private static void in(Where where, Set<TicketState> states, boolean within) {
    where.andIn(
        "t.state",
        Arrays.stream(TicketState.values())
            .filter(state -> states.contains(state) == within)
            .map(Enum::name)
            .toList());
  }

  /** The tickets a person sees, by the rules of {@link Scope#seesTicket}, as SQL on {@code t}. */
  static Where visibleTo(Scope scope) {
    Where where = new Where();
    if (scope.isContractor()) {
      return scope
          .contractorCompany()
          .map(company -> where.and("t.company = ?", company))
          .orElseGet(() -> where.and("false"));
    }
    return where.andWithin("t.district_path", scope.districts());
  }

  private static IndexedTicket row(ResultSet rs, int row) throws SQLException {
    ObjectNode view = RecordJson.read(rs.getString("record"));
    view.put("blockNumber", rs.getLong("block_number"));
    return new IndexedTicket(view, rs.getString("district_path"), rs.getString("company"));
  }
}
