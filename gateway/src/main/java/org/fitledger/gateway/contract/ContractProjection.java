package org.fitledger.gateway.contract;

import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.index.RecordProjection;
import org.fitledger.model.contract.MaintenanceContract;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Writes {@code contract} records into table {@code contracts}. */
@Component
class ContractProjection implements RecordProjection {
  private final ContractRepository repository;

  ContractProjection(ContractRepository repository) {
    this.repository = repository;
  }

  @Override
  public String kind() {
    return "contract";
  }

  @Override
  public void project(JsonNode record, LedgerEvent event) {
    repository.upsert(
        RecordJson.decode(record, MaintenanceContract.class),
        RecordJson.write(record),
        event.blockNumber());
  }
}
