package org.fitledger.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.fitledger.gateway.ledger.OrgPeer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class BlockProjectorTest {
  private static final String TX = "c".repeat(64);

  private final List<String> projected = new ArrayList<>();

  private RecordProjection recording(String kind) {
    return new RecordProjection() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public void project(JsonNode record, LedgerEvent event) {
        projected.add(kind + ":" + RecordJson.text(record, "id") + "@" + event.blockNumber());
      }
    };
  }

  private BlockProjector projector() {
    NetworkConfig network =
        new NetworkConfig(
            "maintenance",
            "fitledger",
            Map.of("AuthorityMSP", new OrgPeer("127.0.0.1:7051", "peer0", Path.of("ca.pem"))));
    return new BlockProjector(
        mock(TransactionTemplate.class),
        mock(IndexCheckpoint.class),
        mock(IndexJournal.class),
        network,
        List.of(recording("patrol"), recording("ticket"), recording("equipment")));
  }

  private static LedgerEvent event(String name, String payload) {
    return new LedgerEvent(12, TX, "fitledger", name, payload);
  }

  @Test
  void hands_each_record_of_a_transaction_to_the_projection_of_its_kind_in_write_order() {
    projector()
        .project(
            event(
                "PatrolRecorded",
                "{\"changes\":[{\"kind\":\"patrol\",\"record\":{\"id\":\"p-1\"}},"
                    + "{\"kind\":\"ticket\",\"record\":{\"id\":\"p-1-0\"}},"
                    + "{\"kind\":\"ticket\",\"record\":{\"id\":\"p-1-2\"}}]}"));

    assertThat(projected).containsExactly("patrol:p-1@12", "ticket:p-1-0@12", "ticket:p-1-2@12");
  }

  @Test
  void skips_a_kind_without_projection_and_goes_on_with_the_rest() {
    projector()
        .project(
            event(
                "ContractRegistered",
                "{\"changes\":[{\"kind\":\"invoice\",\"record\":{\"id\":\"i-1\"}},"
                    + "{\"kind\":\"equipment\",\"record\":{\"id\":\"eq-1\"}}]}"));

    assertThat(projected).containsExactly("equipment:eq-1@12");
  }

  @Test
  void skips_an_event_of_the_walking_skeletons_chaincode() {
    projector().project(event("EquipmentRegistered", "{\"id\":\"eq-1\",\"type\":\"bar\"}"));

    assertThat(projected).isEmpty();
  }
}
