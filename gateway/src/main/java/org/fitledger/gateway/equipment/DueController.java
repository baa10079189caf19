package org.fitledger.gateway.equipment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.query.Paged;
import org.fitledger.model.error.ErrorCode;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The patrol app's home screen for inspectors: the equipment in one's districts due for inspection
 * by the end of a day, nearest first. Inspections are the Patrol organization's work within its
 * districts (and supervisors oversee it there), so contractors are refused.
 */
@RestController
@RequestMapping("/api/v1/due-inspections")
@Tag(name = "equipment")
class DueController {
  private final DueRepository repository;
  private final Clock clock = Clock.systemUTC();

  DueController(DueRepository repository) {
    this.repository = repository;
  }

  @GetMapping
  @Operation(
      summary = "The equipment in one's districts due for inspection by the end of a day",
      description =
          "Inspectors and supervisors, within their districts; contractors get 403 ACCESS_DENIED."
              + " A piece not retired is listed when, for a level (all three, or level=), its"
              + " interval has passed since the last inspection that satisfied the level (one"
              + " satisfies its level and every less thorough one; NOT_ACCESSIBLE satisfies"
              + " none), or since its registration, before the end of day on (YYYY-MM-DD, UTC;"
              + " default today in UTC). Each item is the equipment as GET /equipment/{id}"
              + " answers it, plus due: [{level, dueAt, lastInspectedAt}] and, with"
              + " near=<lat>,<lon>, distanceMeters. Nearest first with near, else earliest due"
              + " first; ties by id. district= narrows to a path prefix.")
  Paged<ObjectNode> due(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @ParameterObject DueSearch.Query query) {
    Scope scope = Scope.of(person);
    if (scope.isContractor()) {
      throw new CodedException(
          ErrorCode.ACCESS_DENIED,
          "contractors do not inspect equipment: the due list is for inspectors and supervisors");
    }
    return repository.search(DueSearch.of(query, clock.instant()), scope);
  }
}
