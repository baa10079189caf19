package org.fitledger.gateway.notify;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One person's checked notification preferences, as stored.
 *
 * <p>{@code new Preferences("li@example.com", null, null, Set.of(NotificationKind.ASSIGNED))} sends
 * e-mails of new assignments only.
 *
 * @param email where e-mails go, or null
 * @param webhookUrl where webhooks go, or null
 * @param webhookSecret the webhook's signing key, or null (when writing: keep the stored one)
 * @param kinds what to be told of
 */
public record Preferences(
    String email, String webhookUrl, String webhookSecret, Set<NotificationKind> kinds) {

  /** Copies the kinds. */
  public Preferences {
    kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
  }

  /** The kinds in their declared order, as answered and stored. */
  public List<NotificationKind> kindsInOrder() {
    return kinds.stream().sorted().toList();
  }

  /** The preferences with the secret masked, as logs may show them. */
  @Override
  public String toString() {
    return "Preferences[email="
        + email
        + ", webhookUrl="
        + webhookUrl
        + ", webhookSecret="
        + (webhookSecret == null ? "null" : "***")
        + ", kinds="
        + kindsInOrder()
        + "]";
  }
}
