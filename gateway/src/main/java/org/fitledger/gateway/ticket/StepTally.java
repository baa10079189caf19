package org.fitledger.gateway.ticket;

import java.util.List;
import org.fitledger.model.ticket.Step;
import org.fitledger.model.ticket.StepAction;

/**
 * A ticket's contractor steps counted from its record: how many acknowledgements, make-safe steps
 * and repairs it has, how many of each met their deadline (as the chaincode recorded when the step
 * was taken), and the ledger times of the first acknowledgement and the first repair.
 *
 * <p>{@code StepTally.of(ticket.steps()).repairs()} is 2 for a repair redone after a rejection.
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

  private static final List<StepAction> KINDS =
      List.of(StepAction.ACKNOWLEDGE, StepAction.MAKE_SAFE, StepAction.REPAIR);

  /** Counts the steps of a ticket. */
  static StepTally of(List<Step> steps) {
    int[] done = new int[3];
    int[] onTime = new int[3];
    String firstAcknowledged = null;
    String firstRepaired = null;
    for (Step step : steps) {
      int kind = KINDS.indexOf(step.action());
      if (kind < 0) {
        continue;
      }
      done[kind]++;
      onTime[kind] += Boolean.TRUE.equals(step.onTime()) ? 1 : 0;
      if (kind == 0 && firstAcknowledged == null) {
        firstAcknowledged = step.at();
      }
      if (kind == 2 && firstRepaired == null) {
        firstRepaired = step.at();
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
