package org.fitledger.gateway.equipment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.query.Where;
import org.fitledger.model.equipment.Equipment;
import org.fitledger.model.equipment.EquipmentStatus;
import org.fitledger.model.equipment.InspectionIntervals;
import org.fitledger.model.ticket.TicketState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** The SQL of table {@code equipment}. */
@Component
class EquipmentRepository {
  // An open CRITICAL ticket that was made safe takes the equipment out of service.
  /** The states of a ticket still open, as an SQL list: {@code 'OPEN', 'ACKNOWLEDGED', …}. */
  private static final String OPEN_STATES =
      TicketState.openStates().stream()
          .map(state -> "'" + state.name() + "'")
          .collect(Collectors.joining(", "));

  private static final String OPEN_TICKETS =
      "exists (select 1 from tickets t where t.equipment_id = e.id and t.state in ("
          + OPEN_STATES
          + "))";
  private static final String OUT_OF_SERVICE =
      "exists (select 1 from tickets t where t.equipment_id = e.id"
          + " and t.severity = 'CRITICAL' and t.made_safe"
          + " and t.state in ("
          + OPEN_STATES
          + "))";
  // The columns of a piece's view on {@code e}, read by indexed(rs).
  static final String VIEW_COLUMNS =
      "e.district_path, e.retired, e.block_number, e.record::text as record, "
          + OUT_OF_SERVICE
          + " as out_of_service, "
          + OPEN_TICKETS
          + " as open_tickets,"
          + " array(select distinct t.company from tickets t where t.equipment_id = e.id"
          + " and t.company is not null) as companies";
  private static final String SELECT = "select " + VIEW_COLUMNS + " from equipment e";

  private static final String NEWEST_FIRST =
      "recorded_ts desc nulls last, patrol_id desc, position desc";

  private final JdbcClient jdbc;

  EquipmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<IndexedEquipment> find(String id) {
    return jdbc.sql(SELECT + " where e.id = ?")
        .param(id)
        .query(EquipmentRepository::indexed)
        .optional();
  }

  /** One page of the equipment the person sees that matches the search. */
  Paged<ObjectNode> search(EquipmentSearch search, Scope scope) {
    Where where = visibleTo(scope);
    if (search.district() != null) {
      where.andWithin("e.district_path", List.of(search.district()));
    }
    if (search.status() != null) {
      where.and(
          switch (search.status()) {
            case RETIRED -> "e.retired";
            case OUT_OF_SERVICE -> "not e.retired and " + OUT_OF_SERVICE;
            case IN_SERVICE -> "not e.retired and not " + OUT_OF_SERVICE;
          });
    }
    long total =
        jdbc.sql("select count(*) from equipment e" + where.sql())
            .params(where.params())
            .query(Long.class)
            .single();
    List<Object> params = new ArrayList<>(where.params());
    params.add(search.page().size());
    params.add(search.page().offset());
    String order = search.sort().key().equals("site") ? "e.site " : "e.id ";
    List<ObjectNode> items =
        jdbc
            .sql(
                SELECT
                    + where.sql()
                    + " order by "
                    + order
                    + search.sort().direction()
                    + ", e.id limit ? offset ?")
            .params(params)
            .query(EquipmentRepository::indexed)
            .list()
            .stream()
            .map(piece -> piece.viewFor(scope))
            .toList();
    return Paged.of(items, search.page(), total);
  }

  /**
   * One page of a piece's inspections, newest first: by their patrol's ledger time, then patrol id
   * and position, descending. Each is the inspection as its patrol stored it, after the patrol's id
   * and inspector, and before the patrol's ledger time ({@code recordedAt}), transaction and block.
   */
  Paged<ObjectNode> inspections(String equipmentId, PageRequest page) {
    long total =
        jdbc.sql("select count(*) from inspections where equipment_id = ?")
            .param(equipmentId)
            .query(Long.class)
            .single();
    List<ObjectNode> items =
        jdbc.sql(
                "select i.patrol_id, p.inspector, p.inspector_msp, p.recorded_at, p.tx_id,"
                    + " p.block_number, (p.record->'inspections'->i.position)::text as inspection"
                    + " from (select patrol_id, position, recorded_ts from inspections"
                    + " where equipment_id = ? order by "
                    + NEWEST_FIRST
                    + " limit ? offset ?) i"
                    + " join patrols p on p.id = i.patrol_id order by "
                    + NEWEST_FIRST)
            .params(equipmentId, page.size(), page.offset())
            .query(EquipmentRepository::inspection)
            .list();
    return Paged.of(items, page, total);
  }

