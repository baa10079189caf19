package org.fitledger.gateway.notify;

import java.util.Map;

/**
 * The words of a notification: a subject in English and Chinese, and a plain-text body with the
 * English lines first and the Chinese after, for e-mails (webhooks carry the fields as JSON, with
 * the same subject).
 *
 * <p>{@code Messages.render(notice).subject()} is {@code "[FitLedger] Ticket T-1 assigned to
 * GREENFIX / 工单 T-1 已派给 GREENFIX"}.
 */
public final class Messages {
  private static final Map<String, String> STEPS_ZH =
      Map.of("acknowledge", "确认", "makeSafe", "安全处置", "repair", "维修", "verify", "验收");

  private Messages() {}

  /**
   * A rendered message.
   *
   * @param subject one line, English / Chinese
   * @param text the body, plain text
   */
  public record Message(String subject, String text) {}

  /** The message of a notice. */
  public static Message render(Notice n) {
    String subject = "[FitLedger] " + english(n) + " / " + chinese(n);
    StringBuilder text = new StringBuilder();
    text.append(english(n)).append(".\n\n");
    text.append("Ticket:    ").append(n.ticketId()).append('\n');
    text.append("Equipment: ").append(orDash(n.equipmentId())).append('\n');
    text.append("Site:      ")
        .append(orDash(n.site()))
        .append(" (")
        .append(orDash(n.districtPath()));
    text.append(")\n");
    text.append("Fault:     ")
        .append(orDash(n.severity()))
        .append(' ')
        .append(orDash(n.category()));
    text.append('\n');
    if (n.company() != null) {
      text.append("Company:   ").append(n.company()).append('\n');
    }
    if (n.step() != null && n.due() != null) {
      text.append("Next step: ").append(n.step()).append(" by ").append(n.due()).append('\n');
    }
    text.append("When:      ").append(orDash(n.at())).append("\n\n");
    text.append(chinese(n)).append("。\n");
    text.append("工单：").append(n.ticketId()).append('\n');
    text.append("设备：").append(orDash(n.equipmentId())).append('\n');
    text.append("地点：").append(orDash(n.site())).append('（').append(orDash(n.districtPath()));
    text.append("）\n");
    if (n.step() != null && n.due() != null) {
      text.append("下一步：").append(STEPS_ZH.getOrDefault(n.step(), n.step()));
      text.append("，期限 ").append(n.due()).append('\n');
    }
    text.append("\n-- \nFitLedger. Change what you receive: PUT /api/v1/me/notifications\n");
    return new Message(subject, text.toString());
  }

  private static String english(Notice n) {
    return switch (n.kind()) {
      case ASSIGNED -> "Ticket " + n.ticketId() + " assigned to " + orDash(n.company());
      case AWAITS_VERIFICATION -> "Repair of ticket " + n.ticketId() + " awaits your verification";
      case DEADLINE_NEAR ->
          "Ticket " + n.ticketId() + ": 80% of the time to " + orDash(n.step()) + " has passed";
      case DEADLINE_MISSED ->
          "Ticket " + n.ticketId() + ": the deadline to " + orDash(n.step()) + " was missed";
    };
  }

  private static String chinese(Notice n) {
    String step = n.step() == null ? "-" : STEPS_ZH.getOrDefault(n.step(), n.step());
    return switch (n.kind()) {
      case ASSIGNED -> "工单 " + n.ticketId() + " 已派给 " + orDash(n.company());
      case AWAITS_VERIFICATION -> "工单 " + n.ticketId() + " 已维修，待您验收";
      case DEADLINE_NEAR -> "工单 " + n.ticketId() + "：" + step + "时限已过 80%";
      case DEADLINE_MISSED -> "工单 " + n.ticketId() + "：" + step + "已超时";
    };
  }

  private static String orDash(String value) {
    return value == null || value.isEmpty() ? "-" : value;
  }
}
