package org.fitledger.gateway.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.query.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of district outlines: the positions of the machines not retired, by district. */
@Component
class DistrictOutlinesRepository {
  private final JdbcClient jdbc;

  DistrictOutlinesRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The positions of the machines within the prefixes that are not retired, by their district path
   * cut to a depth, in path order.
   *
   * @param prefixes the district prefixes read
   * @param depth the district level grouped by, 1..4
   */
  Map<String, List<LonLat>> positions(List<String> prefixes, int depth) {
    Where where =
        new Where()
            .and("not e.retired and e.latitude is not null and e.longitude is not null")
            .andWithin("e.district_path", prefixes);
    List<Object> params = new ArrayList<>();
    params.add(depth);
    params.addAll(where.params());
    Map<String, List<LonLat>> byDistrict = new LinkedHashMap<>();
    jdbc.sql(
            "select array_to_string((string_to_array(e.district_path, '/'))[1:?::int], '/')"
                + " as district, e.longitude, e.latitude from equipment e"
                + where.sql()
                + " order by 1, e.id")
        .params(params)
        .query(
            rs -> {
              byDistrict
                  .computeIfAbsent(rs.getString("district"), d -> new ArrayList<>())
                  .add(new LonLat(rs.getDouble("longitude"), rs.getDouble("latitude")));
            });
    return byDistrict;
  }
}
