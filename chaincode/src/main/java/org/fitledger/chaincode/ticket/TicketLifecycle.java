package org.fitledger.chaincode.ticket;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.fitledger.chaincode.contract.ContractService;
import org.fitledger.chaincode.shared.Actor;
import org.fitledger.chaincode.shared.ChangeLog;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.contract.MaintenanceContract;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.ticket.Step;
import org.fitledger.model.ticket.StepAction;
import org.fitledger.model.ticket.StepRequests;
import org.fitledger.model.ticket.Ticket;
import org.fitledger.model.ticket.TicketAction;
import org.fitledger.model.ticket.TicketState;
import org.fitledger.model.validation.Validation;

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
    Actor contractor = tx.caller().as(TicketAction.ACKNOWLEDGE.role(), "acknowledge a ticket");
    StepRequests.Acknowledge request =
        json.decode(body, StepRequests.Acknowledge.class).validated();
    Ticket ticket = store.findFor(tx, ticketId, contractor);
    Step step =
        Steps.of(
            tx,
            contractor,
            StepAction.ACKNOWLEDGE,
            Steps.onTime(tx, ticket.deadlines().of(TicketAction.ACKNOWLEDGE)),
            request.note(),
            List.of(),
            null);
    return advance(
        tx, ticket, TicketAction.ACKNOWLEDGE, step, TicketState.ACKNOWLEDGED, "TicketAcknowledged");
  }

  /** The assigned company makes an ACKNOWLEDGED CRITICAL ticket's equipment safe. */
  public String makeSafe(TransactionContext tx, String ticketId, String body) {
    Actor contractor = tx.caller().as(TicketAction.MAKE_SAFE.role(), "make a ticket safe");
    StepRequests.Evidence request = json.decode(body, StepRequests.Evidence.class).validated(0);
    Ticket ticket = store.findFor(tx, ticketId, contractor);
    Step step =
        Steps.of(
            tx,
            contractor,
            StepAction.MAKE_SAFE,
            Steps.onTime(tx, ticket.deadlines().of(TicketAction.MAKE_SAFE)),
            request.note(),
            request.photoHashes(),
            null);
    return advance(
        tx, ticket, TicketAction.MAKE_SAFE, step, TicketState.MADE_SAFE, "TicketMadeSafe");
  }

  /** The assigned company confirms a repair, with 1..10 photos. */
  public String confirmRepair(TransactionContext tx, String ticketId, String body) {
    Actor contractor = tx.caller().as(TicketAction.CONFIRM_REPAIR.role(), "confirm a repair");
    StepRequests.Evidence request = json.decode(body, StepRequests.Evidence.class).validated(1);
    Ticket ticket = store.findFor(tx, ticketId, contractor);
    Step step =
        Steps.of(
            tx,
            contractor,
            StepAction.REPAIR,
            Steps.onTime(tx, ticket.deadlines().of(TicketAction.CONFIRM_REPAIR)),
            request.note(),
            request.photoHashes(),
            null);
    return advance(
        tx, ticket, TicketAction.CONFIRM_REPAIR, step, TicketState.REPAIRED, "TicketRepaired");
  }

  /** An inspector of the ticket's district accepts (CLOSED) or rejects (rework) a repair. */
  public String verify(TransactionContext tx, String ticketId, String body) {
    Actor inspector = tx.caller().as(TicketAction.VERIFY.role(), "verify a repair");
    StepRequests.Verify request = json.decode(body, StepRequests.Verify.class).validated();
    Ticket ticket = store.findFor(tx, ticketId, inspector);
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
        ? advance(tx, ticket, TicketAction.VERIFY, step, TicketState.CLOSED, "TicketClosed")
        : advance(
            tx, ticket, TicketAction.VERIFY, step, TicketState.ACKNOWLEDGED, "TicketRejected");
  }

  /** A supervisor of the ticket's district hands an open ticket to another contract's company. */
  public String reassign(TransactionContext tx, String ticketId, String body) {
    Actor supervisor = tx.caller().as(TicketAction.REASSIGN.role(), "reassign a ticket");
    StepRequests.Reassign request = json.decode(body, StepRequests.Reassign.class).validated();
    Ticket ticket = store.findFor(tx, ticketId, supervisor);
    requireAllowed(ticket, TicketAction.REASSIGN);
    MaintenanceContract contract = contracts.find(tx, request.contractId());
    if (!contract.validOn(LocalDate.ofInstant(tx.timestamp(), ZoneOffset.UTC))) {
      throw Validation.invalid("contract " + contract.id() + " is not valid today");
    }
    Step step =
        Steps.of(tx, supervisor, StepAction.REASSIGN, null, null, List.of(), request.reason());
    return write(
        tx,
        ticket,
        ticket.reassign(contract.assignment(), step, tx.timestamp()),
        "TicketReassigned");
  }

  /** A supervisor of the ticket's district cancels an open ticket. */
  public String cancel(TransactionContext tx, String ticketId, String body) {
    Actor supervisor = tx.caller().as(TicketAction.CANCEL.role(), "cancel a ticket");
    StepRequests.Cancel request = json.decode(body, StepRequests.Cancel.class).validated();
    Ticket ticket = store.findFor(tx, ticketId, supervisor);
    Step step =
        Steps.of(tx, supervisor, StepAction.CANCEL, null, null, List.of(), request.reason());
    return advance(tx, ticket, TicketAction.CANCEL, step, TicketState.CANCELLED, "TicketCancelled");
  }

  /**
   * Writes {@code step}, which takes the ticket to {@code next}. A step the ticket's state does not
   * allow is refused, unless it is the ticket's last step sent again, as a client does that did not
   * hear that its step committed: then the answer is the ticket as stored, and nothing is written.
   */
  private String advance(
      TransactionContext tx,
      Ticket ticket,
      TicketAction action,
      Step step,
      TicketState next,
      String event) {
    if (!allowed(ticket, action) && ticket.lastStepRepeats(step)) {
      return json.encode(ticket);
    }
    requireAllowed(ticket, action);
    return write(tx, ticket, ticket.advance(next, step), event);
  }

  private static boolean allowed(Ticket ticket, TicketAction action) {
    return action.allowedIn(ticket.state(), ticket.severity(), ticket.madeSafe());
  }

  private static void requireAllowed(Ticket ticket, TicketAction action) {
    if (!allowed(ticket, action)) {
      throw new Refusal(
          ErrorCode.INVALID_TRANSITION,
          "cannot "
              + action.verb()
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
