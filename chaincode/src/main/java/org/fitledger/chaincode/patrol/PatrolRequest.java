package org.fitledger.chaincode.patrol;

import java.util.Arrays;
import org.fitledger.chaincode.shared.Validation;

/**
 * What an inspector sends to record a patrol: {@code {"id","equipmentId","condition","note"}}.
 *
 * @param id the client-chosen patrol id (a UUID from the phone) that makes retries idempotent
 * @param equipmentId the inspected equipment
 * @param condition {@code OK} or {@code DEFECT}
 * @param note free text, at most 1000 characters; absent means empty
 */
public record PatrolRequest(String id, String equipmentId, String condition, String note) {
  static final int MAX_NOTE = 1000;

  /** Returns this request after checking every field, or throws {@code INVALID_INPUT}. */
  PatrolRequest validated() {
    return new PatrolRequest(
        Validation.id("id", id),
        Validation.id("equipmentId", equipmentId),
        parseCondition().name(),
        Validation.optionalText("note", note, MAX_NOTE));
  }

  Condition parseCondition() {
    return Arrays.stream(Condition.values())
        .filter(value -> value.name().equals(condition))
        .findFirst()
        .orElseThrow(
            () ->
                Validation.invalid(
                    "condition must be one of " + Arrays.toString(Condition.values())));
  }
}
