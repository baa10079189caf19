package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Transactions that the peers commit as invalid (MVCC read conflicts, forced by concurrent
 * acknowledgements of one ticket from several phones) never reach the index: the index lists them
 * as skipped with their validation code, the ticket holds one acknowledgement, the one that
 * committed, and verification finds the index equal to the ledger.
 */
class IndexMvccIT {
  private static final int CONCURRENT = 8;
  private static final int MAX_ROUNDS = 10;

  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private final TicketFixtures tickets = new TicketFixtures(gateway, "GREENFIX", "contractor1");

  @Test
  void conflicting_transitions_committed_as_invalid_never_appear_in_the_index() throws Exception {
    long fromBlock = indexedBlock();
    List<JsonNode> conflicts = new ArrayList<>();
    List<String> committedSteps = new ArrayList<>();
    for (int round = 0; round < MAX_ROUNDS && conflicts.isEmpty(); round++) {
      String ticket = tickets.open("MAJOR");
      List<HttpResponse<String>> answers = acknowledgeAtOnce(ticket);

      // The gateway proposes a transaction that lost a read conflict again; on the new state the
      // acknowledgement is refused as out of order. Exactly one commits.
      List<HttpResponse<String>> accepted =
          answers.stream().filter(a -> a.statusCode() == 200).toList();
      assertThat(accepted).as("exactly one acknowledgement commits").hasSize(1);
      for (HttpResponse<String> answer : answers) {
        if (answer.statusCode() != 200) {
          assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
          assertThat(LiveGateway.json(answer).get("code").asString())
              .isIn("INVALID_TRANSITION", "COMMIT_FAILED");
        }
      }
      String committed = LiveGateway.json(accepted.get(0)).get("txId").asString();
      committedSteps.add(committed);
      JsonNode indexed = tickets.indexed(ticket);
      List<String> acknowledgements = new ArrayList<>();
      for (JsonNode step : indexed.get("steps")) {
        if (step.get("action").asString().equals("ACKNOWLEDGE")) {
          acknowledgements.add(step.get("txId").asString());
        }
      }
      assertThat(acknowledgements).containsExactly(committed);
      assertThat(indexed.get("state").asString()).isEqualTo("ACKNOWLEDGED");
      conflicts = readConflictsSince(fromBlock);
    }
    assertThat(conflicts)
        .as("concurrent acknowledgements were committed as MVCC read conflicts")
        .isNotEmpty();
    assertThat(conflicts)
        .extracting(c -> c.get("txId").asString())
        .doesNotContainAnyElementsOf(committedSteps);

    HttpResponse<String> verified = gateway.get("supervisor1", "api/v1/audit/verify");
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    JsonNode report = LiveGateway.json(verified);
    // verification would name an indexed transaction the ledger does not hold as valid
    assertThat(report.get("mismatches").toString()).isEqualTo("[]");
    assertThat(report.get("ok").asBoolean()).isTrue();
  }

  private long indexedBlock() {
    return gateway.indexHealth().path("indexedBlock").asLong();
  }

  private List<JsonNode> readConflictsSince(long fromBlock) {
    HttpResponse<String> skipped =
        gateway.get(
            "supervisor1",
            "api/v1/audit/invalid-transactions?limit=1000&fromBlock=" + (fromBlock + 1));
    assertThat(skipped.statusCode()).as(skipped.body()).isEqualTo(200);
    List<JsonNode> conflicts = new ArrayList<>();
    for (JsonNode transaction : LiveGateway.json(skipped)) {
      if (transaction.get("validationCode").asString().equals("MVCC_READ_CONFLICT")) {
        conflicts.add(transaction);
      }
    }
    return conflicts;
  }

  private List<HttpResponse<String>> acknowledgeAtOnce(String ticket) throws Exception {
    String token = gateway.token("contractor1");
    CyclicBarrier start = new CyclicBarrier(CONCURRENT);
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < CONCURRENT; i++) {
        // A note of its own per phone: the same step sent twice by one phone would be answered as
        // the step that committed (a retry), not refused.
        String body = "{\"note\":\"on our way, phone " + i + "\"}";
        calls.add(
            pool.submit(
                () -> {
                  start.await();
                  return gateway.postWithBearer(
                      "contractor1", token, "api/v1/tickets/" + ticket + "/acknowledgement", body);
                }));
      }
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> call : calls) {
        answers.add(call.get());
      }
      return answers;
    } finally {
      pool.shutdown();
    }
  }
}
