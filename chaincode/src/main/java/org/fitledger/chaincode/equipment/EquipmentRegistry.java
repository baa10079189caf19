package org.fitledger.chaincode.equipment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fitledger.chaincode.shared.Actor;
import org.fitledger.chaincode.shared.ChangeLog;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.equipment.Equipment;
import org.fitledger.model.equipment.EquipmentAction;
import org.fitledger.model.equipment.EquipmentRequest;
import org.fitledger.model.equipment.EquipmentStatus;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.people.Role;
import org.fitledger.model.place.DistrictPath;
import org.fitledger.model.validation.DistrictPaths;
import org.fitledger.model.validation.Validation;

/**
 * Registers, updates, retires and reads equipment. Supervisors write, within their districts;
 * anyone on the channel reads. Registering the same equipment again returns the stored record.
 *
 * <pre>{@code
 * String stored = registry.register(tx, equipmentJson);
 * }</pre>
 */
public final class EquipmentRegistry {
  /** The composite-key index {@code (segments..., id)} of equipment by district path. */
  public static final String DISTRICT_INDEX = "equipment-district";

  private final JsonCodec json;
  private final TicketLookup tickets;

  /** Creates a registry that derives status from {@code tickets}. */
  public EquipmentRegistry(JsonCodec json, TicketLookup tickets) {
    this.json = Objects.requireNonNull(json, "json");
    this.tickets = Objects.requireNonNull(tickets, "tickets");
  }

  /**
   * Registers equipment.
   *
   * @return the stored Equipment JSON
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT or EQUIPMENT_EXISTS
   */
  public String register(TransactionContext tx, String requestJson) {
    Actor supervisor = tx.caller().as(Role.SUPERVISOR, "register equipment");
    EquipmentRequest request = json.decode(requestJson, EquipmentRequest.class).validated();
    supervisor.requireCovers(request.districtPath());
    Optional<String> stored = tx.getState(RecordKind.EQUIPMENT, request.id());
    if (stored.isPresent()) {
      if (!decode(stored.get()).matches(request)) {
        throw new Refusal(
            ErrorCode.EQUIPMENT_EXISTS,
            "equipment " + request.id() + " is already registered with other content");
      }
      return stored.get();
    }
    tx.putIndex(DISTRICT_INDEX, indexKey(request.districtPath(), request.id()));
    return write(
        tx,
        Equipment.register(request, tx.caller().commonName(), tx.timestamp().toString(), tx.txId()),
        "EquipmentRegistered");
  }

  /**
   * Updates registered equipment; both its old and its new district must be in the caller's scope.
   * An update that changes nothing writes nothing.
   *
   * @return the stored Equipment JSON
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT, EQUIPMENT_NOT_FOUND or EQUIPMENT_RETIRED
   */
  public String update(TransactionContext tx, String requestJson) {
    Actor supervisor = tx.caller().as(EquipmentAction.UPDATE.role(), "update equipment");
    EquipmentRequest request = json.decode(requestJson, EquipmentRequest.class).validated();
    Equipment current = requireActive(tx, request.id(), supervisor);
    supervisor.requireCovers(request.districtPath());
    if (current.matches(request)) {
      return json.encode(current);
    }
    if (!current.districtPath().equals(request.districtPath())) {
      tx.deleteIndex(DISTRICT_INDEX, indexKey(current.districtPath(), current.id()));
      tx.putIndex(DISTRICT_INDEX, indexKey(request.districtPath(), request.id()));
    }
    return write(
        tx, current.update(request, tx.timestamp().toString(), tx.txId()), "EquipmentUpdated");
  }

  /**
   * Retires equipment that has no open tickets.
   *
   * @param reason why, 1..1000 characters
   * @return the stored Equipment JSON
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT, EQUIPMENT_NOT_FOUND, EQUIPMENT_RETIRED or
   *     TICKETS_OPEN
   */
  public String retire(TransactionContext tx, String id, String reason) {
    Actor supervisor = tx.caller().as(EquipmentAction.RETIRE.role(), "retire equipment");
    Validation.text("reason", reason, 1000);
    Equipment current = requireActive(tx, Validation.id("id", id), supervisor);
    if (tickets.hasOpenTickets(tx, id)) {
      throw new Refusal(ErrorCode.TICKETS_OPEN, "equipment " + id + " has open tickets");
    }
    return write(tx, current.retire(tx.timestamp().toString(), tx.txId()), "EquipmentRetired");
  }

