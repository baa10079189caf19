package org.fitledger.gateway.open311;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.query.GreatCircle;
import org.fitledger.gateway.query.Where;
import org.fitledger.gateway.report.ClosedReports;
import org.fitledger.model.ticket.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Residents' reports as GeoReport service requests, read from the index: a request is closed once
 * its report was rejected or its ticket closed or cancelled, and open until then. A request shows
 * the machine (its site, its id as {@code address_id}, its position), the company now responsible,
 * and, while it is open, the repair deadline as {@code expected_datetime}. It shows nobody's name
 * or contact.
 */
@Component
class ServiceRequestRepository {
  /** The most requests one answer holds, newest first. */
  static final int MAX_ANSWER = 1000;

  private static final String SELECT =
      "select r.id, r.category, r.description, r.equipment_id, r.site, r.state, r.reason,"
          + " r.ticket_id, r.record -> 'photos' ->> 0 as photo, e.latitude, e.longitude,"
          + " t.state as ticket_state, t.company, "
          + w3c("r.received_ts")
          + " as requested, "
          + w3c(
              "greatest(r.received_ts, r.triaged_ts,"
                  + " (t.record -> 'steps' -> -1 ->> 'at')::timestamptz)")
          + " as updated, "
          + w3c("t.repair_due")
          + " as expected, ("
          + ClosedReports.CLOSED_TS
          + ") is not null as closed"
          + " from reports r left join equipment e on e.id = r.equipment_id"
          + " left join tickets t on t.id = r.ticket_id";

  private final JdbcClient jdbc;

  ServiceRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static String w3c(String timestamp) {
    return "to_char((" + timestamp + ") at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";
  }

  /** The requests a search names, newest first, at most {@value #MAX_ANSWER}. */
  List<Map<String, Object>> find(RequestSearch search, String mediaBase) {
    Where where = new Where();
    if (!search.ids().isEmpty()) {
      where.andIn("r.id", search.ids());
    } else {
      if (!search.categories().isEmpty()) {
        where.andIn("r.category", search.categories().stream().map(Category::name).toList());
      }
      where.and(
          "r.received_ts >= ?::timestamptz and r.received_ts <= ?::timestamptz",
          search.from().toString(),
          search.to().toString());
      if (search.status() != null) {
        where.and(
            "(" + ClosedReports.CLOSED_TS + ") is " + (search.status() ? "not " : "") + "null");
      }
    }
    List<Object> params = new ArrayList<>(where.params());
    params.add(MAX_ANSWER);
    return jdbc.sql(SELECT + where.sql() + " order by r.received_ts desc, r.id limit ?")
        .params(params)
        .query((rs, n) -> request(rs, mediaBase))
        .list();
  }

  /**
   * The active machines within {@code meters} of a position, nearest first, at most {@code limit}:
   * id, type, site, position and distance, all public.
   */
  List<Map<String, Object>> machinesNear(
      double latitude, double longitude, double meters, int limit) {
    String distance = GreatCircle.meters("e.latitude", "e.longitude", "p.lat", "p.lon");
    return jdbc.sql(
            "select e.id, e.type, e.site, e.latitude, e.longitude, round(("
                + distance
                + ")::numeric, 1)::float8 as distance from equipment e,"
                + " (select ?::float8 as lat, ?::float8 as lon) p"
                + " where not e.retired and e.latitude is not null and "
                + distance
                + " <= ? order by distance, e.id limit ?")
        .params(latitude, longitude, meters, limit)
        .query(
            (rs, n) ->
                Open311Format.fields(
                    "id", rs.getString("id"),
                    "type", rs.getString("type"),
                    "site", rs.getString("site"),
                    "latitude", rs.getDouble("latitude"),
                    "longitude", rs.getDouble("longitude"),
                    "distanceMeters", rs.getDouble("distance")))
        .list();
  }

  private static Map<String, Object> request(ResultSet rs, String mediaBase) throws SQLException {
    Category category = Category.valueOf(rs.getString("category"));
    boolean closed = rs.getBoolean("closed");
    String photo = rs.getString("photo");
    return Open311Format.fields(
        "service_request_id", rs.getString("id"),
        "status", closed ? "closed" : "open",
        "status_notes", notes(rs),
        "service_name", Open311Services.name(category),
        "service_code", Open311Services.code(category),
        "description", rs.getString("description"),
        "agency_responsible",
            rs.getString("company") == null ? "Sports Bureau 体育局" : rs.getString("company"),
        "service_notice", "",
        "requested_datetime", rs.getString("requested"),
        "updated_datetime", rs.getString("updated"),
        "expected_datetime", closed ? null : rs.getString("expected"),
        "address", rs.getString("site"),
        "address_id", rs.getString("equipment_id"),
        "zipcode", null,
        "lat", rs.getObject("latitude"),
        "long", rs.getObject("longitude"),
        "media_url",
            photo == null || mediaBase.isEmpty() ? null : mediaBase + "/evidence/" + photo);
  }

  private static String notes(ResultSet rs) throws SQLException {
    return switch (rs.getString("state")) {
      case "REPORTED" -> "Awaiting an inspector's check 待巡检员核实";
      case "REJECTED" -> "Not taken up 未受理: " + rs.getString("reason");
      default ->
          "Fault ticket "
              + rs.getString("ticket_id")
              + ": "
              + rs.getString("ticket_state")
              + " 维修工单 "
              + rs.getString("ticket_id");
    };
  }
}
