package org.fitledger.gateway.bench;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fitledger.gateway.audit.CoverageRepository;
import org.fitledger.gateway.audit.CoverageRow;
import org.fitledger.model.patrol.Level;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coverage as the audit repository answers it, against coverage counted straight from the
 * inspections themselves (each piece's latest satisfying inspection by the instant, from every
 * inspection), without {@code equipment_coverage} or {@code inspection_months}.
 *
 * <pre>{@code
 * CoverageCheck.verify(jdbc, List.of("SH"), 2, Instant.parse("2026-06-01T00:00:00Z"))
 * }</pre>
 */
final class CoverageCheck {
  private static final Comparator<List<Object>> ORDER = Comparator.comparing(Object::toString);

  private CoverageCheck() {}

  /**
   * Throws if the two differ; answers how many rows were compared.
   *
   * @param jdbc the index
   * @param prefixes the district prefixes counted (one)
   * @param depth the district level grouped by
   * @param at the instant
   */
  static int verify(JdbcClient jdbc, List<String> prefixes, int depth, Instant at) {
    List<Level> levels = List.of(Level.values());
    List<CoverageRow> reported = new CoverageRepository(jdbc).report(prefixes, depth, levels, at);
    List<CoverageRow> counted =
        levels.stream()
            .flatMap(level -> counted(jdbc, prefixes, depth, level, at).stream())
            .toList();
    List<List<Object>> a = reported.stream().map(CoverageCheck::figures).sorted(ORDER).toList();
    List<List<Object>> b = counted.stream().map(CoverageCheck::figures).sorted(ORDER).toList();
    if (!a.equals(b)) {
      throw new IllegalStateException(
          "coverage as of " + at + " from the repository " + a + " != from the inspections " + b);
    }
    return a.size();
  }

  private static List<Object> figures(CoverageRow row) {
    return List.of(
        row.district(), row.level(), row.equipment(), row.overdue(), row.neverInspected());
  }

  private static List<CoverageRow> counted(
      JdbcClient jdbc, List<String> prefixes, int depth, Level level, Instant at) {
    String l = level.name().toLowerCase(Locale.ROOT);
    String satisfiers =
        String.join(", ", level.satisfiers().stream().map(s -> "'" + s.name() + "'").toList());
    String prefix = prefixes.get(0);
    return jdbc.sql(
            "with a (at) as materialized (select ?::timestamptz), last as (select i.equipment_id,"
                + " max(i.recorded_ts) as ts from inspections i, a where i.recorded_ts <= a.at"
                + " and i.level in ("
                + satisfiers
                + ") and i.condition <> 'NOT_ACCESSIBLE' group by i.equipment_id)"
                + " select array_to_string((string_to_array(e.district_path, '/'))[1:?::int], '/')"
                + " as district, count(*) as equipment, count(*) filter (where coalesce(last.ts,"
                + " e.registered_ts) + make_interval(hours => e."
                + l
                + "_days * 24) < a.at) as overdue, count(*) filter (where last.ts is null) as never"
                + " from a cross join equipment e left join last on last.equipment_id = e.id"
                + " where not e.retired and e.registered_ts <= a.at and e."
                + l
                + "_days is not null and (e.district_path = ? or e.district_path like ?)"
                + " group by 1")
        .params(at.toString(), depth, prefix, prefix + "/%")
        .query(
            (rs, row) ->
                new CoverageRow(
                    rs.getString("district"),
                    level.name(),
                    rs.getLong("equipment"),
                    rs.getLong("overdue"),
                    rs.getLong("never"),
                    Map.of()))
        .list();
  }
}
