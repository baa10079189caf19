package org.fitledger.chaincode.patrol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fitledger.chaincode.equipment.EquipmentRegistry;
import org.fitledger.chaincode.settings.SettingsService;
import org.fitledger.chaincode.shared.Actor;
import org.fitledger.chaincode.shared.ChangeLog;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.chaincode.ticket.TicketService;
import org.fitledger.chaincode.ticket.TicketStore;
import org.fitledger.model.equipment.Equipment;
import org.fitledger.model.equipment.EquipmentAction;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.patrol.CaptureLink;
import org.fitledger.model.patrol.Gps;
import org.fitledger.model.patrol.Inspection;
import org.fitledger.model.patrol.Observation;
import org.fitledger.model.patrol.Patrol;
import org.fitledger.model.patrol.PatrolRequest;
import org.fitledger.model.ticket.Source;
import org.fitledger.model.ticket.Ticket;
import org.fitledger.model.validation.Validation;

/**
 * Records and reads patrols. Inspectors record them for active equipment in their districts; each
 * DEFECT inspection opens ticket {@code <patrolId>-<index>} in the same transaction. A patrol the
 * phone signed at capture is checked against the submitter's certificate and linked into their
 * chain of captures ({@link Captures}). Sending the same patrol again returns the stored record and
 * changes nothing; equipment outside the sender's districts is refused as not found first, so a
 * patrol is never shown to someone who may not read it.
 *
 * <pre>{@code
 * String stored = patrols.record(tx, "{\"id\":\"5b0c...\",\"inspections\":[...]}");
 * }</pre>
 */
public final class PatrolService {
  private final JsonCodec json;
  private final EquipmentRegistry equipment;
  private final SettingsService settings;
  private final TicketStore ticketStore;
  private final TicketService tickets;
  private final Captures captures;

  /** Creates a service over the given registry, settings and tickets. */
  public PatrolService(
      JsonCodec json,
      EquipmentRegistry equipment,
      SettingsService settings,
      TicketStore ticketStore,
      TicketService tickets) {
    this.json = Objects.requireNonNull(json, "json");
    this.equipment = Objects.requireNonNull(equipment, "equipment");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.ticketStore = Objects.requireNonNull(ticketStore, "ticketStore");
    this.tickets = Objects.requireNonNull(tickets, "tickets");
    this.captures = new Captures(json);
  }

  /**
   * Records a patrol.
   *
   * @return the stored Patrol JSON
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT, EQUIPMENT_NOT_FOUND, EQUIPMENT_RETIRED,
   *     PATROL_ID_CONFLICT or TICKET_EXISTS
   */
  public String record(TransactionContext tx, String requestJson) {
    Actor inspector = tx.caller().as(EquipmentAction.INSPECT.role(), "record a patrol");
    PatrolRequest request = json.decode(requestJson, PatrolRequest.class);
    List<Observation> observations = request.validated();
    List<Equipment> targets =
        observations.stream()
            .map(seen -> equipment.findFor(tx, seen.equipmentId(), inspector))
            .toList();
    Optional<String> stored = tx.getState(RecordKind.PATROL, request.id());
    if (stored.isPresent()) {
      return replay(stored.get(), request.id(), observations);
    }
    int tolerance = settings.current(tx).locationToleranceMeters();
    List<Inspection> inspections = new ArrayList<>();
    List<Ticket> opened = new ArrayList<>();
    for (int i = 0; i < observations.size(); i++) {
      Observation seen = observations.get(i);
      Equipment target = EquipmentRegistry.active(targets.get(i));
      inspections.add(seen.inspected(distance(seen.gps(), target), tolerance));
      if (seen.defect() != null) {
        String ticketId = request.id() + "-" + i;
        ticketStore.requireAbsent(tx, ticketId);
        Source source = Source.inspection(request.id(), i);
        opened.add(tickets.prepare(tx, ticketId, target, seen.defect(), source, inspector));
      }
    }
    CaptureLink capture =
        request.capture() == null ? null : captures.link(tx, request, observations);
    Patrol patrol =
        new Patrol(
            request.id(),
            inspector.commonName(),
            inspector.mspId(),
            tx.timestamp().toString(),
            tx.txId(),
            inspections,
            capture);
    return write(tx, patrol, opened);
  }

  /**
   * Reads a recorded patrol.
   *
   * @return the stored Patrol JSON
   * @throws Refusal INVALID_INPUT or PATROL_NOT_FOUND
   */
  public String read(TransactionContext tx, String id) {
    Validation.id("id", id);
    return tx.getState(RecordKind.PATROL, id)
        .orElseThrow(() -> new Refusal(ErrorCode.PATROL_NOT_FOUND, "no patrol with id " + id));
  }

  private String write(TransactionContext tx, Patrol patrol, List<Ticket> opened) {
    String record = json.encode(patrol);
    ChangeLog changes = new ChangeLog(tx);
    changes.put(RecordKind.PATROL, patrol.id(), record);
    opened.forEach(ticket -> ticketStore.putNew(changes, tx, ticket));
    changes.emit("PatrolRecorded");
    return record;
  }

  private String replay(String storedJson, String id, List<Observation> observations) {
    if (!json.decodeStored(storedJson, Patrol.class).inspections().stream()
        .map(Observation::of)
        .toList()
        .equals(observations)) {
      throw new Refusal(
          ErrorCode.PATROL_ID_CONFLICT,
          "patrol " + id + " was already recorded with different content");
    }
    return storedJson;
  }

  private static double distance(Gps gps, Equipment target) {
    return Haversine.distanceMeters(
        gps.latitude(), gps.longitude(), target.latitude(), target.longitude());
  }
}
