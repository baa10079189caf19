package org.fitledger.gateway.audit;

import java.util.ArrayList;
import java.util.List;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Period;
import org.fitledger.gateway.query.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of broken capture chains: the patrols recorded in a period, with an inspection within the
 * districts, that the chaincode found out of their inspector's chain of captures.
 */
@Repository
class CaptureBreaksRepository {
  private static final String BROKEN = "(p.record -> 'capture' ->> 'chain') = 'BROKEN'";

  private final JdbcClient jdbc;

  CaptureBreaksRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One page of the broken links, newest first. */
  Paged<CaptureBreak> page(List<String> prefixes, Period period, PageRequest page) {
    Where districts = new Where().and("i.patrol_id = p.id").andWithin("i.district_path", prefixes);
    Where where =
        new Where()
            .and(BROKEN)
            .and(
                "p.recorded_at::timestamptz >= ?::timestamptz"
                    + " and p.recorded_at::timestamptz < ?::timestamptz",
                period.from().toString(),
                period.to().toString())
            .and(
                "exists (select 1 from inspections i" + districts.sql() + ")",
                districts.params().toArray());
    long total =
        jdbc.sql("select count(*) from patrols p" + where.sql())
            .params(where.params())
            .query(Long.class)
            .single();
    List<Object> params = new ArrayList<>(where.params());
    params.add(page.size());
    params.add(page.offset());
    List<CaptureBreak> items =
        jdbc.sql(
                "select p.id, p.recorded_at, p.tx_id, p.block_number, p.inspector,"
                    + " p.inspector_msp, p.record -> 'capture' ->> 'hash' as hash,"
                    + " p.record -> 'capture' ->> 'previous' as previous,"
                    + " p.record -> 'capture' ->> 'expectedPrevious' as expected"
                    + " from patrols p"
                    + where.sql()
                    + " order by p.recorded_at desc, p.id limit ? offset ?")
            .params(params)
            .query(
                (rs, row) ->
                    new CaptureBreak(
                        rs.getString("id"),
                        rs.getString("recorded_at"),
                        rs.getString("tx_id"),
                        rs.getLong("block_number"),
                        new Signer(rs.getString("inspector"), rs.getString("inspector_msp")),
                        rs.getString("hash"),
                        rs.getString("previous"),
                        rs.getString("expected")))
            .list();
    return Paged.of(items, page, total);
  }
}
