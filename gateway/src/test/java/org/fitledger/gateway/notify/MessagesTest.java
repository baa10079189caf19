package org.fitledger.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static Notice notice(NotificationKind kind, String step, String due) {
    return new Notice(
        kind,
        "T-7",
        "EQ-3",
        "Riverside park",
        "SH/PD/C01",
        "MAJOR",
        "MECHANICAL",
        "GREENFIX",
        step,
        due,
        "2026-11-21T10:00:00Z");
  }

  @Test
  void an_assignment_names_ticket_and_company_in_english_and_chinese() {
    Messages.Message message =
        Messages.render(notice(NotificationKind.ASSIGNED, "acknowledge", "2026-11-22T10:00:00Z"));
    assertThat(message.subject())
        .isEqualTo("[FitLedger] Ticket T-7 assigned to GREENFIX / 工单 T-7 已派给 GREENFIX");
    assertThat(message.text())
        .contains("Equipment: EQ-3")
        .contains("Site:      Riverside park (SH/PD/C01)")
        .contains("Next step: acknowledge by 2026-11-22T10:00:00Z")
        .contains("下一步：确认，期限 2026-11-22T10:00:00Z");
  }

  @Test
  void a_repair_asks_the_inspector_to_verify() {
    Messages.Message message =
        Messages.render(notice(NotificationKind.AWAITS_VERIFICATION, "verify", null));
    assertThat(message.subject())
        .isEqualTo("[FitLedger] Repair of ticket T-7 awaits your verification / 工单 T-7 已维修，待您验收");
    assertThat(message.text()).doesNotContain("Next step");
  }

  @Test
  void deadlines_near_and_missed_name_the_step() {
    assertThat(
            Messages.render(notice(NotificationKind.DEADLINE_NEAR, "repair", "2026-11-28Z"))
                .subject())
        .isEqualTo(
            "[FitLedger] Ticket T-7: 80% of the time to repair has passed / 工单 T-7：维修时限已过 80%");
    assertThat(
            Messages.render(notice(NotificationKind.DEADLINE_MISSED, "makeSafe", "2026-11-22Z"))
                .subject())
        .isEqualTo("[FitLedger] Ticket T-7: the deadline to makeSafe was missed / 工单 T-7：安全处置已超时");
  }

  @Property
  void every_kind_renders_a_one_line_subject_that_names_the_ticket(@ForAll NotificationKind kind) {
    Messages.Message message = Messages.render(notice(kind, null, null));
    assertThat(message.subject()).startsWith("[FitLedger] ").contains("T-7").doesNotContain("\n");
    assertThat(message.text()).contains("Ticket:    T-7").contains("工单：T-7");
  }
}
