package org.fitledger.chaincode.ticket;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.fitledger.chaincode.contract.ContractService;
import org.fitledger.chaincode.contract.MaintenanceContract;
import org.fitledger.chaincode.contract.Severity;
import org.fitledger.chaincode.shared.Actor;
import org.fitledger.chaincode.shared.ChangeLog;
import org.fitledger.chaincode.shared.ErrorCode;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.LedgerException;
import org.fitledger.chaincode.shared.Role;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.chaincode.shared.Validation;

/**
 * The transitions of a ticket. Each checks, in this order: the caller's role, the input, that the
 * ticket exists and the caller may read it (their company or districts; a ticket they may not read
 * is refused as not found), and the ticket's state. Each writes only the ticket key, with the
 * endorsement policy for its next actor.
 *
 * <pre>{@code
 * lifecycle.acknowledge(tx, "T-1", "{\"note\":\"on our way\"}");
 * }</pre>
 */
public final class TicketLifecycle {
  private final JsonCodec json;
  private final TicketStore store;
  private final ContractService contracts;

  /** Creates the lifecycle over the given store and contracts. */
  public TicketLifecycle(JsonCodec json, TicketStore store, ContractService contracts) {
    this.json = Objects.requireNonNull(json, "json");
    this.store = Objects.requireNonNull(store, "store");
    this.contracts = Objects.requireNonNull(contracts, "contracts");
  }

  /** The assigned company acknowledges an OPEN ticket. */
  public String acknowledge(TransactionContext tx, String ticketId, String body) {
    Actor contractor = tx.caller().as(Role.CONTRACTOR, "acknowledge a ticket");
    StepRequests.Acknowledge request =
        json.decode(body, StepRequests.Acknowledge.class).validated();
    Ticket ticket = store.findFor(tx, ticketId, contractor);
    requireState(ticket, "acknowledge", ticket.state() == TicketState.OPEN);
    Step step =
        Steps.of(
            tx,
            contractor,
            StepAction.ACKNOWLEDGE,
            Steps.onTime(tx, ticket.deadlines().acknowledge()),
            request.note(),
            List.of(),
            null);
    return write(tx, ticket, ticket.advance(TicketState.ACKNOWLEDGED, step), "TicketAcknowledged");
  }

  /** The assigned company makes an ACKNOWLEDGED CRITICAL ticket's equipment safe. */
  public String makeSafe(TransactionContext tx, String ticketId, String body) {
    Actor contractor = tx.caller().as(Role.CONTRACTOR, "make a ticket safe");
    StepRequests.Evidence request = json.decode(body, StepRequests.Evidence.class).validated(0);
    Ticket ticket = store.findFor(tx, ticketId, contractor);
    requireState(
        ticket,
        "make safe",
        ticket.severity() == Severity.CRITICAL && ticket.state() == TicketState.ACKNOWLEDGED);
    Step step =
        Steps.of(
            tx,
            contractor,
            StepAction.MAKE_SAFE,
            Steps.onTime(tx, ticket.deadlines().makeSafe()),
            request.note(),
            request.photoHashes(),
            null);
    return write(tx, ticket, ticket.advance(TicketState.MADE_SAFE, step), "TicketMadeSafe");
  }

  /** The assigned company confirms a repair, with 1..10 photos. */
  public String confirmRepair(TransactionContext tx, String ticketId, String body) {
    Actor contractor = tx.caller().as(Role.CONTRACTOR, "confirm a repair");
    StepRequests.Evidence request = json.decode(body, StepRequests.Evidence.class).validated(1);
    Ticket ticket = store.findFor(tx, ticketId, contractor);
    boolean safeEnough = ticket.severity() != Severity.CRITICAL || ticket.madeSafe();
    requireState(
        ticket,
        "confirm a repair of",
        ticket.state() == TicketState.MADE_SAFE
            || ticket.state() == TicketState.ACKNOWLEDGED && safeEnough);
    Step step =
        Steps.of(
            tx,
            contractor,
            StepAction.REPAIR,
            Steps.onTime(tx, ticket.deadlines().repair()),
            request.note(),
            request.photoHashes(),
            null);
    return write(tx, ticket, ticket.advance(TicketState.REPAIRED, step), "TicketRepaired");
  }

  /** An inspector of the ticket's district accepts (CLOSED) or rejects (rework) a repair. */
  public String verify(TransactionContext tx, String ticketId, String body) {
    Actor inspector = tx.caller().as(Role.INSPECTOR, "verify a repair");
    StepRequests.Verify request = json.decode(body, StepRequests.Verify.class).validated();
    Ticket ticket = store.findFor(tx, ticketId, inspector);
    requireState(ticket, "verify", ticket.state() == TicketState.REPAIRED);
    boolean accepted = request.accepted();
    Step step =
        Steps.of(
            tx,
            inspector,
            accepted ? StepAction.ACCEPT : StepAction.REJECT,
            null,
            null,
            List.of(),
            request.reason());
    return accepted
        ? write(tx, ticket, ticket.advance(TicketState.CLOSED, step), "TicketClosed")
        : write(tx, ticket, ticket.advance(TicketState.ACKNOWLEDGED, step), "TicketRejected");
  }

  /** A supervisor of the ticket's district hands an open ticket to another contract's company. */
  public String reassign(TransactionContext tx, String ticketId, String body) {
    Actor supervisor = tx.caller().as(Role.SUPERVISOR, "reassign a ticket");
    StepRequests.Reassign request = json.decode(body, StepRequests.Reassign.class).validated();
    Ticket ticket = store.findFor(tx, ticketId, supervisor);
    requireState(ticket, "reassign", ticket.state().isOpen());
    MaintenanceContract contract = contracts.find(tx, request.contractId());
    if (!contract.validOn(LocalDate.ofInstant(tx.timestamp(), ZoneOffset.UTC))) {
      throw Validation.invalid("contract " + contract.id() + " is not valid today");
    }
    Step step =
        Steps.of(tx, supervisor, StepAction.REASSIGN, null, null, List.of(), request.reason());
    return write(tx, ticket, ticket.reassign(contract, step, tx.timestamp()), "TicketReassigned");
  }

  /** A supervisor of the ticket's district cancels an open ticket. */
  public String cancel(TransactionContext tx, String ticketId, String body) {
    Actor supervisor = tx.caller().as(Role.SUPERVISOR, "cancel a ticket");
    StepRequests.Cancel request = json.decode(body, StepRequests.Cancel.class).validated();
    Ticket ticket = store.findFor(tx, ticketId, supervisor);
    requireState(ticket, "cancel", ticket.state().isOpen());
    Step step =
        Steps.of(tx, supervisor, StepAction.CANCEL, null, null, List.of(), request.reason());
    return write(tx, ticket, ticket.advance(TicketState.CANCELLED, step), "TicketCancelled");
  }

  private static void requireState(Ticket ticket, String action, boolean allowed) {
    if (!allowed) {
      throw new LedgerException(
          ErrorCode.INVALID_TRANSITION,
          "cannot "
              + action
              + " ticket "
              + ticket.id()
              + " in state "
              + ticket.state()
              + " (severity "
              + ticket.severity()
              + ")");
    }
  }

  private String write(TransactionContext tx, Ticket before, Ticket after, String event) {
    ChangeLog changes = new ChangeLog(tx);
    String record = store.putNext(changes, tx, before, after);
    changes.emit(event);
    return record;
  }
}
