package org.fitledger.gateway.ticket;

import java.util.List;
import org.fitledger.gateway.index.RecordJson;
import tools.jackson.databind.JsonNode;

/**
 * A ticket's contractor steps counted from its record: how many acknowledgements, make-safe steps
 * and repairs it has, how many of each met their deadline (as the chaincode recorded when the step
 * was taken), and the ledger times of the first acknowledgement and the first repair.
 *
 * <p>{@code StepTally.of(ticket.get("steps")).repairs()} is 2 for a repair redone after a
 * rejection.
 *
 * @param acknowledgements the ACKNOWLEDGE steps
 * @param acknowledgementsOnTime those on time
 * @param madeSafe the MAKE_SAFE steps
 * @param madeSafeOnTime those on time
 * @param repairs the REPAIR steps
 * @param repairsOnTime those on time
 * @param firstAcknowledgedAt the first ACKNOWLEDGE step's time, or null
 * @param firstRepairedAt the first REPAIR step's time, or null
 */
record StepTally(
    int acknowledgements,
    int acknowledgementsOnTime,
    int madeSafe,
    int madeSafeOnTime,
    int repairs,
    int repairsOnTime,
    String firstAcknowledgedAt,
    String firstRepairedAt) {

  private static final List<String> KINDS = List.of("ACKNOWLEDGE", "MAKE_SAFE", "REPAIR");

  /** Counts the steps of a ticket record's {@code steps} array (null counts nothing). */
  static StepTally of(JsonNode steps) {
    int[] done = new int[3];
    int[] onTime = new int[3];
    String firstAcknowledged = null;
    String firstRepaired = null;
    Iterable<JsonNode> all = steps == null ? List.of() : steps;
    for (JsonNode step : all) {
      String action = RecordJson.text(step, "action");
      int kind = KINDS.indexOf(action);
      if (kind < 0) {
        continue;
      }
      done[kind]++;
      onTime[kind] += RecordJson.flag(step, "onTime") ? 1 : 0;
      if (kind == 0 && firstAcknowledged == null) {
        firstAcknowledged = RecordJson.text(step, "at");
      }
      if (kind == 2 && firstRepaired == null) {
        firstRepaired = RecordJson.text(step, "at");
      }
    }
    return new StepTally(
        done[0],
        onTime[0],
        done[1],
        onTime[1],
        done[2],
        onTime[2],
        firstAcknowledged,
        firstRepaired);
  }
}