  private static ObjectNode inspection(ResultSet rs, int row) throws SQLException {
    ObjectNode view = RecordJson.read("{}");
    view.put("patrolId", rs.getString("patrol_id"));
    view.put("inspector", rs.getString("inspector"));
    view.put("inspectorMsp", rs.getString("inspector_msp"));
    String inspection = rs.getString("inspection");
    if (inspection != null) {
      view.setAll(RecordJson.read(inspection));
    }
    view.put("recordedAt", rs.getString("recorded_at"));
    view.put("txId", rs.getString("tx_id"));
    view.put("blockNumber", rs.getLong("block_number"));
    return view;
  }

  /**
   * The equipment a person sees, by the rules of {@link Scope#seesEquipment}, as SQL on {@code e}.
   */
  static Where visibleTo(Scope scope) {
    Where where = new Where();
    if (scope.isContractor()) {
      return scope
          .contractorCompany()
          .map(
              company ->
                  where.and(
                      "exists (select 1 from tickets c where c.equipment_id = e.id"
                          + " and c.company = ?)",
                      company))
          .orElseGet(() -> where.and("false"));
    }
    return where.andWithin("e.district_path", scope.districts());
  }

  /**
   * Writes the equipment, then copies what coverage needs of the row written into its {@code
   * equipment_coverage} row; the registering transaction and its block are those of the first
   * version indexed, and stay.
   */
  void upsert(Equipment equipment, String record, long blockNumber) {
    Optional<InspectionIntervals> intervals = Optional.ofNullable(equipment.inspectionIntervals());
    jdbc.sql(
            "insert into equipment"
                + " (id, type, site, district_path, retired, tx_id, block_number, record,"
                + " registered_ts, routine_days, functional_days, structural_days,"
                + " registration_tx_id, registration_block, latitude, longitude)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?::json, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (id) do update set type = excluded.type, site = excluded.site,"
                + " district_path = excluded.district_path, retired = excluded.retired,"
                + " tx_id = excluded.tx_id, block_number = excluded.block_number,"
                + " record = excluded.record, registered_ts = excluded.registered_ts,"
                + " routine_days = excluded.routine_days,"
                + " functional_days = excluded.functional_days,"
                + " structural_days = excluded.structural_days,"
                + " latitude = excluded.latitude, longitude = excluded.longitude")
        .params(
            equipment.id(),
            equipment.type(),
            equipment.site(),
            equipment.districtPath(),
            equipment.retired(),
            equipment.txId(),
            blockNumber,
            record,
            equipment.registeredAt(),
            intervals.map(InspectionIntervals::routine).orElse(null),
            intervals.map(InspectionIntervals::functional).orElse(null),
            intervals.map(InspectionIntervals::structural).orElse(null),
            equipment.txId(),
            blockNumber,
            equipment.latitude(),
            equipment.longitude())
        .update();
  }

  /** A piece as {@link #VIEW_COLUMNS} read it. */
  static IndexedEquipment indexed(ResultSet rs, int row) throws SQLException {
    ObjectNode view = RecordJson.read(rs.getString("record"));
    EquipmentStatus status =
        EquipmentStatus.of(rs.getBoolean("retired"), rs.getBoolean("out_of_service"));
    boolean openTickets = rs.getBoolean("open_tickets");
    view.put("status", status.name());
    view.put("openTickets", openTickets);
    view.put("blockNumber", rs.getLong("block_number"));
    Array companies = rs.getArray("companies");
    return new IndexedEquipment(
        view,
        rs.getString("district_path"),
        companies == null ? List.of() : Arrays.asList((String[]) companies.getArray()),
        status,
        openTickets);
  }
}
