package org.fitledger.gateway.patrol;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.receipt.Receipt;
import org.fitledger.gateway.receipt.ReceiptDownloads;
import org.fitledger.gateway.web.Written;
import org.fitledger.gateway.write.CreatesRecord;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.ledger.Transactions;
import org.fitledger.model.patrol.PatrolRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Records patrols on the ledger and reads them from the index. */
@RestController
@RequestMapping("/api/v1/patrols")
@Tag(name = "patrols")
class PatrolController {
  private final LedgerWrites writes;
  private final PatrolRepository repository;
  private final ReceiptDownloads receipts;

  PatrolController(LedgerWrites writes, PatrolRepository repository, ReceiptDownloads receipts) {
    this.writes = writes;
    this.repository = repository;
    this.receipts = receipts;
  }

  @PostMapping
  @Operation(
      summary = "Record a patrol (inspectors, in their districts)",
      description =
          "Idempotent by the client-chosen id. Each DEFECT inspection opens ticket"
              + " <patrolId>-<index> in the same transaction.")
  @CreatesRecord
  ResponseEntity<Written<JsonNode>> record(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestBody PatrolRequest request) {
    request.validated();
    return writes.created(person, Transactions.RECORD_PATROL, writes.json(request));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A patrol from the index, if it inspected equipment in one's districts")
  ObjectNode find(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person, @PathVariable String id) {
    return repository
        .find(id)
        .filter(p -> Scope.of(person).seesPatrol(p.districtPaths()))
        .map(IndexedPatrol::view)
        .orElseThrow(() -> new CodedException(ErrorCode.PATROL_NOT_FOUND, "no patrol " + id));
  }

  @GetMapping("/{id}/receipt")
  @Operation(
      summary = "The receipt of the transaction that recorded a patrol",
      description =
          "The block that holds it with the orderers' signatures, its position, the patrol as"
              + " written and the channel's certificate authorities: ./fitledger receipt verify"
              + " FILE checks it without trusting the gateway.")
  ResponseEntity<Receipt> receipt(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person, @PathVariable String id) {
    return receipts.of(find(person, id).get("txId").asString(), "patrol", id);
  }
}
