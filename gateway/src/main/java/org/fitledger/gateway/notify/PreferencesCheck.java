package org.fitledger.gateway.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a person's notification preferences strictly before anything is stored, naming the field
 * and the rule broken: an e-mail address of at most 254 characters in the usual {@code
 * local@domain.tld} form; an absolute http or https URL of at most 2,000 characters with a host and
 * without credentials or fragment; a secret of 16 to 256 visible ASCII characters; known kinds the
 * person's role may receive, each once; no control character or white space anywhere.
 *
 * <p>{@code PreferencesCheck.check(request, NotificationKind.forRole(role), false)} answers the
 * {@link Preferences} to store, or throws {@link Invalid} with a sentence such as {@code
 * "webhookUrl must be an http or https URL: ftp://example.com/"}.
 */
public final class PreferencesCheck {
  static final int EMAIL_MAX = 254;
  static final int URL_MAX = 2000;
  static final int SECRET_MIN = 16;
  static final int SECRET_MAX = 256;

  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
              + LABEL
              + "(?:\\."
              + LABEL
              + ")+");
  private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7e]+");

  private PreferencesCheck() {}

  /** Preferences that break a rule; the message names the field. */
  public static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  /**
   * The preferences to store.
   *
   * @param request what the person sent
   * @param allowed the kinds the person's role may receive
   * @param secretStored whether a webhook secret is stored already
   * @throws Invalid naming the first rule broken
   */
  public static Preferences check(
      PreferencesRequest request, Set<NotificationKind> allowed, boolean secretStored) {
    if (request == null) {
      throw new Invalid(
          "the body must be a JSON object of email, webhookUrl, webhookSecret, kinds");
    }
    String email = email(request.email());
    String url = webhookUrl(request.webhookUrl());
    String secret = secret(request.webhookSecret());
    if (url == null && secret != null) {
      throw new Invalid("webhookSecret is only taken with a webhookUrl");
    }
    if (url != null && secret == null && !secretStored) {
      throw new Invalid("webhookUrl needs a webhookSecret (16 to 256 visible ASCII characters)");
    }
    Set<NotificationKind> kinds = kinds(request.kinds(), allowed);
    if (!kinds.isEmpty() && email == null && url == null) {
      throw new Invalid("kinds need somewhere to go: give an email or a webhookUrl");
    }
    return new Preferences(email, url, secret, kinds);
  }

  private static String email(String email) {
    if (email == null) {
      return null;
    }
    noControlOrSpace("email", email);
    if (email.length() > EMAIL_MAX) {
      throw new Invalid("email must be at most " + EMAIL_MAX + " characters");
    }
    int at = email.lastIndexOf('@');
    if (!EMAIL.matcher(email).matches() || at > 64) {
      throw new Invalid("email must be an address such as name@example.com: " + email);
    }
    return email;
  }

  private static String webhookUrl(String url) {
    if (url == null) {
      return null;
    }
    noControlOrSpace("webhookUrl", url);
    if (url.length() > URL_MAX) {
      throw new Invalid("webhookUrl must be at most " + URL_MAX + " characters");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new Invalid("webhookUrl must be a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new Invalid("webhookUrl must be an http or https URL: " + url);
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new Invalid("webhookUrl must name a host: " + url);
    }
    if (uri.getRawUserInfo() != null) {
      throw new Invalid("webhookUrl must not carry credentials: the signature authenticates it");
    }
    if (uri.getRawFragment() != null) {
      throw new Invalid("webhookUrl must not have a fragment (#...)");
    }
    return url;
  }

  private static String secret(String secret) {
    if (secret == null) {
      return null;
    }
    if (secret.length() < SECRET_MIN || secret.length() > SECRET_MAX) {
      throw new Invalid(
          "webhookSecret must be " + SECRET_MIN + " to " + SECRET_MAX + " characters long");
    }
    if (!VISIBLE_ASCII.matcher(secret).matches()) {
      throw new Invalid("webhookSecret must be visible ASCII characters only (no space)");
    }
    return secret;
  }

  private static Set<NotificationKind> kinds(List<String> names, Set<NotificationKind> allowed) {
    if (names == null) {
      throw new Invalid("kinds is required: a list, empty for no notifications");
    }
    Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Optional<NotificationKind> kind = Optional.ofNullable(name).flatMap(NotificationKind::named);
      if (kind.isEmpty()) {
        throw new Invalid(
            "kinds[" + i + "] must be one of " + List.of(NotificationKind.values()) + ": " + name);
      }
      if (!allowed.contains(kind.get())) {
        throw new Invalid(
            "kinds["
                + i
                + "]: "
                + name
                + " is not sent to your role"
                + (allowed.isEmpty()
                    ? " (it receives no notifications)"
                    : "; yours: " + sorted(allowed)));
      }
      if (!kinds.add(kind.get())) {
        throw new Invalid("kinds[" + i + "]: " + name + " is named twice");
      }
    }
    return kinds;
  }

  private static List<NotificationKind> sorted(Set<NotificationKind> kinds) {
    return new ArrayList<>(kinds).stream().sorted().toList();
  }

  private static void noControlOrSpace(String field, String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        throw new Invalid(
            String.format(
                "%s must not contain U+%04X (character %d): no control character or space",
                field, c, value.codePointCount(0, i) + 1));
      }
      i += Character.charCount(c);
    }
  }
}
