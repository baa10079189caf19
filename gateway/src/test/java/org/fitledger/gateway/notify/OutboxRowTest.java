package org.fitledger.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutboxRowTest {
  private static final Notice ASSIGNED =
      new Notice(
          NotificationKind.ASSIGNED,
          "T-1",
          "EQ-1",
          "park",
          "SH/PD",
          "MAJOR",
          "MECHANICAL",
          "GREENFIX",
          "acknowledge",
          "2026-11-22T10:00:00Z",
          "2026-11-21T10:00:00Z");

  @Test
  void the_same_notification_always_has_the_same_id_and_each_channel_and_person_its_own() {
    assertThat(OutboxRow.idOf("ticket:T-1:step:0", "contractor1", Channel.EMAIL))
        .isEqualTo(OutboxRow.idOf("ticket:T-1:step:0", "contractor1", Channel.EMAIL));
    assertThat(
            Set.of(
                OutboxRow.idOf("ticket:T-1:step:0", "contractor1", Channel.EMAIL),
                OutboxRow.idOf("ticket:T-1:step:0", "contractor1", Channel.WEBHOOK),
                OutboxRow.idOf("ticket:T-1:step:0", "contractor2", Channel.EMAIL),
                OutboxRow.idOf("ticket:T-1:step:1", "contractor1", Channel.EMAIL)))
        .hasSize(4);
  }

  @Test
  void writes_a_row_per_channel_for_those_who_asked_for_the_kind_only() {
    Map<String, Preferences> preferences =
        Map.of(
            "contractor1",
                new Preferences(
                    "c1@example.com",
                    "https://example.com/h",
                    null,
                    Set.of(NotificationKind.ASSIGNED)),
            "contractor2",
                new Preferences(
                    "c2@example.com", null, null, Set.of(NotificationKind.DEADLINE_MISSED)),
            "contractor3",
                new Preferences(
                    null, "https://example.com/3", null, Set.of(NotificationKind.ASSIGNED)));
    List<OutboxRow> rows =
        OutboxRow.rows(
            "ticket:T-1:step:0",
            ASSIGNED,
            List.of("contractor1", "contractor2", "contractor3", "contractor4"),
            preferences);
    assertThat(rows)
        .extracting(OutboxRow::recipient, OutboxRow::channel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("contractor1", Channel.EMAIL),
            org.assertj.core.groups.Tuple.tuple("contractor1", Channel.WEBHOOK),
            org.assertj.core.groups.Tuple.tuple("contractor3", Channel.WEBHOOK));
    assertThat(rows.get(0).id())
        .isEqualTo(OutboxRow.idOf("ticket:T-1:step:0", "contractor1", Channel.EMAIL));
  }
}
