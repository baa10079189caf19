package org.fitledger.gateway.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.model.ticket.Step;
import org.junit.jupiter.api.Test;

class StepTallyTest {

  private static String step(String action, String at, Boolean onTime) {
    return "{\"action\":\""
        + action
        + "\",\"by\":\"x\",\"at\":\""
        + at
        + "\",\"onTime\":"
        + onTime
        + "}";
  }

  private static List<Step> steps(String json) {
    return List.of(
        RecordJson.decode(RecordJson.read("{\"s\":" + json + "}").get("s"), Step[].class));
  }

  @Test
  void counts_each_contractor_step_and_those_on_time_with_the_first_acknowledgement_and_repair() {
    String steps =
        "["
            + String.join(
                ",",
                step("OPEN", "2026-11-01T00:00:00Z", null),
                step("ACKNOWLEDGE", "2026-11-01T01:00:00Z", true),
                step("MAKE_SAFE", "2026-11-01T05:00:00Z", false),
                step("REPAIR", "2026-11-02T00:00:00Z", true),
                step("REJECT", "2026-11-02T03:00:00Z", null),
                step("REPAIR", "2026-11-05T00:00:00Z", false),
                step("ACCEPT", "2026-11-05T03:00:00Z", null))
            + "]";

    assertThat(StepTally.of(steps(steps)))
        .isEqualTo(new StepTally(1, 1, 1, 0, 2, 1, "2026-11-01T01:00:00Z", "2026-11-02T00:00:00Z"));
  }

  @Test
  void counts_nothing_for_a_ticket_with_no_contractor_step_yet() {
    assertThat(StepTally.of(List.of())).isEqualTo(new StepTally(0, 0, 0, 0, 0, 0, null, null));
    assertThat(StepTally.of(steps("[" + step("OPEN", "2026-11-01T00:00:00Z", null) + "]")))
        .isEqualTo(new StepTally(0, 0, 0, 0, 0, 0, null, null));
  }
}
