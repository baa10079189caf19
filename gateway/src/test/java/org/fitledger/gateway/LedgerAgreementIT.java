package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's reads, served from PostgreSQL, equal the ledger read without the gateway. */
class LedgerAgreementIT {
  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @Test
  void a_patrol_read_through_the_gateway_equals_the_peer_cli_query() throws Exception {
    String equipmentId = gateway.freshEquipment();
    String id = UUID.randomUUID().toString();
    HttpResponse<String> created =
        gateway.post("inspector1", "api/v1/patrols", LiveGateway.patrol(id, equipmentId));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    HttpResponse<String> indexed = gateway.get("supervisor1", "api/v1/patrols/" + id);
    LedgerCli.Result ledger = LedgerCli.query("patrol", "readPatrol", id);

    assertThat(indexed.statusCode()).as(indexed.body()).isEqualTo(200);
    assertThat(ledger.exitCode()).as(ledger.output()).isZero();
    assertThat(LiveGateway.ledgerRecord(LiveGateway.json(indexed)))
        .isEqualTo(JsonMapper.shared().readTree(ledger.output()));
  }

  @Test
  void a_refused_contractor_patrol_is_absent_from_the_ledger() throws Exception {
    String equipmentId = gateway.freshEquipment();
    String id = UUID.randomUUID().toString();

    HttpResponse<String> denied =
        gateway.post("contractor1", "api/v1/patrols", LiveGateway.patrol(id, equipmentId));
    LedgerCli.Result ledger = LedgerCli.query("authority", "readPatrol", id);

    assertThat(denied.statusCode()).as(denied.body()).isEqualTo(403);
    assertThat(ledger.exitCode()).isNotZero();
    assertThat(ledger.output()).contains("PATROL_NOT_FOUND");
  }
}
