package org.fitledger.gateway.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.receipt.Receipt;
import org.fitledger.gateway.receipt.ReceiptDownloads;
import org.fitledger.gateway.web.Written;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.gateway.write.OrderedWrite;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.ledger.Transactions;
import org.fitledger.model.report.ReportState;
import org.fitledger.model.report.TriageRequest;
import org.fitledger.model.validation.Validation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Residents' reports for the people who handle them: inspectors triage the reports of their
 * districts on the ledger; supervisors read them and may call a reporter back or purge their
 * contact. Reads come from the index within the person's scope; contacts from the Authority's peer.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "reports")
class ReportController {
  private final LedgerWrites writes;
  private final ReportRepository repository;
  private final ContactVault vault;
  private final ReceiptDownloads receipts;

  ReportController(
      LedgerWrites writes,
      ReportRepository repository,
      ContactVault vault,
      ReceiptDownloads receipts) {
    this.writes = writes;
    this.repository = repository;
    this.vault = vault;
    this.receipts = receipts;
  }

  @GetMapping
  @Operation(
      summary = "The reports in the reader's districts, oldest first",
      description = "state: REPORTED (awaiting triage), CONFIRMED, MERGED or REJECTED.")
  Paged<ObjectNode> search(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    if (state != null) {
      Validation.oneOf("state", state, ReportState.class);
    }
    return repository.search(Scope.of(person), state, PageRequest.parse(page, size));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A report, as the index holds it")
  ObjectNode read(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person, @PathVariable String id) {
    return visible(person, id).view();
  }

  @GetMapping("/{id}/receipt")
  @Operation(
      summary = "The receipt of the transaction that last wrote a report",
      description =
          "Its triage if it was triaged, else its receipt: the block that holds it with the"
              + " orderers' signatures, its position, the report as written (the contact only as"
              + " its salted hash) and the channel's certificate authorities.")
  ResponseEntity<Receipt> receipt(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person, @PathVariable String id) {
    ObjectNode report = visible(person, id).view();
    JsonNode triage = report.get("triage");
    JsonNode written = triage == null || triage.isNull() ? report : triage;
    return receipts.of(written.get("txId").asString(), "report", id);
  }

  @PostMapping("/{id}/triage")
  @Operation(
      summary = "Triage a report (inspectors of its district)",
      description =
          "CONFIRM with a severity opens ticket {id} under the covering contract's SLA; MERGE"
              + " links it to an open ticket of the same machine; REJECT closes it with a reason.")
  ResponseEntity<Written<JsonNode>> triage(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @PathVariable String id,
      @RequestBody TriageRequest request) {
    request.validated();
    return writes.ok(person, Transactions.TRIAGE_REPORT, id, writes.json(request));
  }

  @GetMapping("/{id}/contact")
  @Operation(
      summary = "The reporter's contact (supervisors of the report's district)",
      description =
          "Read sealed from the Authority's peer and opened with the report's key; 404"
              + " REPORT_NOT_FOUND once purged.")
  Map<String, String> contact(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person, @PathVariable String id) {
    ofItsSupervisor(person, id, "read");
    JsonNode sealed = writes.evaluate(person, Transactions.READ_REPORT_CONTACT, id);
    return vault
        .open(id, sealed.get("sealed").asString())
        .map(contact -> Map.of("contact", contact))
        .orElseThrow(
            () ->
                new CodedException(
                    ErrorCode.REPORT_NOT_FOUND, "report " + id + "'s contact was purged"));
  }

  @DeleteMapping("/{id}/contact")
  @OrderedWrite
  @Operation(
      summary = "Purge the reporter's contact from every peer that holds it (supervisors)",
      description = "Answers the report id and its contact hash; the hash stays on the ledger.")
  ResponseEntity<JsonNode> purgeContact(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person, @PathVariable String id) {
    ofItsSupervisor(person, id, "purge");
    return writes.ordered(
        person,
        purged -> {
          vault.shred(id);
          return writes.result(purged);
        },
        Transactions.PURGE_REPORT_CONTACT,
        id);
  }

  /**
   * Checks that the person supervises the report's district before the ledger is asked: a person
   * the gateway holds no key of is read for under its own reading identity, so the check is the
   * gateway's, whatever the chaincode checks too.
   */
  private void ofItsSupervisor(Person person, String id, String what) {
    if (!Scope.of(person).isSupervisor()) {
      throw new CodedException(
          ErrorCode.ACCESS_DENIED, "only supervisors may " + what + " a reporter's contact");
    }
    visible(person, id);
  }

  private ReportRepository.IndexedReport visible(Person person, String id) {
    return repository
        .find(id)
        .filter(r -> Scope.of(person).coversDistrict(r.districtPath()))
        .orElseThrow(() -> new CodedException(ErrorCode.REPORT_NOT_FOUND, "no report " + id));
  }
}
