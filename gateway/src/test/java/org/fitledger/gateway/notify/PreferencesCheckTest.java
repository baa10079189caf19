package org.fitledger.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fitledger.model.people.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreferencesCheckTest {
  private static final Set<NotificationKind> CONTRACTOR =
      NotificationKind.forRole(Optional.of(Role.CONTRACTOR));
  private static final String SECRET = "0123456789abcdef";
  private static final String URL = "https://hooks.example.com/fitledger?x=1";

  private static PreferencesRequest request(
      String email, String url, String secret, String... kinds) {
    return new PreferencesRequest(email, url, secret, Arrays.asList(kinds));
  }

  private static void refused(PreferencesRequest request, String message) {
    assertThatThrownBy(() -> PreferencesCheck.check(request, CONTRACTOR, false))
        .isInstanceOf(PreferencesCheck.Invalid.class)
        .hasMessageContaining(message);
  }

  @Test
  void takes_an_address_a_webhook_with_its_secret_and_the_kinds_of_the_role() {
    Preferences checked =
        PreferencesCheck.check(
            request("li.wei+fit@example.com", URL, SECRET, "DEADLINE_MISSED", "ASSIGNED"),
            CONTRACTOR,
            false);
    assertThat(checked.email()).isEqualTo("li.wei+fit@example.com");
    assertThat(checked.webhookUrl()).isEqualTo(URL);
    assertThat(checked.webhookSecret()).isEqualTo(SECRET);
    assertThat(checked.kindsInOrder())
        .containsExactly(NotificationKind.ASSIGNED, NotificationKind.DEADLINE_MISSED);
    assertThat(checked.toString()).doesNotContain(SECRET);
  }

  @Test
  void keeps_the_stored_secret_when_none_is_given() {
    Preferences checked =
        PreferencesCheck.check(request(null, URL, null, "ASSIGNED"), CONTRACTOR, true);
    assertThat(checked.webhookSecret()).isNull();
    refused(request(null, URL, null, "ASSIGNED"), "webhookUrl needs a webhookSecret");
  }

  @Test
  void takes_nothing_at_all_as_no_notifications() {
    Preferences checked = PreferencesCheck.check(request(null, null, null), CONTRACTOR, true);
    assertThat(checked.kinds()).isEmpty();
    assertThat(checked.email()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not-an-address|email must be an address",
        "a@b|email must be an address",
        "a b@example.com|email must not contain U+0020",
        "a@example.com\tBcc:x@example.com|email must not contain U+0009",
        "@example.com|email must be an address",
        "a@-example.com|email must be an address",
        "ü@example.com|email must be an address",
      })
  void refuses_a_malformed_email(String email, String message) {
    refused(request(email, null, null, "ASSIGNED"), message);
  }

  @Test
  void refuses_an_email_longer_than_254() {
    refused(
        request("a@" + "b".repeat(60) + "." + "c".repeat(200) + ".com", null, null),
        "email must be at most 254");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ftp://example.com/hook|must be an http or https URL",
        "javascript:alert(1)|must be an http or https URL",
        "/relative/hook|must be an http or https URL",
        "https:///no-host|must name a host",
        "https://user:pass@example.com/hook|must not carry credentials",
        "https://example.com/hook#frag|must not have a fragment",
        "https://example.com/a b|webhookUrl must not contain U+0020",
        "https://exa mple.com/|webhookUrl must not contain U+0020",
        "https://example.com/a\u0007b|webhookUrl must not contain U+0007",
        "http://[::1|webhookUrl must be a valid URL",
      })
  void refuses_a_webhook_url_that_is_not_plain_http_or_https(String url, String message) {
    refused(request(null, url, SECRET, "ASSIGNED"), message);
  }

  @Test
  void refuses_a_webhook_url_longer_than_2000() {
    refused(
        request(null, "https://example.com/" + "a".repeat(2000), SECRET),
        "webhookUrl must be at most 2000");
  }

  @Test
  void refuses_a_short_long_or_spaced_secret_and_a_secret_without_url() {
    refused(request(null, URL, "short"), "webhookSecret must be 16 to 256");
    refused(request(null, URL, "x".repeat(257)), "webhookSecret must be 16 to 256");
    refused(request(null, URL, "0123456789 abcdef"), "visible ASCII");
    refused(request(null, URL, "0123456789abcdef密"), "visible ASCII");
    refused(request(null, null, SECRET), "only taken with a webhookUrl");
  }

  @Test
  void refuses_unknown_repeated_or_foreign_kinds_and_kinds_with_nowhere_to_go() {
    refused(request("a@example.com", null, null, "EVERYTHING"), "kinds[0] must be one of");
    refused(request("a@example.com", null, null, "assigned"), "kinds[0] must be one of");
    refused(
        request("a@example.com", null, null, "ASSIGNED", "ASSIGNED"),
        "kinds[1]: ASSIGNED is named");
    refused(
        request("a@example.com", null, null, "AWAITS_VERIFICATION"),
        "AWAITS_VERIFICATION is not sent to your role");
    refused(request(null, null, null, "ASSIGNED"), "kinds need somewhere to go");
    refused(new PreferencesRequest("a@example.com", null, null, null), "kinds is required");
    refused(
        new PreferencesRequest("a@example.com", null, null, Arrays.asList((String) null)),
        "kinds[0] must be one of");
  }

  @Test
  void a_supervisor_may_ask_for_no_kind() {
    Set<NotificationKind> none = NotificationKind.forRole(Optional.of(Role.SUPERVISOR));
    assertThatThrownBy(
            () ->
                PreferencesCheck.check(
                    new PreferencesRequest("a@example.com", null, null, List.of("ASSIGNED")),
                    none,
                    false))
        .hasMessageContaining("it receives no notifications");
  }
}
