package org.fitledger.gateway.equipment;

import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.error.ErrorCode;
import org.fitledger.gateway.index.IndexProgress;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.web.Written;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Registers equipment on the ledger and reads it from the index. */
@RestController
@RequestMapping("/api/v1/equipment")
class EquipmentController {
  private final LedgerPort ledger;
  private final EquipmentRepository repository;
  private final IndexProgress progress;
  private final JsonMapper json;
  private final ObjectReader reader;

  EquipmentController(
      LedgerPort ledger, EquipmentRepository repository, IndexProgress progress, JsonMapper json) {
    this.ledger = ledger;
    this.repository = repository;
    this.progress = progress;
    this.json = json;
    this.reader =
        json.readerFor(Equipment.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  @PostMapping
  ResponseEntity<Written<Equipment>> register(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person, @RequestBody NewEquipment request) {
    Submitted submitted =
        ledger.submit(person, "registerEquipment", json.writeValueAsString(request));
    Equipment equipment = reader.readValue(submitted.result());
    progress.awaitProjected(submitted.blockNumber());
    return ResponseEntity.created(
            ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(equipment.id())
                .toUri())
        .body(new Written<>(submitted.transactionId(), submitted.blockNumber(), equipment));
  }

  @GetMapping("/{id}")
  EquipmentView find(@PathVariable String id) {
    return repository
        .find(id)
        .orElseThrow(() -> new CodedException(ErrorCode.EQUIPMENT_NOT_FOUND, "no equipment " + id));
  }
}
