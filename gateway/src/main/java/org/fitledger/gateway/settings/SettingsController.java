package org.fitledger.gateway.settings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.web.Written;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.ledger.Transactions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The ledger's settings: the location tolerance of inspections. */
@RestController
@RequestMapping("/api/v1/settings")
@Tag(name = "settings")
class SettingsController {
  private final LedgerWrites writes;

  SettingsController(LedgerWrites writes) {
    this.writes = writes;
  }

  @GetMapping
  @Operation(summary = "The settings, read from the ledger (tolerance 100 m when never set)")
  JsonNode read(@RequestAttribute(CurrentPerson.ATTRIBUTE) Person person) {
    return writes.evaluate(person, Transactions.READ_SETTINGS);
  }

  @PutMapping("/location-tolerance")
  @Operation(summary = "Set the location tolerance in meters, 1..10000 (supervisors)")
  ResponseEntity<Written<JsonNode>> setLocationTolerance(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestBody LocationTolerance request) {
    if (request.meters() == null) {
      throw new CodedException(ErrorCode.INVALID_INPUT, "meters is required");
    }
    return writes.ok(person, Transactions.SET_LOCATION_TOLERANCE, String.valueOf(request.meters()));
  }
}