  /**
   * Reads equipment with its derived status.
   *
   * @return the Equipment JSON followed by {@code "status"}
   * @throws Refusal INVALID_INPUT or EQUIPMENT_NOT_FOUND
   */
  public String read(TransactionContext tx, String id) {
    Equipment equipment = find(tx, id);
    return json.encode(new EquipmentView(equipment, status(tx, equipment)));
  }

  /**
   * The history of an equipment key.
   *
   * @return {@code [{txId, timestamp, deleted, value}]}, oldest first
   * @throws Refusal INVALID_INPUT or EQUIPMENT_NOT_FOUND
   */
  public String history(TransactionContext tx, String id) {
    find(tx, id);
    return json.encode(tx.history(RecordKind.EQUIPMENT, id));
  }

  /**
   * The equipment whose district path starts with {@code districtPrefix}, in index order.
   *
   * @return a JSON array of stored Equipment
   * @throws Refusal INVALID_INPUT
   */
  public String list(TransactionContext tx, String districtPrefix) {
    DistrictPaths.prefix("districtPrefix", districtPrefix);
    List<String> records = new ArrayList<>();
    for (List<String> entry : tx.findIndex(DISTRICT_INDEX, DistrictPath.segments(districtPrefix))) {
      tx.getState(RecordKind.EQUIPMENT, entry.get(entry.size() - 1)).ifPresent(records::add);
    }
    return "[" + String.join(",", records) + "]";
  }

  /**
   * The stored equipment.
   *
   * @throws Refusal INVALID_INPUT or EQUIPMENT_NOT_FOUND
   */
  public Equipment find(TransactionContext tx, String id) {
    Validation.id("equipmentId", id);
    return tx.getState(RecordKind.EQUIPMENT, id).map(this::decode).orElseThrow(() -> notFound(id));
  }

  /**
   * The stored equipment, if {@code actor} may read it (it lies in their districts); equipment they
   * may not read is refused exactly like missing equipment.
   *
   * @throws Refusal INVALID_INPUT or EQUIPMENT_NOT_FOUND
   */
  public Equipment findFor(TransactionContext tx, String id, Actor actor) {
    Equipment equipment = find(tx, id);
    if (!actor.sees(equipment.districtPath(), null)) {
      throw notFound(id);
    }
    return equipment;
  }

  /**
   * The stored equipment, if {@code actor} may read it, refused if retired.
   *
   * @throws Refusal INVALID_INPUT, EQUIPMENT_NOT_FOUND or EQUIPMENT_RETIRED
   */
  public Equipment requireActive(TransactionContext tx, String id, Actor actor) {
    return active(findFor(tx, id, actor));
  }

  /**
   * The equipment, refused if retired.
   *
   * @throws Refusal EQUIPMENT_RETIRED
   */
  public static Equipment active(Equipment equipment) {
    if (equipment.retired()) {
      throw new Refusal(ErrorCode.EQUIPMENT_RETIRED, "equipment " + equipment.id() + " is retired");
    }
    return equipment;
  }

  private EquipmentStatus status(TransactionContext tx, Equipment equipment) {
    // A retired piece's tickets are not read: it is retired whatever they say.
    return EquipmentStatus.of(
        equipment.retired(),
        !equipment.retired() && tickets.hasOpenMadeSafeCriticalTicket(tx, equipment.id()));
  }

  private String write(TransactionContext tx, Equipment equipment, String event) {
    String record = json.encode(equipment);
    ChangeLog changes = new ChangeLog(tx);
    changes.put(RecordKind.EQUIPMENT, equipment.id(), record);
    changes.emit(event);
    return record;
  }

  private static Refusal notFound(String id) {
    return new Refusal(ErrorCode.EQUIPMENT_NOT_FOUND, "no equipment with id " + id);
  }

  private Equipment decode(String stored) {
    return json.decodeStored(stored, Equipment.class);
  }

  private static List<String> indexKey(String districtPath, String id) {
    List<String> key = new ArrayList<>(DistrictPath.segments(districtPath));
    key.add(id);
    return key;
  }
}
