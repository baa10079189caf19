package org.fitledger.gateway.notify;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.fitledger.gateway.query.ValuesRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of {@code notification_outbox}. Rows are written once ({@code on conflict do nothing} on
 * their stable id), claimed by a sender under a lease with {@code for update skip locked} in a
 * short transaction of its own, and then marked SENT, scheduled again or marked FAILED. Every time
 * is the database's ({@code now()}), so that senders on several machines share one clock.
 *
 * <p>{@code List<Claimed> due = outbox.claim(Set.of(Channel.WEBHOOK), 10, Duration.ofMinutes(2),
 * "gw-1")}
 */
@Repository
class OutboxRepository {
  private final JdbcClient jdbc;

  OutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A claimed row: the delivery to make now, and how many attempts this one makes. */
  record Claimed(UUID id, Notice notice, String recipient, Channel channel, int attempts) {}

  /**
   * A delivery as its recipient may see it.
   *
   * @param id the delivery id
   * @param kind what it was about
   * @param ticketId the ticket
   * @param channel how
   * @param status PENDING, SENT or FAILED
   * @param attempts how many attempts were made
   * @param createdAt when it was written
   * @param sentAt when it was delivered, or null
   * @param lastError why its last attempt failed, or null
   */
  record DeliveryStatus(
      UUID id,
      String kind,
      @Schema(types = {"string", "null"}) String ticketId,
      String channel,
      String status,
      int attempts,
      String createdAt,
      @Schema(types = {"string", "null"}) String sentAt,
      @Schema(types = {"string", "null"}) String lastError) {}

  /** Writes the rows not yet written; answers how many were new. */
  int insert(List<OutboxRow> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    List<Object> params = new ArrayList<>();
    for (OutboxRow row : rows) {
      params.add(row.id());
      params.add(row.eventKey());
      params.add(row.notice().kind().name());
      params.add(row.notice().ticketId());
      params.add(row.recipient());
      params.add(row.channel().name());
      params.add(JsonMapper.shared().writeValueAsString(row.notice()));
    }
    return jdbc.sql(
            "insert into notification_outbox (id, event_key, kind, ticket_id, recipient, channel,"
                + " payload) values "
                + ValuesRows.of(rows.size(), "?, ?, ?, ?, ?, ?, ?::json")
                + " on conflict do nothing")
        .params(params.toArray())
        .update();
  }

  /**
   * Claims up to {@code limit} due rows of these channels for {@code lease}: rows PENDING whose
   * next attempt is due and that no live lease holds. Each claim counts as an attempt. Rows another
   * sender holds locked are skipped, not waited for.
   */
  List<Claimed> claim(Collection<Channel> channels, int limit, Duration lease, String owner) {
    if (channels.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "with due as (select id from notification_outbox where status = 'PENDING'"
                + " and channel = any(?::text[]) and next_attempt_ts <= now()"
                + " and (lease_until is null or lease_until <= now())"
                + " order by next_attempt_ts, id limit ? for update skip locked)"
                + " update notification_outbox o set lease_until = now() + ? * interval '1"
                + " millisecond', leased_by = ?, attempts = o.attempts + 1 from due"
                + " where o.id = due.id"
                + " returning o.id, o.payload::text as payload, o.recipient, o.channel, o.attempts")
        .params(
            channels.stream().map(Enum::name).toArray(String[]::new),
            limit,
            lease.toMillis(),
            owner)
        .query(
            (rs, n) ->
                new Claimed(
                    rs.getObject("id", UUID.class),
                    JsonMapper.shared().readValue(rs.getString("payload"), Notice.class),
                    rs.getString("recipient"),
                    Channel.valueOf(rs.getString("channel")),
                    rs.getInt("attempts")))
        .list();
  }

  /** Marks a row delivered, whoever holds it now: a delivery made is made. */
  void sent(UUID id) {
    jdbc.sql(
            "update notification_outbox set status = 'SENT', sent_ts = now(), lease_until = null,"
                + " last_error = null where id = ? and status = 'PENDING'")
        .param(id)
        .update();
  }

  /** Schedules the next attempt of a row this sender still holds. */
  void retryAfter(UUID id, String owner, Duration delay, String error) {
    jdbc.sql(
            "update notification_outbox set next_attempt_ts = now() + ? * interval '1"
                + " millisecond', lease_until = null, last_error = ? where id = ?"
                + " and status = 'PENDING' and leased_by = ?")
        .params(delay.toMillis(), truncated(error), id, owner)
        .update();
  }

  /** Gives up on a row this sender still holds: it stays, FAILED, with the reason. */
  void failed(UUID id, String owner, String error) {
    jdbc.sql(
            "update notification_outbox set status = 'FAILED', failed_ts = now(),"
                + " lease_until = null, last_error = ? where id = ? and status = 'PENDING'"
                + " and leased_by = ?")
        .params(truncated(error), id, owner)
        .update();
  }

  /** A person's latest deliveries, newest first. */
  List<DeliveryStatus> recent(String recipient, int limit) {
    return jdbc.sql(
            "select id, kind, ticket_id, channel, status, attempts,"
                + " to_char(created_ts at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
                + " as created_at,"
                + " to_char(sent_ts at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
                + " as sent_at, last_error from notification_outbox where recipient = ?"
                + " order by created_ts desc, id limit ?")
        .params(recipient, limit)
        .query(
            (rs, n) ->
                new DeliveryStatus(
                    rs.getObject("id", UUID.class),
                    rs.getString("kind"),
                    rs.getString("ticket_id"),
                    rs.getString("channel"),
                    rs.getString("status"),
                    rs.getInt("attempts"),
                    rs.getString("created_at"),
                    rs.getString("sent_at"),
                    rs.getString("last_error")))
        .list();
  }

  private static String truncated(String error) {
    if (error == null) {
      return null;
    }
    String clean = error.replaceAll("\\p{Cntrl}", " ");
    return clean.length() <= 500 ? clean : clean.substring(0, 500);
  }
}
