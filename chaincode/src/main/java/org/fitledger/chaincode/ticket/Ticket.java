package org.fitledger.chaincode.ticket;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fitledger.chaincode.contract.MaintenanceContract;
import org.fitledger.chaincode.equipment.Equipment;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.sla.Deadlines;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.ticket.StepAction;
import org.fitledger.model.ticket.TicketState;

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

  /** Copies the steps. */
  public Ticket {
    steps = List.copyOf(steps);
  }

  static Ticket open(
      String id,
      Equipment equipment,
      Defect defect,
      Source source,
      Optional<MaintenanceContract> contract,
      Step opening,
      TransactionContext tx) {
    Instant now = tx.timestamp();
    return new Ticket(
        id,
        equipment.id(),
        equipment.districtPath(),
        equipment.site(),
        defect.severity(),
        defect.category(),
        defect.description(),
        source,
        opening.by(),
        now.toString(),
        contract.map(MaintenanceContract::company).orElse(null),
        contract.map(MaintenanceContract::id).orElse(null),
        contract.map(MaintenanceContract::slaVersion).orElse(null),
        contract.map(c -> Deadlines.from(now, c.sla().terms(defect.severity()))).orElse(null),
        TicketState.OPEN,
        0,
        false,
        List.of(opening),
        tx.txId());
  }

  /** The same ticket in {@code next} state, with {@code step} appended. */
  Ticket advance(TicketState next, Step step) {
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
        next,
        step.action() == StepAction.REJECT ? rework + 1 : rework,
        madeSafe || step.action() == StepAction.MAKE_SAFE,
        append(step),
        step.txId());
  }

  /** The same ticket assigned to {@code contract}, back in OPEN; deadlines are set only once. */
  Ticket reassign(MaintenanceContract contract, Step step, Instant now) {
    boolean first = deadlines == null;
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
        contract.company(),
        contract.id(),
        first ? Integer.valueOf(contract.slaVersion()) : slaVersion,
        first ? Deadlines.from(now, contract.sla().terms(severity)) : deadlines,
        TicketState.OPEN,
        rework,
        madeSafe,
        append(step),
        step.txId());
  }

  private List<Step> append(Step step) {
    List<Step> all = new ArrayList<>(steps);
    all.add(step);
    return all;
  }
}
