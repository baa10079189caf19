package org.fitledger.gateway.ticket;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.query.Paged;
import org.fitledger.gateway.web.VersionHistory;
import org.fitledger.gateway.web.Written;
import org.fitledger.gateway.write.CreatesRecord;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.ledger.Transactions;
import org.fitledger.model.ticket.StepRequests;
import org.fitledger.model.ticket.TicketRequest;
import org.springdoc.core.annotations.ParameterObject;
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

/**
 * Fault tickets: opening and every transition of the lifecycle on the ledger, each as the person
 * responsible; reads from the index within the person's scope, histories from the ledger.
 */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "tickets")
class TicketController {
  private final LedgerWrites writes;
  private final TicketRepository repository;
  private final Clock clock = Clock.systemUTC();

  TicketController(LedgerWrites writes, TicketRepository repository) {
    this.writes = writes;
    this.repository = repository;
  }

  @PostMapping
  @Operation(summary = "Open a ticket (supervisors), assigned by the covering contract")
  @CreatesRecord
  ResponseEntity<Written<JsonNode>> open(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestBody TicketRequest request) {
    request.validated();
    return writes.created(person, Transactions.OPEN_TICKET, writes.json(request));
  }

  @PostMapping("/{id}/acknowledgement")
  @Operation(summary = "Acknowledge (assigned company): OPEN -> ACKNOWLEDGED")
  ResponseEntity<Written<JsonNode>> acknowledge(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @PathVariable String id,
      @RequestBody StepRequests.Acknowledge request) {
    request.validated();
    return writes.ok(person, Transactions.ACKNOWLEDGE_TICKET, id, writes.json(request));
  }

  @PostMapping("/{id}/make-safe")
  @Operation(summary = "Make safe (assigned company, CRITICAL): ACKNOWLEDGED -> MADE_SAFE")
  ResponseEntity<Written<JsonNode>> makeSafe(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @PathVariable String id,
      @RequestBody StepRequests.Evidence request) {
    request.validated(0);
    return writes.ok(person, Transactions.MAKE_TICKET_SAFE, id, writes.json(request));
  }

  @PostMapping("/{id}/repair")
  @Operation(summary = "Confirm the repair with 1..10 photo hashes (assigned company): -> REPAIRED")
  ResponseEntity<Written<JsonNode>> confirmRepair(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @PathVariable String id,
      @RequestBody StepRequests.Evidence request) {
    request.validated(1);
    return writes.ok(person, Transactions.CONFIRM_REPAIR, id, writes.json(request));
  }

  @PostMapping("/{id}/verification")
  @Operation(
      summary = "Accept or reject the repair (inspector of the district)",
      description =
          "Accepted: REPAIRED -> CLOSED; rejected (reason required): -> ACKNOWLEDGED,"
              + " rework + 1.")
  ResponseEntity<Written<JsonNode>> verify(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @PathVariable String id,
      @RequestBody StepRequests.Verify request) {
    request.validated();
    return writes.ok(person, Transactions.VERIFY_REPAIR, id, writes.json(request));
  }

  @PostMapping("/{id}/reassignment")
  @Operation(summary = "Reassign to another contract's company (supervisors): -> OPEN")
  ResponseEntity<Written<JsonNode>> reassign(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @PathVariable String id,
      @RequestBody StepRequests.Reassign request) {
    request.validated();
    return writes.ok(person, Transactions.REASSIGN_TICKET, id, writes.json(request));
  }

  @PostMapping("/{id}/cancellation")
  @Operation(summary = "Cancel with a reason (supervisors): -> CANCELLED")
  ResponseEntity<Written<JsonNode>> cancel(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @PathVariable String id,
      @RequestBody StepRequests.Cancel request) {
    request.validated();
    return writes.ok(person, Transactions.CANCEL_TICKET, id, writes.json(request));
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "A ticket from the index, with every step",
      description =
          "The ledger record plus blockNumber; allowedActions, the steps the reader may take now"
              + " (ACKNOWLEDGE, MAKE_SAFE, CONFIRM_REPAIR, VERIFY, REASSIGN, CANCEL); and nextStep,"
              + " the contractor step it waits for with its deadline ({step, deadline}), or null.")
  ObjectNode find(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person, @PathVariable String id) {
    return TicketViews.forReader(visible(person, id).view(), Scope.of(person));
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "Every version of a ticket with its transaction id, from the ledger")
  @VersionHistory
  JsonNode history(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person, @PathVariable String id) {
    visible(person, id);
    return writes.evaluate(person, Transactions.TICKET_HISTORY, id);
  }

  @GetMapping
  @Operation(
      summary = "The tickets one may see, filtered, sorted and one page at a time",
      description =
          "Filters combine: status (comma-separated states), company, district (path prefix),"
              + " overdue, open (true: the tickets still needing work), actionable (true: the"
              + " tickets on which the reader may take a step now, whose allowedActions are not"
              + " empty), equipmentId, period (the tickets opened in it). Each item is the"
              + " ticket as GET /tickets/{id} answers it, plus overdueStep: acknowledge, makeSafe"
              + " or repair while its deadline has passed, else null. sort: openedAt (default),"
              + " acknowledgeDeadline, repairDeadline, severity, or nextDeadline: the deadline of"
              + " the contractor step the ticket waits for (acknowledge while OPEN, make safe"
              + " while a CRITICAL one is ACKNOWLEDGED and not yet made safe, else repair), with"
              + " tickets that wait for no contractor step (REPAIRED, CLOSED, CANCELLED, or"
              + " without a covering contract) last; - sorts descending.")
  Paged<ObjectNode> search(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @ParameterObject TicketSearch.Query query) {
    return repository.search(
        TicketSearch.of(query, clock.instant()), Scope.of(person), clock.instant());
  }

  private IndexedTicket visible(Person person, String id) {
    return repository
        .find(id)
        .filter(t -> Scope.of(person).seesTicket(t.districtPath(), t.company()))
        .orElseThrow(() -> new CodedException(ErrorCode.TICKET_NOT_FOUND, "no ticket " + id));
  }
}
