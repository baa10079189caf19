package org.fitledger.gateway.notify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One notification to one recipient over one channel, as the outbox holds it. Its id is a
 * name-based UUID of {@code (eventKey, recipient, channel)}: the same notification always gets the
 * same id, so writing it again adds nothing, and the id is the delivery id a receiver dedupes on
 * ({@code X-FitLedger-Delivery}, {@code Message-ID: <id@fitledger>}).
 *
 * <p>{@code OutboxRow.rows("ticket:T-1:step:0", notice, preferences)} has one row per channel of
 * each recipient who asked for the notice's kind.
 *
 * @param id the delivery id
 * @param eventKey what happened, e.g. {@code ticket:T-1:step:0}
 * @param notice what the notification says
 * @param recipient the username it goes to
 * @param channel how
 */
public record OutboxRow(
    UUID id, String eventKey, Notice notice, String recipient, Channel channel) {

  /** The stable id of a notification of an event to a recipient over a channel. */
  public static UUID idOf(String eventKey, String recipient, Channel channel) {
    return UUID.nameUUIDFromBytes(
        (eventKey + "\n" + recipient + "\n" + channel.name()).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The rows of an event for the recipients, by their preferences: a row per channel they set
   * (e-mail, webhook) if they asked for the notice's kind; none for those without preferences.
   *
   * @param recipients the usernames the event concerns, in order
   * @param preferences the preferences of those of them who set any
   */
  public static List<OutboxRow> rows(
      String eventKey,
      Notice notice,
      List<String> recipients,
      Map<String, Preferences> preferences) {
    List<OutboxRow> rows = new ArrayList<>();
    for (String recipient : recipients) {
      Preferences wanted = preferences.get(recipient);
      if (wanted == null || !wanted.kinds().contains(notice.kind())) {
        continue;
      }
      if (wanted.email() != null) {
        rows.add(row(eventKey, notice, recipient, Channel.EMAIL));
      }
      if (wanted.webhookUrl() != null) {
        rows.add(row(eventKey, notice, recipient, Channel.WEBHOOK));
      }
    }
    return rows;
  }

  private static OutboxRow row(String eventKey, Notice notice, String recipient, Channel channel) {
    return new OutboxRow(idOf(eventKey, recipient, channel), eventKey, notice, recipient, channel);
  }
}
