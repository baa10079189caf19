package org.fitledger.chaincode.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fitledger.chaincode.equipment.EquipmentRegistry;
import org.fitledger.chaincode.shared.Actor;
import org.fitledger.chaincode.shared.ChangeLog;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.chaincode.ticket.TicketService;
import org.fitledger.chaincode.ticket.TicketStore;
import org.fitledger.model.equipment.Equipment;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.people.Role;
import org.fitledger.model.report.Report;
import org.fitledger.model.report.ReportChannel;
import org.fitledger.model.report.ReportRequest;
import org.fitledger.model.report.Triage;
import org.fitledger.model.report.TriageDecision;
import org.fitledger.model.report.TriageRequest;
import org.fitledger.model.ticket.Category;
import org.fitledger.model.ticket.Defect;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.ticket.Source;
import org.fitledger.model.ticket.Ticket;
import org.fitledger.model.validation.Validation;

/**
 * Records residents' reports and their triage.
 *
 * <ul>
 *   <li>The intake identity records a report for an active machine. While the machine has a report
 *       of the same category awaiting triage, a new one is that report: the stored one is answered
 *       and nothing is written, so a fault reported by ten residents is triaged once. A machine
 *       holds at most {@value #MAX_PENDING} reports awaiting triage.
 *   <li>An inspector of the district triages it once: CONFIRM opens a ticket whose id is the
 *       report's, under the same rules as any ticket; MERGE links it to an open ticket of the same
 *       machine; REJECT closes it with a reason.
 * </ul>
 *
 * <pre>{@code
 * String report = reports.receive(tx, "{\"id\":\"R-1\",\"equipmentId\":\"EQ-1\",...}");
 * }</pre>
 */
public final class ReportService {
  /** The composite-key index {@code (equipmentId, reportId)} of reports awaiting triage. */
  public static final String PENDING_INDEX = "report-pending";

  /** How many reports one machine may have awaiting triage. */
  public static final int MAX_PENDING = 5;

  private final JsonCodec json;
  private final EquipmentRegistry equipment;
  private final TicketStore tickets;
  private final TicketService ticketService;

  /** Creates a service over the registry and the tickets. */
  public ReportService(
      JsonCodec json,
      EquipmentRegistry equipment,
      TicketStore tickets,
      TicketService ticketService) {
    this.json = Objects.requireNonNull(json, "json");
    this.equipment = Objects.requireNonNull(equipment, "equipment");
    this.tickets = Objects.requireNonNull(tickets, "tickets");
    this.ticketService = Objects.requireNonNull(ticketService, "ticketService");
  }

  /**
   * The intake records a resident's report; see the class comment for duplicates and limits.
   *
   * @return the stored Report JSON: this request's, or the pending report of the same machine and
   *     category that it duplicates
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT, EQUIPMENT_NOT_FOUND, EQUIPMENT_RETIRED,
   *     REPORT_EXISTS or REPORTS_PENDING
   */
  public String receive(TransactionContext tx, String requestJson) {
    Actor intake = tx.caller().as(Role.INTAKE, "record a report");
    ReportRequest request = json.decode(requestJson, ReportRequest.class).validated();
    Equipment target = equipment.findFor(tx, request.equipmentId(), intake);
    Optional<String> stored = tx.getState(RecordKind.REPORT, request.id());
    if (stored.isPresent()) {
      if (!json.decodeStored(stored.get(), Report.class).records(request)) {
        throw new Refusal(
            ErrorCode.REPORT_EXISTS,
            "report " + request.id() + " was already recorded with different content");
      }
      return stored.get();
    }
    EquipmentRegistry.active(target);
    List<Report> pending = pending(tx, target.id());
    Category category = Category.valueOf(request.category());
    Optional<Report> same = pending.stream().filter(r -> r.category() == category).findFirst();
    if (same.isPresent()) {
      return json.encode(same.get());
    }
    if (pending.size() >= MAX_PENDING) {
      throw new Refusal(
          ErrorCode.REPORTS_PENDING,
          "machine "
              + target.id()
              + " already has "
              + pending.size()
              + " reports awaiting triage; it takes more once one is triaged");
    }
    Report report =
        new Report(
            request.id(),
            ReportChannel.RESIDENT,
            target.id(),
            target.districtPath(),
            target.site(),
            category,
            request.description(),
            request.urgent(),
            request.photos(),
            request.contactHash(),
            intake.commonName(),
            tx.timestamp().toString(),
            null,
            tx.txId());
    ChangeLog changes = new ChangeLog(tx);
    String record = json.encode(report);
    changes.put(RecordKind.REPORT, report.id(), record);
    tx.putIndex(PENDING_INDEX, List.of(report.equipmentId(), report.id()));
    changes.emit("ReportReceived");
    return record;
  }

