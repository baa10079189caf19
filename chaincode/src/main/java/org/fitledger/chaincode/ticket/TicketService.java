package org.fitledger.chaincode.ticket;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fitledger.chaincode.contract.ContractService;
import org.fitledger.chaincode.equipment.EquipmentRegistry;
import org.fitledger.chaincode.shared.Actor;
import org.fitledger.chaincode.shared.ChangeLog;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.contract.MaintenanceContract;
import org.fitledger.model.equipment.Equipment;
import org.fitledger.model.equipment.EquipmentAction;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.ticket.Defect;
import org.fitledger.model.ticket.Source;
import org.fitledger.model.ticket.Step;
import org.fitledger.model.ticket.StepAction;
import org.fitledger.model.ticket.Ticket;
import org.fitledger.model.ticket.TicketRequest;

/**
 * Opens and reads tickets. A ticket is assigned at once to the company of the contract covering its
 * equipment, and its deadlines come from that contract's SLA in force.
 *
 * <pre>{@code
 * String ticket = tickets.open(tx, "{\"id\":\"T-1\",\"equipmentId\":\"EQ-1\",...}");
 * }</pre>
 */
public final class TicketService {
  private final JsonCodec json;
  private final TicketStore store;
  private final EquipmentRegistry equipment;
  private final ContractService contracts;

  /** Creates a service over the given store, registry and contracts. */
  public TicketService(
      JsonCodec json, TicketStore store, EquipmentRegistry equipment, ContractService contracts) {
    this.json = Objects.requireNonNull(json, "json");
    this.store = Objects.requireNonNull(store, "store");
    this.equipment = Objects.requireNonNull(equipment, "equipment");
    this.contracts = Objects.requireNonNull(contracts, "contracts");
  }

  /**
   * A supervisor opens a ticket for equipment in their districts. The same request again returns
   * the stored ticket, once the equipment it names is known to be the caller's to read.
   *
   * @return the stored Ticket JSON
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT, EQUIPMENT_NOT_FOUND, EQUIPMENT_RETIRED or
   *     TICKET_EXISTS
   */
  public String open(TransactionContext tx, String requestJson) {
    Actor supervisor = tx.caller().as(EquipmentAction.OPEN_TICKET.role(), "open a ticket");
    TicketRequest request = json.decode(requestJson, TicketRequest.class).validated();
    Equipment target = equipment.findFor(tx, request.equipmentId(), supervisor);
    Optional<String> stored = tx.getState(RecordKind.TICKET, request.id());
    if (stored.isPresent()) {
      return replay(stored.get(), request);
    }
    Ticket ticket =
        prepare(
            tx, request.id(), EquipmentRegistry.active(target), request.defect(), null, supervisor);
    ChangeLog changes = new ChangeLog(tx);
    String record = store.putNew(changes, tx, ticket);
    changes.emit("TicketOpened");
    return record;
  }

  /** A new ticket for {@code target}, assigned by the covering contract, not yet written. */
  public Ticket prepare(
      TransactionContext tx,
      String id,
      Equipment target,
      Defect defect,
      Source source,
      Actor opener) {
    Optional<MaintenanceContract> contract =
        contracts.covering(tx, target.site(), target.districtPath(), tx.timestamp());
    Step opening = Steps.of(tx, opener, StepAction.OPEN, null, null, List.of(), null);
    return Ticket.open(
        id,
        target.id(),
        target.districtPath(),
        target.site(),
        defect,
        source,
        contract.map(MaintenanceContract::assignment),
        opening);
  }

  /**
   * Reads a ticket.
   *
   * @throws Refusal INVALID_INPUT or TICKET_NOT_FOUND
   */
  public String read(TransactionContext tx, String id) {
    return json.encode(store.find(tx, id));
  }

  /**
   * The history of a ticket key, oldest first.
   *
   * @throws Refusal INVALID_INPUT or TICKET_NOT_FOUND
   */
  public String history(TransactionContext tx, String id) {
    store.find(tx, id);
    return json.encode(tx.history(RecordKind.TICKET, id));
  }

  /**
   * The tickets of a piece of equipment, in ticket-id order.
   *
   * @throws Refusal INVALID_INPUT or EQUIPMENT_NOT_FOUND
   */
  public String listByEquipment(TransactionContext tx, String equipmentId) {
    equipment.find(tx, equipmentId);
    return store.byEquipment(tx, equipmentId).stream()
        .map(json::encode)
        .collect(Collectors.joining(",", "[", "]"));
  }

  private String replay(String stored, TicketRequest request) {
    Ticket ticket = json.decodeStored(stored, Ticket.class);
    boolean same =
        ticket.source() == null
            && ticket.equipmentId().equals(request.equipmentId())
            && new Defect(ticket.severity(), ticket.category(), ticket.description())
                .equals(request.defect());
    if (!same) {
      throw new Refusal(ErrorCode.TICKET_EXISTS, "ticket " + request.id() + " already exists");
    }
    return stored;
  }
}
