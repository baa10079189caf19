package org.fitledger.gateway.index;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secondary indexes of the inspections that a rebuild builds once at the end rather than row by
 * row while it replays: a million inspections go in faster without them, and one sorted build of
 * each is cheaper than a million insertions into it. Only indexes that back no constraint are
 * deferred (the inspections' primary key takes every insert's conflicts), and only those of the
 * inspections, which nothing the indexer writes reads.
 *
 * <pre>{@code
 * deferred.drop(dataSource); // after migrating the fresh schema
 * ... replay ...
 * deferred.build(jdbc);
 * }</pre>
 */
final class DeferredIndexes {
  private volatile List<String> definitions = List.of();

  /** Drops the deferred indexes of the current schema and remembers how to build them again. */
  void drop(DataSource dataSource) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    List<String[]> indexes =
        jdbc.sql(
                "select i.indexname, i.indexdef from pg_indexes i"
                    + " where i.schemaname = current_schema() and i.tablename = 'inspections'"
                    + " and not exists (select 1 from pg_constraint c"
                    + " where c.conindid = (quote_ident(i.schemaname) || '.'"
                    + " || quote_ident(i.indexname))::regclass)"
                    + " order by i.indexname")
            .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    List<String> dropped = new ArrayList<>();
    for (String[] index : indexes) {
      jdbc.sql("drop index " + quoted(index[0])).update();
      dropped.add(index[1]);
    }
    definitions = List.copyOf(dropped);
  }

  /** Builds the indexes dropped, as they were defined; answers how many. */
  int build(JdbcClient jdbc) {
    List<String> building = definitions;
    building.forEach(definition -> jdbc.sql(definition).update());
    definitions = List.of();
    return building.size();
  }

  private static String quoted(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
