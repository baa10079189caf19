package org.fitledger.chaincode.ticket;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.fitledger.chaincode.equipment.TicketLookup;
import org.fitledger.chaincode.shared.Actor;
import org.fitledger.chaincode.shared.ChangeLog;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.people.NextActor;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.ticket.Ticket;
import org.fitledger.model.validation.Validation;

/**
 * Reads and writes tickets, keeps the {@code ticket-equipment} index and sets each ticket key's
 * endorsement policy for its next actor.
 *
 * <pre>{@code
 * Ticket ticket = store.find(tx, "T-1");
 * }</pre>
 */
public final class TicketStore implements TicketLookup {
  /** The composite-key index {@code (equipmentId, ticketId)}. */
  public static final String EQUIPMENT_INDEX = "ticket-equipment";

  private final JsonCodec json;

  /** Creates a store that reads and writes JSON with {@code json}. */
  public TicketStore(JsonCodec json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * The stored ticket.
   *
   * @throws Refusal INVALID_INPUT or TICKET_NOT_FOUND
   */
  public Ticket find(TransactionContext tx, String id) {
    Validation.ticketId("ticketId", id);
    return tx.getState(RecordKind.TICKET, id)
        .map(stored -> json.decodeStored(stored, Ticket.class))
        .orElseThrow(() -> notFound(id));
  }

  /**
   * The stored ticket, if {@code actor} may read it ({@link Actor#sees}); one they may not read is
   * refused exactly like a missing one.
   *
   * @throws Refusal INVALID_INPUT or TICKET_NOT_FOUND
   */
  public Ticket findFor(TransactionContext tx, String id, Actor actor) {
    Ticket ticket = find(tx, id);
    if (!actor.sees(ticket.districtPath(), ticket.company())) {
      throw notFound(id);
    }
    return ticket;
  }

  private static Refusal notFound(String id) {
    return new Refusal(ErrorCode.TICKET_NOT_FOUND, "no ticket with id " + id);
  }

  /**
   * Refuses if a ticket with {@code id} exists.
   *
   * @throws Refusal TICKET_EXISTS
   */
  public void requireAbsent(TransactionContext tx, String id) {
    if (tx.getState(RecordKind.TICKET, id).isPresent()) {
      throw new Refusal(ErrorCode.TICKET_EXISTS, "ticket " + id + " already exists");
    }
  }

  /** The tickets of a piece of equipment, in ticket-id order. */
  public List<Ticket> byEquipment(TransactionContext tx, String equipmentId) {
    return tx.findIndex(EQUIPMENT_INDEX, List.of(equipmentId)).stream()
        .map(key -> find(tx, key.get(1)))
        .collect(Collectors.toList());
  }

  /** Writes a new ticket, indexes it, and sets its key's endorsement policy. */
  public String putNew(ChangeLog changes, TransactionContext tx, Ticket ticket) {
    tx.putIndex(EQUIPMENT_INDEX, List.of(ticket.equipmentId(), ticket.id()));
    tx.setEndorsement(RecordKind.TICKET, ticket.id(), ticket.state().nextActor());
    return write(changes, ticket);
  }

  /**
   * Writes a ticket's next version, and its key's endorsement policy if the next actor changed. A
   * policy left as it was is not written again: a write of the key's policy would make every other
   * transaction on the ticket in the same block fail endorsement validation, where it otherwise
   * fails as the read conflict it is.
   */
  public String putNext(ChangeLog changes, TransactionContext tx, Ticket before, Ticket after) {
    NextActor next = after.state().nextActor();
    if (before.state().nextActor() != next) {
      tx.setEndorsement(RecordKind.TICKET, after.id(), next);
    }
    return write(changes, after);
  }

  private String write(ChangeLog changes, Ticket ticket) {
    String record = json.encode(ticket);
    changes.put(RecordKind.TICKET, ticket.id(), record);
    return record;
  }

  @Override
  public boolean hasOpenTickets(TransactionContext tx, String equipmentId) {
    return byEquipment(tx, equipmentId).stream().anyMatch(t -> t.state().isOpen());
  }

  @Override
  public boolean hasOpenMadeSafeCriticalTicket(TransactionContext tx, String equipmentId) {
    return byEquipment(tx, equipmentId).stream()
        .anyMatch(t -> t.state().isOpen() && t.madeSafe() && t.severity() == Severity.CRITICAL);
  }
}
