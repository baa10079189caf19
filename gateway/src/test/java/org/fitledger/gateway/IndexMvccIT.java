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
 * acknowledgements of one ticket) never reach the index: the ticket holds one acknowledgement, the
 * one that committed, and verification finds the index equal to the ledger.
 */
class IndexMvccIT {
  private static final int CONCURRENT = 8;
  private static final int MAX_ROUNDS = 10;

  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private final TicketFixtures tickets = new TicketFixtures(gateway, "GREENFIX", "contractor1");

  @Test
  void conflicting_transitions_committed_as_invalid_never_appear_in_the_index() throws Exception {
    List<String> invalidTransactions = new ArrayList<>();
    for (int round = 0; round < MAX_ROUNDS && invalidTransactions.isEmpty(); round++) {
      String ticket = tickets.open("MAJOR");
      List<HttpResponse<String>> answers = acknowledgeAtOnce(ticket);

      List<HttpResponse<String>> accepted =
          answers.stream().filter(a -> a.statusCode() == 200).toList();
      assertThat(accepted).as("exactly one acknowledgement commits").hasSize(1);
      for (HttpResponse<String> answer : answers) {
        if (answer.statusCode() == 200) {
          continue;
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        JsonNode error = LiveGateway.json(answer);
        assertThat(error.get("code").asString()).isIn("COMMIT_FAILED", "INVALID_TRANSITION");
        if (error.get("code").asString().equals("COMMIT_FAILED")) {
          assertThat(error.get("message").asString()).contains("MVCC_READ_CONFLICT");
          invalidTransactions.add(error.get("transactionId").asString());
        }
      }

      String committed = LiveGateway.json(accepted.get(0)).get("transactionId").asString();
      JsonNode indexed = tickets.indexed(ticket);
      List<String> acknowledgements = new ArrayList<>();
      for (JsonNode step : indexed.get("steps")) {
        if (step.get("action").asString().equals("ACKNOWLEDGE")) {
          acknowledgements.add(step.get("txId").asString());
        }
      }
      assertThat(acknowledgements).containsExactly(committed);
      assertThat(indexed.get("state").asString()).isEqualTo("ACKNOWLEDGED");
    }
    assertThat(invalidTransactions)
        .as("concurrent acknowledgements produced at least one MVCC conflict")
        .isNotEmpty();

    HttpResponse<String> verified = gateway.get("supervisor1", "api/v1/audit/verify");
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    JsonNode report = LiveGateway.json(verified);
    assertThat(report.get("mismatches").toString()).isEqualTo("[]");
    assertThat(report.get("ok").asBoolean()).isTrue();
    assertThat(report.toString()).doesNotContain(invalidTransactions.get(0));
  }

  private List<HttpResponse<String>> acknowledgeAtOnce(String ticket) throws Exception {
    CyclicBarrier start = new CyclicBarrier(CONCURRENT);
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < CONCURRENT; i++) {
        calls.add(
            pool.submit(
                () -> {
                  start.await();
                  return gateway.post(
                      "contractor1",
                      "api/v1/tickets/" + ticket + "/acknowledgement",
                      "{\"note\":\"on our way\"}");
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
