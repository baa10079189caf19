package org.fitledger.gateway.notify;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of {@code notification_preferences}: one row per person who set any.
 *
 * <p>{@code preferences.save("contractor1", checked, now)}; {@code
 * preferences.of(List.of("contractor1", "contractor2"))}.
 */
@Repository
class PreferencesRepository {
  private static final String COLUMNS = "username, email, webhook_url, webhook_secret, kinds";

  private final JdbcClient jdbc;

  PreferencesRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A person's preferences, with the secret, if they set any. */
  Optional<Preferences> find(String username) {
    return jdbc.sql("select " + COLUMNS + " from notification_preferences where username = ?")
        .param(username)
        .query((rs, n) -> read(rs))
        .optional();
  }

  /** The preferences of those of these people who set any, by username. */
  Map<String, Preferences> of(Collection<String> usernames) {
    Map<String, Preferences> found = new LinkedHashMap<>();
    if (usernames.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "select "
                + COLUMNS
                + " from notification_preferences where username = any(?::text[])"
                + " and cardinality(kinds) > 0")
        .param(usernames.toArray(String[]::new))
        .query(
            rs -> {
              found.put(rs.getString("username"), read(rs));
            });
    return found;
  }

  /**
   * Stores a person's preferences in place of their previous ones. A null secret keeps the stored
   * one while a webhook URL is set; without a URL no secret is kept.
   */
  void save(String username, Preferences preferences, Instant now) {
    // The kept secret is read into the row proposed, not merged on conflict: the table's check
    // (no webhook URL without a secret) applies to the proposed row too.
    jdbc.sql(
            "insert into notification_preferences (username, email, webhook_url, webhook_secret,"
                + " kinds, updated_ts) select ?, ?, ?::text, case when ?::text is null then null"
                + " else coalesce(?::text, (select webhook_secret from notification_preferences"
                + " where username = ?)) end, ?::text[], ?"
                + " on conflict (username) do update set email = excluded.email,"
                + " webhook_url = excluded.webhook_url, webhook_secret = excluded.webhook_secret,"
                + " kinds = excluded.kinds, updated_ts = excluded.updated_ts")
        .params(
            username,
            preferences.email(),
            preferences.webhookUrl(),
            preferences.webhookUrl(),
            preferences.webhookSecret(),
            username,
            preferences.kindsInOrder().stream().map(Enum::name).toArray(String[]::new),
            OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .update();
  }

  private static Preferences read(ResultSet rs) throws SQLException {
    return new Preferences(
        rs.getString("email"),
        rs.getString("webhook_url"),
        rs.getString("webhook_secret"),
        kinds(rs.getArray("kinds")));
  }

  private static Set<NotificationKind> kinds(Array array) throws SQLException {
    Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
    if (array != null) {
      for (String name : (String[]) array.getArray()) {
        NotificationKind.named(name).ifPresent(kinds::add);
      }
    }
    return kinds;
  }
}
