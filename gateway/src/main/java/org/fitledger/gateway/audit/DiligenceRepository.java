package org.fitledger.gateway.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Period;
import org.fitledger.gateway.query.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of diligence: the inspections recorded in a period within the districts (where the
 * equipment stood when the patrol was recorded), per inspector, with the location checks the
 * chaincode fixed on each. The figures come from the monthly tallies the patrol projection keeps
 * (periods are whole months), the list from the inspections themselves.
 *
 * <pre>{@code
 * new DiligenceRepository(jdbc).report(List.of("SH"), Period.parse("2026-11"))
 * }</pre>
 */
@Component
public class DiligenceRepository {
  private final JdbcClient jdbc;

  /** Reads through this client. */
  public DiligenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Each inspector's inspections in the period, by name, without links.
   *
   * @param prefixes the district prefixes counted
   * @param period the period the patrols were recorded in
   */
  public List<DiligenceRow> report(List<String> prefixes, Period period) {
    Where where =
        new Where()
            .and("d.month >= ?::date and d.month < ?::date", day(period.from()), day(period.to()))
            .andWithin("d.district_path", prefixes);
    return jdbc.sql(
            "select inspector, inspector_msp, sum(inspections) as inspections,"
                + " sum(beyond) as beyond,"
                + " array_agg(district_path order by district_path) as districts"
                + " from (select d.inspector, d.inspector_msp, d.district_path,"
                + " sum(d.inspections) as inspections, sum(d.beyond_tolerance) as beyond"
                + " from inspection_tallies d"
                + where.sql()
                + " group by d.inspector, d.inspector_msp, d.district_path) d"
                + " group by inspector, inspector_msp order by inspector, inspector_msp")
        .params(where.params())
        .query((rs, row) -> row(rs))
        .list();
  }

  private static String day(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  /**
   * One page of the inspections in the period, by ledger time.
   *
   * @param prefixes the district prefixes counted
   * @param period the period the patrols were recorded in
   * @param inspector the inspector, or null for all
   * @param beyondTolerance whether to list only inspections beyond the tolerance ({@code true}),
   *     only those within it ({@code false}), or all (null)
   * @param page the page
   */
  public Paged<InspectionRecord> inspections(
      List<String> prefixes,
      Period period,
      String inspector,
      Boolean beyondTolerance,
      PageRequest page) {
    Where where = inPeriod(prefixes, period);
    if (inspector != null) {
      where.and("i.inspector = ?", inspector);
    }
    if (beyondTolerance != null) {
      // Spelt out rather than bound, so that every plan of the statement can use the partial index
      // of the inspections beyond tolerance (V11).
      where.and(beyondTolerance ? "not i.within_tolerance" : "i.within_tolerance");
    }
    long total =
        jdbc.sql("select count(*) from inspections i" + where.sql())
            .params(where.params())
            .query(Long.class)
            .single();
    List<Object> params = new ArrayList<>(where.params());
    params.add(page.size());
    params.add(page.offset());
    List<InspectionRecord> items =
        jdbc.sql(
                "select i.*, p.recorded_at, p.tx_id, p.block_number from (select i.* from"
                    + " inspections i"
                    + where.sql()
                    + " order by i.recorded_ts, i.patrol_id, i.position limit ? offset ?) i"
                    + " join patrols p on p.id = i.patrol_id"
                    + " order by i.recorded_ts, i.patrol_id, i.position")
            .params(params)
            .query((rs, row) -> inspection(rs))
            .list();
    return Paged.of(items, page, total);
  }

  private static Where inPeriod(List<String> prefixes, Period period) {
    return new Where()
        .and(
            "i.recorded_ts >= ?::timestamptz and i.recorded_ts < ?::timestamptz",
            period.from().toString(),
            period.to().toString())
        .andWithin("i.district_path", prefixes);
  }

  private static DiligenceRow row(ResultSet rs) throws SQLException {
    long inspections = rs.getLong("inspections");
    long beyond = rs.getLong("beyond");
    Array districts = rs.getArray("districts");
    return new DiligenceRow(
        rs.getString("inspector"),
        rs.getString("inspector_msp"),
        inspections,
        beyond,
        Ratios.share(beyond, inspections),
        districts == null
            ? List.of()
            : Arrays.stream((Object[]) districts.getArray())
                .filter(d -> d != null)
                .map(Object::toString)
                .toList(),
        Map.of());
  }

  private static InspectionRecord inspection(ResultSet rs) throws SQLException {
    Object within = rs.getObject("within_tolerance");
    return new InspectionRecord(
        rs.getString("patrol_id"),
        rs.getInt("position"),
        rs.getString("equipment_id"),
        rs.getString("district_path"),
        rs.getString("level"),
        rs.getString("condition"),
        rs.getBigDecimal("distance_meters"),
        within == null ? null : (Boolean) within,
        rs.getString("recorded_at"),
        rs.getString("observed_at"),
        rs.getString("tx_id"),
        rs.getLong("block_number"),
        new Signer(rs.getString("inspector"), rs.getString("inspector_msp")));
  }
}
