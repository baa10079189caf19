package org.fitledger.gateway.equipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.query.GreatCircle;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Where;
import org.fitledger.model.patrol.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SQL of the equipment due for inspection. A level of a piece that is not retired is due at its
 * interval after the last satisfying inspection that {@code equipment_coverage} keeps (the table
 * coverage reads), or from its registration on when never inspected; a piece is listed when one of
 * the levels asked about is due before the end of the day. Distances are great-circle (haversine,
 * mean earth radius, as the chaincode computes an inspection's distance) from the registered
 * position.
 *
 * <p>Every piece of the districts is computed, from the covering index {@code equipment_due} and
 * {@code equipment_coverage}'s primary key; the computation is materialized so that the pieces not
 * due are dropped before the sort, which then keeps only the page (top-N).
 *
 * <pre>{@code
 * Paged<ObjectNode> page = repository.search(DueSearch.of(query, now), Scope.of(inspector));
 * }</pre>
 */
@Component
class DueRepository {
  private static final String DISTANCE =
      GreatCircle.meters("e.latitude", "e.longitude", "p.lat", "p.lon");

  private final JdbcClient jdbc;

  DueRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One page of the pieces due within the person's districts (none for anyone without districts),
   * each as {@code GET /equipment/{id}} answers it plus {@code due} and, near a point, {@code
   * distanceMeters}.
   */
  Paged<ObjectNode> search(DueSearch search, Scope scope) {
    Where where = new Where().and("not e.retired").andWithin("e.district_path", scope.districts());
    if (search.district() != null) {
      where.andWithin("e.district_path", List.of(search.district()));
    }
    List<Object> params = new ArrayList<>();
    params.add(search.until().toString());
    if (search.near() != null) {
      params.add(search.near().latitude());
      params.add(search.near().longitude());
    }
    params.addAll(where.params());
    params.add(search.page().size());
    params.add(search.page().offset());
    String order = (search.near() != null ? "distance" : "first_due") + ", id";
    long[] total = {0};
    List<ObjectNode> items =
        jdbc.sql(
                "with h (until) as (select ?::timestamptz)"
                    + (search.near() != null
                        ? ", p (lat, lon) as (select ?::float8, ?::float8)"
                        : "")
                    + ", c as materialized (select e.id, e.registered_ts, e.routine_days, e.functional_days,"
                    + " e.structural_days, l.routine_ts, l.functional_ts, l.structural_ts, "
                    + firstDue(search.levels())
                    + " as first_due"
                    + (search.near() != null ? ", " + DISTANCE + " as distance" : "")
                    + " from h"
                    + (search.near() != null ? " cross join p" : "")
                    + " cross join equipment e"
                    + " left join equipment_coverage l on l.equipment_id = e.id"
                    + where.sql()
                    + "), d as (select c.*, count(*) over () as total from c"
                    + " where c.first_due is not null order by "
                    + order
                    + " limit ? offset ?) select "
                    + EquipmentRepository.VIEW_COLUMNS
                    + ", d.* from d join equipment e on e.id = d.id order by d."
                    + order.replace(", id", ", d.id"))
            .params(params)
            .query(
                (rs, row) -> {
                  total[0] = rs.getLong("total");
                  return item(rs, row, search, scope);
                })
            .list();
    if (items.isEmpty() && search.page().offset() > 0) {
      total[0] = search(withFirstPage(search), scope).total();
    }
    return Paged.of(items, search.page(), total[0]);
  }

  private static DueSearch withFirstPage(DueSearch search) {
    return new DueSearch(
        search.near(), search.on(), search.levels(), search.district(), new PageRequest(0, 1));
  }

  /**
   * The earliest due time, on {@code e}, {@code l} and {@code h}, of the levels asked about that
   * are due before {@code h.until}; null when none is (least ignores nulls).
   */
  private static String firstDue(List<Level> levels) {
    return "least("
        + levels.stream()
            .map(
                level -> {
                  String due = due(level);
                  return "case when " + due + " < h.until then " + due + " end";
                })
            .collect(Collectors.joining(", "))
        + ")";
  }

  /** When a level of {@code e} is due, as {@link LevelDue} says; null without an interval. */
  private static String due(Level level) {
    String l = level.name().toLowerCase(Locale.ROOT);
    return "(case when e."
        + l
        + "_days is null then null when l."
        + l
        + "_ts is null then e.registered_ts else l."
        + l
        + "_ts + make_interval(hours => e."
        + l
        + "_days * 24) end)";
  }

  private static ObjectNode item(ResultSet rs, int row, DueSearch search, Scope scope)
      throws SQLException {
    ObjectNode view = EquipmentRepository.indexed(rs, row).viewFor(scope);
    Instant registered = instant(rs, "registered_ts");
    List<LevelDue> levels = new ArrayList<>();
    for (Level level : Level.values()) {
      String l = level.name().toLowerCase(Locale.ROOT);
      LevelDue.of(level, (Integer) rs.getObject(l + "_days"), instant(rs, l + "_ts"), registered)
          .ifPresent(levels::add);
    }
    view.putArray("due").addAll(search.dueOf(levels).stream().map(LevelDue::view).toList());
    if (search.near() != null) {
      view.put("distanceMeters", Math.round(rs.getDouble("distance") * 10) / 10.0);
    }
    return view;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }
}
