package org.fitledger.gateway.patrol;

import java.util.List;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.index.RecordProjection;
import org.fitledger.model.patrol.Patrol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Writes each {@code patrol} record, read as the model's {@link Patrol}, into tables {@code
 * patrols}, {@code inspections} and evidence, and what it adds to the coverage and diligence
 * tables.
 */
@Component
public class PatrolProjection implements RecordProjection {
  private final PatrolRepository repository;

  PatrolProjection(PatrolRepository repository) {
    this.repository = repository;
  }

  /**
   * The projection writing through a client of one's own, exactly as the indexer runs it: for bulk
   * loads of ledger records outside the indexer, such as the audit benchmark's.
   */
  public static RecordProjection over(JdbcClient jdbc) {
    return new PatrolProjection(new PatrolRepository(jdbc));
  }

  @Override
  public String kind() {
    return "patrol";
  }

  @Override
  public void project(JsonNode record, LedgerEvent event) {
    projectAll(List.of(new Written(record, event)));
  }

  @Override
  public void projectAll(List<Written> written) {
    repository.upsertAll(
        written.stream()
            .map(
                w ->
                    new PatrolRepository.Stored(
                        w.as(Patrol.class), RecordJson.write(w.record()), w.event().blockNumber()))
            .toList());
  }
}
