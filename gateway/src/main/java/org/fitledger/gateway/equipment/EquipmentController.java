package org.fitledger.gateway.equipment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.query.PageRequest;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.web.VersionHistory;
import org.fitledger.gateway.web.Written;
import org.fitledger.gateway.write.CreatesRecord;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.model.equipment.EquipmentRequest;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.ledger.Transactions;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The equipment registry: supervisors register, update and retire equipment on the ledger; reads
 * come from the index, limited to the person's scope, and histories from the ledger.
 */
@RestController
@RequestMapping("/api/v1/equipment")
@Tag(name = "equipment")
class EquipmentController {
  private final LedgerWrites writes;
  private final EquipmentRepository repository;

  EquipmentController(LedgerWrites writes, EquipmentRepository repository) {
    this.writes = writes;
    this.repository = repository;
  }

  @PostMapping
  @Operation(summary = "Register a piece of equipment (supervisors, in their districts)")
  @CreatesRecord
  ResponseEntity<Written<JsonNode>> register(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestBody EquipmentRequest request) {
    request.validated();
    return writes.created(person, Transactions.REGISTER_EQUIPMENT, writes.json(request));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Update a piece of equipment that is not retired (supervisors)")
  ResponseEntity<Written<JsonNode>> update(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @PathVariable String id,
      @RequestBody EquipmentRequest request) {
    if (request.id() != null && !request.id().equals(id)) {
      throw new CodedException(
          ErrorCode.INVALID_INPUT, "the body's id " + request.id() + " is not the path's " + id);
    }
    EquipmentRequest named = request.withId(id);
    named.validated();
    return writes.ok(person, Transactions.UPDATE_EQUIPMENT, writes.json(named));
  }

  @PostMapping("/{id}/retirement")
  @Operation(summary = "Retire a piece of equipment without open tickets (supervisors)")
  ResponseEntity<Written<JsonNode>> retire(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @PathVariable String id,
      @RequestBody Retirement request) {
    return writes.ok(
        person,
        Transactions.RETIRE_EQUIPMENT,
        id,
        request.reason() == null ? "" : request.reason());
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "A piece of equipment from the index, with its derived status",
      description =
          "The ledger record plus status (IN_SERVICE, OUT_OF_SERVICE, RETIRED), openTickets,"
              + " blockNumber, and allowedActions: what the reader may do with it now (INSPECT,"
              + " OPEN_TICKET, UPDATE, RETIRE).")
  ObjectNode find(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person, @PathVariable String id) {
    return visible(person, id).viewFor(Scope.of(person));
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "Every version of a piece of equipment, from the ledger")
  @VersionHistory
  JsonNode history(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person, @PathVariable String id) {
    visible(person, id);
    return writes.evaluate(person, Transactions.EQUIPMENT_HISTORY, id);
  }

  @GetMapping("/{id}/inspections")
  @Operation(
      summary = "The inspections of a piece of equipment, newest first, one page at a time",
      description =
          "For whoever may see the equipment (else 404 as GET /equipment/{id}). Each item is the"
              + " inspection as its patrol stored it (level, condition, checklist, notes,"
              + " photoHashes, gps, observedAt, defect, distanceMeters, withinTolerance), with"
              + " patrolId, inspector, inspectorMsp, and the patrol's ledger time recordedAt,"
              + " txId and blockNumber. Newest by ledger time first.")
  Paged<ObjectNode> inspections(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @PathVariable String id,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    PageRequest request = PageRequest.parse(page, size);
    visible(person, id);
    return repository.inspections(id, request);
  }

  @GetMapping
  @Operation(
      summary = "The equipment one may see, by district and status, one page at a time",
      description =
          "district is a path prefix such as SH/PD; status is IN_SERVICE, OUT_OF_SERVICE or"
              + " RETIRED; sort is id (default) or site, - for descending.")
  Paged<ObjectNode> search(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @ParameterObject EquipmentSearch.Query query) {
    return repository.search(EquipmentSearch.of(query), Scope.of(person));
  }

  private IndexedEquipment visible(Person person, String id) {
    return repository
        .find(id)
        .filter(e -> Scope.of(person).seesEquipment(e.districtPath(), e.ticketCompanies()))
        .orElseThrow(() -> new CodedException(ErrorCode.EQUIPMENT_NOT_FOUND, "no equipment " + id));
  }
}
