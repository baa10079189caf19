package org.fitledger.gateway.contract;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.web.VersionHistory;
import org.fitledger.gateway.web.Written;
import org.fitledger.gateway.write.CreatesRecord;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.model.contract.ContractRequest;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.ledger.Transactions;
import org.fitledger.model.ticket.Sla;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maintenance contracts: supervisors register them and version their SLA on the ledger; supervisors
 * read every contract, contractors their own company's.
 */
@RestController
@RequestMapping("/api/v1/contracts")
@Tag(name = "contracts")
class ContractController {
  private final LedgerWrites writes;
  private final ContractRepository repository;

  ContractController(LedgerWrites writes, ContractRepository repository) {
    this.writes = writes;
    this.repository = repository;
  }

  @PostMapping
  @Operation(summary = "Register a maintenance contract with its SLA terms (supervisors)")
  @CreatesRecord
  ResponseEntity<Written<JsonNode>> register(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestBody ContractRequest request) {
    request.validated();
    return writes.created(person, Transactions.REGISTER_CONTRACT, writes.json(request));
  }

  @PutMapping("/{id}/sla")
  @Operation(
      summary = "Replace the SLA terms (supervisors)",
      description = "slaVersion + 1; open tickets keep their deadlines.")
  ResponseEntity<Written<JsonNode>> updateSla(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @PathVariable String id,
      @RequestBody Sla request) {
    request.validated("sla");
    return writes.ok(person, Transactions.UPDATE_CONTRACT_SLA, id, writes.json(request));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A contract from the index")
  ObjectNode find(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person, @PathVariable String id) {
    return visible(person, id).view();
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "Every version of a contract, from the ledger")
  @VersionHistory
  JsonNode history(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person, @PathVariable String id) {
    visible(person, id);
    return writes.evaluate(person, Transactions.CONTRACT_HISTORY, id);
  }

  private IndexedContract visible(Person person, String id) {
    return repository
        .find(id)
        .filter(c -> Scope.of(person).seesContract(c.company()))
        .orElseThrow(() -> new CodedException(ErrorCode.CONTRACT_NOT_FOUND, "no contract " + id));
  }
}
