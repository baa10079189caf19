package org.fitledger.chaincode.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.fitledger.chaincode.shared.Actor;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.people.Role;
import org.fitledger.model.report.Report;
import org.fitledger.model.report.ReportState;
import org.fitledger.model.report.SealedContact;
import org.fitledger.model.validation.Validation;

/**
 * Reporters' contacts, kept sealed ({@link SealedContact}) in the private data collection {@value
 * #COLLECTION} that only the Authority's peers hold. The sealed contact reaches the chaincode in
 * the proposal's transient data {@value #TRANSIENT_KEY}, so it is in no transaction; the shared
 * ledger holds the report's salted hash of the contact and, once written, the collection's hash of
 * the private record. A purge removes it from every member's store.
 *
 * <pre>{@code
 * contacts.store(tx, "R-1"); // transient "contact": {"sealed":"…"}
 * }</pre>
 */
public final class ReporterContacts {
  /** The private data collection, as the network's collection config names it. */
  public static final String COLLECTION = "reporterContacts";

  /** The transient data key of the contact. */
  public static final String TRANSIENT_KEY = "contact";

  private final JsonCodec json;
  private final ReportService reports;

  /** Creates the contacts of {@code reports}. */
  public ReporterContacts(JsonCodec json, ReportService reports) {
    this.json = Objects.requireNonNull(json, "json");
    this.reports = Objects.requireNonNull(reports, "reports");
  }

  /**
   * The intake keeps the sealed contact of a report awaiting triage that has a contact hash. The
   * same contact again writes nothing.
   *
   * @return {@code {"reportId":"R-1","contactHash":"…"}}
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT, REPORT_NOT_FOUND or INVALID_TRANSITION
   */
  public String store(TransactionContext tx, String reportId) {
    tx.caller().as(Role.INTAKE, "keep a reporter's contact");
    String sent =
        tx.transientValue(TRANSIENT_KEY)
            .orElseThrow(
                () ->
                    Validation.invalid(
                        "the contact must come in the transient data '" + TRANSIENT_KEY + "'"));
    SealedContact contact = json.decode(sent, SealedContact.class).validated();
    Report report = reports.find(tx, reportId);
    if (report.contactHash() == null) {
      throw Validation.invalid("report " + reportId + " was recorded without a contact");
    }
    if (report.state() != ReportState.REPORTED) {
      throw new Refusal(
          ErrorCode.INVALID_TRANSITION,
          "report " + reportId + " is " + report.state() + "; its contact is no longer taken");
    }
    String record = json.encode(contact);
    if (!tx.getPrivate(COLLECTION, reportId).equals(Optional.of(record))) {
      tx.putPrivate(COLLECTION, reportId, record);
    }
    return receipt(report);
  }

  /**
   * A supervisor of the report's district reads the sealed contact, to call the reporter back.
   *
   * @return the SealedContact JSON
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT or REPORT_NOT_FOUND (also when none is held)
   */
  public String read(TransactionContext tx, String reportId) {
    Actor supervisor = tx.caller().readsAs(Role.SUPERVISOR, "read a reporter's contact");
    Report report = reports.findFor(tx, reportId, supervisor);
    return tx.getPrivate(COLLECTION, report.id())
        .orElseThrow(
            () ->
                new Refusal(
                    ErrorCode.REPORT_NOT_FOUND,
                    "report " + reportId + " has no contact: none was given, or it was purged"));
  }

  /**
   * Purges a report's contact: a supervisor of its district at any time, the intake once the report
   * is closed ({@link ReportService#isClosed}).
   *
   * @return {@code {"reportId":"R-1","contactHash":"…"}}
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT, REPORT_NOT_FOUND or INVALID_TRANSITION
   */
  public String purge(TransactionContext tx, String reportId) {
    Actor caller = tx.caller().asAnyRole("purge a reporter's contact");
    if (caller.role() != Role.INTAKE && caller.role() != Role.SUPERVISOR) {
      throw new Refusal(
          ErrorCode.ACCESS_DENIED,
          "only supervisors and the intake may purge a reporter's contact");
    }
    Report report =
        caller.role() == Role.SUPERVISOR
            ? reports.findFor(tx, reportId, caller)
            : reports.find(tx, reportId);
    if (caller.role() == Role.INTAKE && !reports.isClosed(tx, report)) {
      throw new Refusal(
          ErrorCode.INVALID_TRANSITION,
          "report " + reportId + " is not closed; only a supervisor may purge its contact now");
    }
    tx.purgePrivate(COLLECTION, reportId);
    return receipt(report);
  }

  private String receipt(Report report) {
    return json.encode(new Receipt(report.id(), report.contactHash()));
  }

  /** What a contact's store or purge answers; never the contact itself. */
  @JsonPropertyOrder({"reportId", "contactHash"})
  record Receipt(String reportId, String contactHash) {}
}
