package org.fitledger.model.ticket;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fault ticket as stored on the ledger, with every step taken on it. Each transition returns a
 * new ticket; deadlines, once set, never change.
 *
 * @param id the ticket id ({@code <patrolId>-<index>} when a patrol opened it)
 * @param equipmentId the faulty equipment
 * @param districtPath the equipment's district path when the ticket opened
 * @param site the equipment's site when the ticket opened
 * @param severity how bad the defect is
 * @param category what kind of defect
 * @param description what is wrong
 * @param source the inspection that opened it, or {@code null} when a supervisor did
 * @param openedBy the CN of the opener
 * @param openedAt when it opened
 * @param company the assigned contractor company, or {@code null} with no covering contract
 * @param contractId the contract of the assignment, or {@code null}
 * @param slaVersion the SLA version the deadlines come from, or {@code null}
 * @param deadlines the fixed deadlines, or {@code null} until the ticket is first assigned
 * @param state the lifecycle state
 * @param rework how many times a repair was rejected
 * @param madeSafe whether the equipment was made safe
 * @param steps every step, the first being {@link StepAction#OPEN}
 * @param txId the last writing transaction
 */
@JsonPropertyOrder({
  "id",
  "equipmentId",
  "districtPath",
  "site",
  "severity",
  "category",
  "description",
  "source",
  "openedBy",
  "openedAt",
  "company",
  "contractId",
  "slaVersion",
  "deadlines",
  "state",
  "rework",
  "madeSafe",
  "steps",
  "txId"
})
public record Ticket(
    String id,
    String equipmentId,
    String districtPath,
    String site,
    Severity severity,
    Category category,
    String description,
    Source source,
    String openedBy,
    String openedAt,
    String company,
    String contractId,
    Integer slaVersion,
    Deadlines deadlines,
    TicketState state,
    int rework,
    boolean madeSafe,
    List<Step> steps,
    String txId) {

  /** Copies the steps; none when absent. */
  public Ticket {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  /**
   * A ticket opened now on a piece of equipment, assigned if a contract covers it.
   *
   * @param id the ticket id
   * @param equipmentId the faulty equipment
   * @param districtPath where it stands
   * @param site its site
   * @param defect what is wrong
   * @param source the inspection that found it, or null when a supervisor opens it
   * @param assignment the covering contract's assignment, if any
   * @param opening the OPEN step, which names the opener, the time and the transaction
   */
  public static Ticket open(
      String id,
      String equipmentId,
      String districtPath,
      String site,
      Defect defect,
      Source source,
      Optional<Assignment> assignment,
      Step opening) {
    Instant now = Instant.parse(opening.at());
    return new Ticket(
        id,
        equipmentId,
        districtPath,
        site,
        defect.severity(),
        defect.category(),
        defect.description(),
        source,
        opening.by(),
        opening.at(),
        assignment.map(Assignment::company).orElse(null),
        assignment.map(Assignment::contractId).orElse(null),
        assignment.map(Assignment::slaVersion).orElse(null),
        assignment.map(a -> Deadlines.from(now, a.sla().terms(defect.severity()))).orElse(null),
        TicketState.OPEN,
        0,
        false,
        List.of(opening),
        opening.txId());
  }

  /** Whether {@code step} is the request this ticket's last step recorded, made again. */
  public boolean lastStepRepeats(Step step) {
    return !steps.isEmpty() && steps.get(steps.size() - 1).sameRequestAs(step);
  }

  /** The same ticket in {@code next} state, with {@code step} appended. */
  public Ticket advance(TicketState next, Step step) {
    return next(company, contractId, slaVersion, deadlines, next, step);
  }

  /** The same ticket assigned anew, back in OPEN; deadlines are set only once, at {@code now}. */
  public Ticket reassign(Assignment assignment, Step step, Instant now) {
    boolean first = deadlines == null;
    return next(
        assignment.company(),
        assignment.contractId(),
        first ? Integer.valueOf(assignment.slaVersion()) : slaVersion,
        first ? Deadlines.from(now, assignment.sla().terms(severity)) : deadlines,
        TicketState.OPEN,
        step);
  }

  /**
   * The ticket after {@code step}, with this assignment and state: a rejection adds to the rework,
   * making safe marks it made safe, and the step's transaction becomes the ticket's last.
   */
  private Ticket next(
      String company,
      String contractId,
      Integer slaVersion,
      Deadlines deadlines,
      TicketState state,
      Step step) {
    return new Ticket(
        id,
        equipmentId,
        districtPath,
        site,
        severity,
        category,
        description,
        source,
        openedBy,
        openedAt,
        company,
        contractId,
        slaVersion,
        deadlines,
        state,
        step.action() == StepAction.REJECT ? rework + 1 : rework,
        madeSafe || step.action() == StepAction.MAKE_SAFE,
        append(step),
        step.txId());
  }

  private List<Step> append(Step step) {
    List<Step> all = new ArrayList<>(steps);
    all.add(step);
    return all;
  }
}
