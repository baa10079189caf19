package org.fitledger.gateway.audit;

import java.util.Arrays;
import java.util.List;
import org.fitledger.model.ticket.StepAction;

/**
 * The ticket steps the SLA drill-down lists, by their API name, with the ledger's step action and
 * the deadline column they are measured against (none for the inspector's verdicts).
 *
 * <p>{@code SlaStep.named("makeSafe")} is {@code MAKE_SAFE}, measured against {@code
 * make_safe_deadline}.
 */
public enum SlaStep {
  ACKNOWLEDGE("acknowledge", StepAction.ACKNOWLEDGE, "t.acknowledge_deadline"),
  MAKE_SAFE("makeSafe", StepAction.MAKE_SAFE, "t.make_safe_deadline"),
  REPAIR("repair", StepAction.REPAIR, "t.repair_deadline"),
  VERIFY("verify", StepAction.ACCEPT, null),
  REJECT("reject", StepAction.REJECT, null);

  private final String apiName;
  private final StepAction action;
  private final String deadlineColumn;

  SlaStep(String apiName, StepAction action, String deadlineColumn) {
    this.apiName = apiName;
    this.action = action;
    this.deadlineColumn = deadlineColumn;
  }

  /** The name in the API, e.g. {@code makeSafe}. */
  String apiName() {
    return apiName;
  }

  /** The step's action on the ledger, e.g. {@code MAKE_SAFE}. */
  String action() {
    return action.name();
  }

  /** The SQL of its deadline on tickets {@code t}, or null. */
  String deadlineColumn() {
    return deadlineColumn;
  }

  /** Every API name. */
  static List<String> apiNames() {
    return Arrays.stream(values()).map(SlaStep::apiName).toList();
  }

  /** The step of an API name. */
  static SlaStep named(String apiName) {
    return Arrays.stream(values())
        .filter(s -> s.apiName.equals(apiName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no step " + apiName));
  }

  /** The step of a ledger action, e.g. {@code ACCEPT}. */
  static SlaStep ofAction(String action) {
    return Arrays.stream(values())
        .filter(s -> s.action().equals(action))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no step for action " + action));
  }
}