  /**
   * An inspector of the report's district triages it. The same triage by the same inspector again
   * is answered with the stored report.
   *
   * @return the stored Report JSON
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT, REPORT_NOT_FOUND, INVALID_TRANSITION,
   *     EQUIPMENT_RETIRED, TICKET_EXISTS or TICKET_NOT_FOUND
   */
  public String triage(TransactionContext tx, String reportId, String requestJson) {
    Actor inspector = tx.caller().as(Role.INSPECTOR, "triage a report");
    TriageRequest request = json.decode(requestJson, TriageRequest.class).validated();
    Report report = findFor(tx, reportId, inspector);
    TriageDecision decision = request.outcome();
    String ticketId = decision == TriageDecision.CONFIRM ? report.id() : request.ticketId();
    if (report.triage() != null) {
      return replay(report, decision, ticketId, request.reason(), inspector);
    }
    ChangeLog changes = new ChangeLog(tx);
    switch (decision) {
      case CONFIRM -> confirm(tx, changes, report, request, inspector);
      case MERGE -> requireMergeable(tx, report, ticketId, inspector);
      case REJECT -> {}
    }
    Triage triage =
        new Triage(
            decision,
            ticketId,
            request.reason(),
            inspector.commonName(),
            tx.timestamp().toString(),
            tx.txId());
    String record = json.encode(report.triaged(triage, tx.txId()));
    changes.put(RecordKind.REPORT, report.id(), record);
    tx.deleteIndex(PENDING_INDEX, List.of(report.equipmentId(), report.id()));
    changes.emit("ReportTriaged");
    return record;
  }

  /**
   * Reads a report, for the Authority and the inspectors of its district.
   *
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT or REPORT_NOT_FOUND
   */
  public String read(TransactionContext tx, String id) {
    return json.encode(findFor(tx, id, tx.caller().asAnyRole("read a report")));
  }

  /**
   * The stored report.
   *
   * @throws Refusal INVALID_INPUT or REPORT_NOT_FOUND
   */
  public Report find(TransactionContext tx, String id) {
    Validation.id("reportId", id);
    return tx.getState(RecordKind.REPORT, id)
        .map(stored -> json.decodeStored(stored, Report.class))
        .orElseThrow(() -> notFound(id));
  }

  /**
   * Whether the report is over for its reporter: rejected, or its ticket closed or cancelled.
   *
   * @throws Refusal TICKET_NOT_FOUND if its ticket is missing
   */
  public boolean isClosed(TransactionContext tx, Report report) {
    return switch (report.state()) {
      case REPORTED -> false;
      case REJECTED -> true;
      case CONFIRMED, MERGED -> !tickets.find(tx, report.triage().ticketId()).state().isOpen();
    };
  }

  /** The report, if {@code actor} may read it; one they may not is refused like a missing one. */
  Report findFor(TransactionContext tx, String id, Actor actor) {
    Report report = find(tx, id);
    if (actor.role() == Role.CONTRACTOR || !actor.covers(report.districtPath())) {
      throw notFound(id);
    }
    return report;
  }

  private List<Report> pending(TransactionContext tx, String equipmentId) {
    return tx.findIndex(PENDING_INDEX, List.of(equipmentId)).stream()
        .map(key -> find(tx, key.get(1)))
        .toList();
  }

  private void confirm(
      TransactionContext tx,
      ChangeLog changes,
      Report report,
      TriageRequest request,
      Actor inspector) {
    tickets.requireAbsent(tx, report.id());
    Equipment target =
        EquipmentRegistry.active(equipment.findFor(tx, report.equipmentId(), inspector));
    String description =
        report.description().isBlank()
            ? "reported by a resident (" + report.id() + ")"
            : report.description();
    Defect defect =
        new Defect(Severity.valueOf(request.severity()), report.category(), description);
    Ticket ticket =
        ticketService.prepare(
            tx, report.id(), target, defect, Source.report(report.id()), inspector);
    tickets.putNew(changes, tx, ticket);
  }

  private void requireMergeable(
      TransactionContext tx, Report report, String ticketId, Actor inspector) {
    Ticket ticket = tickets.findFor(tx, ticketId, inspector);
    if (!ticket.equipmentId().equals(report.equipmentId()) || !ticket.state().isOpen()) {
      throw new Refusal(
          ErrorCode.INVALID_TRANSITION,
          "report "
              + report.id()
              + " may be merged only into an open ticket of "
              + report.equipmentId()
              + "; ticket "
              + ticketId
              + " is "
              + ticket.state()
              + " on "
              + ticket.equipmentId());
    }
  }

  private String replay(
      Report report, TriageDecision decision, String ticketId, String reason, Actor inspector) {
    Triage done = report.triage();
    boolean same =
        done.decision() == decision
            && Objects.equals(done.ticketId(), ticketId)
            && done.reason().equals(reason)
            && done.by().equals(inspector.commonName());
    if (!same) {
      throw new Refusal(
          ErrorCode.INVALID_TRANSITION,
          "report "
              + report.id()
              + " was already triaged: "
              + report.state()
              + " by "
              + done.by()
              + " at "
              + done.at());
    }
    return json.encode(report);
  }

  private static Refusal notFound(String id) {
    return new Refusal(ErrorCode.REPORT_NOT_FOUND, "no report with id " + id);
  }
}
