package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.fitledger.gateway.ledger.Endorsers.AUTHORITY;
import static org.fitledger.gateway.ledger.Endorsers.CONTRACTOR;
import static org.fitledger.gateway.ledger.Endorsers.PATROL;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Endorsement matches accountability: submitted with the fabric-gateway client directly (so the
 * REST gateway's choice of endorsers cannot help), a transaction endorsed by the wrong
 * organizations is ordered but committed as invalid (ENDORSEMENT_POLICY_FAILURE) and changes
 * nothing, on the ledger or in the index; endorsed by the right ones it commits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndorsementPolicyIT {
  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private LiveFabric fabric;
  private TicketFixtures tickets;

  @BeforeAll
  void connect() {
    fabric = LiveFabric.fromEnvironment();
    tickets = new TicketFixtures(gateway, "GREENFIX", "contractor2");
  }

  @AfterAll
  void close() throws InterruptedException {
    fabric.close();
  }

  @Test
  void an_acknowledgement_endorsed_by_authority_and_patrol_is_invalid_and_changes_nothing()
      throws Exception {
    String ticket = tickets.open("MAJOR");
    JsonNode indexedBefore = tickets.indexed(ticket);
    JsonNode ledgerBefore = TicketFixtures.onLedger(ticket);
    String body = "{\"note\":\"endorsed by the wrong orgs\"}";

    try (Gateway contractor1 = fabric.connect("contractor1", CONTRACTOR)) {
      Transaction endorsed =
          fabric
              .contract(contractor1)
              .newProposal("acknowledgeTicket")
              .addArguments(ticket, body)
              .setEndorsingOrganizations(AUTHORITY, PATROL)
              .build()
              .endorse();
      // Both peers ran the chaincode, which accepts contractor1 of the assigned company.
      assertThat(fabric.answer(endorsed).get("state").asString()).isEqualTo("ACKNOWLEDGED");

      CommitException refused = catchThrowableOfType(CommitException.class, endorsed::submit);

      assertThat(refused).as("the commit of %s", endorsed.getTransactionId()).isNotNull();
      assertThat(refused.getCode()).isEqualTo(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);
      assertThat(refused.getTransactionId()).isEqualTo(endorsed.getTransactionId());
      System.out.println("wrong endorsers (acknowledge): " + refused.getMessage());
      awaitIndexPastEarlierBlocks();
      assertThat(TicketFixtures.onLedger(ticket)).isEqualTo(ledgerBefore);
      assertThat(tickets.indexed(ticket)).isEqualTo(indexedBefore);
      LedgerCli.Result history = LedgerCli.query("authority", "ticketHistory", ticket);
      assertThat(history.exitCode()).as(history.output()).isZero();
      assertThat(history.output()).doesNotContain(endorsed.getTransactionId());

      Transaction rightly =
          fabric
              .contract(contractor1)
              .newProposal("acknowledgeTicket")
              .addArguments(ticket, body)
              .setEndorsingOrganizations(AUTHORITY, CONTRACTOR)
              .build()
              .endorse();
      rightly.submit();

      JsonNode ledgerAfter = TicketFixtures.onLedger(ticket);
      assertThat(ledgerAfter.get("state").asString()).isEqualTo("ACKNOWLEDGED");
      assertThat(ledgerAfter.get("txId").asString()).isEqualTo(rightly.getTransactionId());
      awaitIndexPastEarlierBlocks();
      assertThat(LiveGateway.ledgerRecord(tickets.indexed(ticket))).isEqualTo(ledgerAfter);
    }
  }

  @Test
  void a_patrol_endorsed_by_authority_and_contractor_is_invalid_and_absent() throws Exception {
    String equipmentId = tickets.equipment();
    String patrolId = UUID.randomUUID().toString();

    try (Gateway inspector1 = fabric.connect("inspector1", PATROL)) {
      Contract contract = fabric.contract(inspector1);
      Transaction endorsed =
          contract
              .newProposal("recordPatrol")
              .addArguments(LiveGateway.patrol(patrolId, equipmentId))
              .setEndorsingOrganizations(AUTHORITY, CONTRACTOR)
              .build()
              .endorse();
      assertThat(fabric.answer(endorsed).get("id").asString()).isEqualTo(patrolId);

      CommitException refused = catchThrowableOfType(CommitException.class, endorsed::submit);

      assertThat(refused).as("the commit of %s", endorsed.getTransactionId()).isNotNull();
      assertThat(refused.getCode()).isEqualTo(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);
      System.out.println("wrong endorsers (patrol): " + refused.getMessage());
    }
    LedgerCli.Result patrol = LedgerCli.query("authority", "readPatrol", patrolId);
    assertThat(patrol.exitCode()).isNotZero();
    assertThat(patrol.output()).contains("PATROL_NOT_FOUND");
    LedgerCli.Result ticket = LedgerCli.query("patrol", "readTicket", patrolId + "-0");
    assertThat(ticket.exitCode()).isNotZero();
    assertThat(ticket.output()).contains("TICKET_NOT_FOUND");
    awaitIndexPastEarlierBlocks();
    HttpResponse<String> indexed = gateway.get("supervisor1", "api/v1/patrols/" + patrolId);
    assertThat(indexed.statusCode()).as(indexed.body()).isEqualTo(404);
    HttpResponse<String> indexedTicket =
        gateway.get("supervisor1", "api/v1/tickets/" + patrolId + "-0");
    assertThat(indexedTicket.statusCode()).as(indexedTicket.body()).isEqualTo(404);
    JsonNode equipment =
        LiveGateway.json(gateway.get("supervisor1", "api/v1/equipment/" + equipmentId));
    assertThat(equipment.get("status").asString()).isEqualTo("IN_SERVICE");
  }

  /**
   * A REST write answers only once the index has projected its block; the indexer follows the
   * blocks in order, so afterwards it has seen every earlier block, invalid transactions included.
   */
  private void awaitIndexPastEarlierBlocks() {
    gateway.freshEquipment(tickets.site());
  }
}
