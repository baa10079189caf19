package org.fitledger.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final String SECRET = "0123456789abcdef-secret";

  @Test
  void signs_timestamp_dot_body_with_hmac_sha256_as_python_hmac_does() {
    // python3: hmac.new(b'0123456789abcdef-secret', b'1767225600.{"delivery":"d-1"}',
    //                   hashlib.sha256).hexdigest()
    assertThat(WebhookSignature.sign(SECRET, 1767225600L, "{\"delivery\":\"d-1\"}"))
        .isEqualTo("sha256=b4adaca16f2eef9cc262d79671ef252561aef0961488f2f5be98b1245746421e");
  }

  @Property
  void a_signature_is_sha256_and_64_lower_case_hex_digits(
      @ForAll @StringLength(min = 16, max = 64) String secret,
      @ForAll @LongRange(min = 0, max = 99_999_999_999L) long timestamp,
      @ForAll String body) {
    assertThat(WebhookSignature.sign(secret, timestamp, body)).matches("sha256=[0-9a-f]{64}");
  }

  @Property
  void verifies_its_own_signature_and_refuses_any_change(
      @ForAll @StringLength(min = 16, max = 64) String secret,
      @ForAll @LongRange(min = 0, max = 99_999_999_999L) long timestamp,
      @ForAll String body) {
    String signature = WebhookSignature.sign(secret, timestamp, body);
    assertThat(WebhookSignature.verify(secret, timestamp, body, signature)).isTrue();
    assertThat(WebhookSignature.verify(secret, timestamp + 1, body, signature)).isFalse();
    assertThat(WebhookSignature.verify(secret, timestamp, body + " ", signature)).isFalse();
    assertThat(WebhookSignature.verify(secret + "x", timestamp, body, signature)).isFalse();
  }

  @Test
  void refuses_a_missing_or_truncated_signature() {
    String signature = WebhookSignature.sign(SECRET, 1, "{}");
    assertThat(WebhookSignature.verify(SECRET, 1, "{}", null)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, 1, "{}", signature.substring(0, 20))).isFalse();
    assertThat(WebhookSignature.verify(SECRET, 1, "{}", signature.substring(7))).isFalse();
  }
}
