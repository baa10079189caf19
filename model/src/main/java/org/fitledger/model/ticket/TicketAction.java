package org.fitledger.model.ticket;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fitledger.model.ledger.Transactions;
import org.fitledger.model.people.Organization;
import org.fitledger.model.people.Role;

/**
 * What a person may do to a ticket, who may do it, and in which states: the one place the rule is
 * written. The chaincode refuses a step whose rule does not hold, the gateway answers each person
 * with the steps they may take now and asks exactly the peers whose endorsement the step needs, and
 * the field app and dashboard offer only those steps.
 *
 * <pre>
 * OPEN -acknowledge-> ACKNOWLEDGED -(CRITICAL: make safe)-> MADE_SAFE -confirm repair-> REPAIRED
 * REPAIRED -verify, accepted-> CLOSED; REPAIRED -verify, rejected-> ACKNOWLEDGED (rework + 1)
 * any open state -reassign-> OPEN; any open state -cancel-> CANCELLED
 * </pre>
 *
 * <p>Who may confirm a repair: {@link #CONFIRM_REPAIR} — a contractor of the assigned company, once
 * the ticket is ACKNOWLEDGED (and, if CRITICAL, made safe) or MADE_SAFE.
 */
public enum TicketAction {
  /** The assigned company takes the ticket on: OPEN to ACKNOWLEDGED. */
  ACKNOWLEDGE(Role.CONTRACTOR, Transactions.ACKNOWLEDGE_TICKET, "acknowledge"),
  /** The assigned company makes a CRITICAL fault safe: ACKNOWLEDGED to MADE_SAFE. */
  MAKE_SAFE(Role.CONTRACTOR, Transactions.MAKE_TICKET_SAFE, "make safe"),
  /**
   * The assigned company confirms the repair with photos: to REPAIRED, from MADE_SAFE, or from
   * ACKNOWLEDGED when the ticket is not CRITICAL or was made safe before a rejected repair.
   */
  CONFIRM_REPAIR(Role.CONTRACTOR, Transactions.CONFIRM_REPAIR, "confirm a repair of"),
  /** An inspector of the district accepts (CLOSED) or rejects (ACKNOWLEDGED) a REPAIRED ticket. */
  VERIFY(Role.INSPECTOR, Transactions.VERIFY_REPAIR, "verify"),
  /** A supervisor of the district hands an open ticket to another contract's company: OPEN. */
  REASSIGN(Role.SUPERVISOR, Transactions.REASSIGN_TICKET, "reassign"),
  /** A supervisor of the district cancels an open ticket: CANCELLED. */
  CANCEL(Role.SUPERVISOR, Transactions.CANCEL_TICKET, "cancel");

  private final Role role;
  private final String transaction;
  private final String verb;

  TicketAction(Role role, String transaction, String verb) {
    this.role = role;
    this.transaction = transaction;
    this.verb = verb;
  }

  /** The only role that may take this step (within their company's or districts' tickets). */
  public Role role() {
    return role;
  }

  /** The chaincode transaction that takes it. */
  public String transaction() {
    return transaction;
  }

  /** How a refusal names it: "cannot {verb} ticket T-1 in state …". */
  public String verb() {
    return verb;
  }

  /**
   * Whether a ticket in this state may take the step.
   *
   * @param state where the ticket is
   * @param severity how bad its fault is
   * @param madeSafe whether it was made safe at some point
   */
  public boolean allowedIn(TicketState state, Severity severity, boolean madeSafe) {
    return switch (this) {
      case ACKNOWLEDGE -> state == TicketState.OPEN;
      case MAKE_SAFE -> severity == Severity.CRITICAL && state == TicketState.ACKNOWLEDGED;
      case CONFIRM_REPAIR ->
          state == TicketState.MADE_SAFE
              || state == TicketState.ACKNOWLEDGED && (severity != Severity.CRITICAL || madeSafe);
      case VERIFY -> state == TicketState.REPAIRED;
      case REASSIGN, CANCEL -> state.isOpen();
    };
  }

  /**
   * The steps a person in {@code role} may take on a ticket in this state, in lifecycle order. It
   * is for the person's own tickets: the assigned company's staff, the district's inspectors and
   * supervisors.
   */
  public static List<TicketAction> allowedFor(
      Role role, TicketState state, Severity severity, boolean madeSafe) {
    return Arrays.stream(values())
        .filter(a -> a.role == role && a.allowedIn(state, severity, madeSafe))
        .toList();
  }

  /**
   * The states in which a person in {@code role} may take a step on a ticket of theirs, whatever
   * its severity and whether it was made safe: a ticket in one of them always offers the role a
   * step, and one in any other state never does (a contractor: OPEN, ACKNOWLEDGED, MADE_SAFE; an
   * inspector: REPAIRED; a supervisor: every open state). Searches use it as "the tickets I may act
   * on now".
   */
  public static Set<TicketState> actionableStates(Role role) {
    Set<TicketState> states = EnumSet.noneOf(TicketState.class);
    for (TicketState state : TicketState.values()) {
      for (Severity severity : Severity.values()) {
        for (boolean madeSafe : new boolean[] {false, true}) {
          if (!allowedFor(role, state, severity, madeSafe).isEmpty()) {
            states.add(state);
          }
        }
      }
    }
    return states;
  }

  /**
   * The contractor step a ticket waits for, the one whose SLA deadline runs: the furthest step the
   * assigned company may take now (acknowledge while OPEN; make safe while a CRITICAL ticket is
   * ACKNOWLEDGED and not yet made safe; else the repair while ACKNOWLEDGED or MADE_SAFE); empty
   * when the ticket waits for no contractor step (REPAIRED, CLOSED, CANCELLED).
   */
  public static Optional<TicketAction> awaited(
      TicketState state, Severity severity, boolean madeSafe) {
    List<TicketAction> open = allowedFor(Role.CONTRACTOR, state, severity, madeSafe);
    return open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1));
  }

  /**
   * The organizations whose peers must endorse this step: those of the ticket key's policy in every
   * state the step may start from ({@link TicketState#nextActor()}), in {@link Organization} order.
   * A step allowed from states with different policies needs them all, since the gateway does not
   * know which state the peers will find.
   */
  public List<Organization> endorsers() {
    Set<Organization> orgs = EnumSet.noneOf(Organization.class);
    for (TicketState state : TicketState.values()) {
      for (Severity severity : Severity.values()) {
        if (allowedIn(state, severity, true) || allowedIn(state, severity, false)) {
          orgs.addAll(state.nextActor().endorsers());
        }
      }
    }
    return List.copyOf(orgs);
  }

  /** The step a chaincode transaction takes, if it is one. */
  public static Optional<TicketAction> ofTransaction(String transaction) {
    return Arrays.stream(values()).filter(a -> a.transaction.equals(transaction)).findFirst();
  }
}
