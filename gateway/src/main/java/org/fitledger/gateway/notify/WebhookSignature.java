package org.fitledger.gateway.notify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook: {@code sha256=} and the hex HMAC-SHA256, keyed with the person's
 * webhook secret, of {@code "<timestamp>.<body>"}, where the timestamp is the {@code
 * X-FitLedger-Timestamp} header (Unix seconds) and the body the exact bytes of the request body.
 * Signing the timestamp with the body lets a receiver refuse a replayed request by its age.
 *
 * <p>{@code WebhookSignature.sign("s3cret-s3cret-16", 1767225600, "{}")} is {@code "sha256=..."};
 * {@code WebhookSignature.verify(...)} compares in constant time.
 */
public final class WebhookSignature {
  /** The header carrying the signature. */
  public static final String HEADER = "X-FitLedger-Signature";

  /** The header carrying the Unix seconds the signature covers. */
  public static final String TIMESTAMP_HEADER = "X-FitLedger-Timestamp";

  /** The header carrying the outbox id: the same on every retry of one delivery. */
  public static final String DELIVERY_HEADER = "X-FitLedger-Delivery";

  private static final String PREFIX = "sha256=";

  private WebhookSignature() {}

  /** The value of {@link #HEADER} for this body sent at {@code unixSeconds}. */
  public static String sign(String secret, long unixSeconds, String body) {
    return PREFIX + HexFormat.of().formatHex(hmac(secret, unixSeconds + "." + body));
  }

  /** Whether {@code signature} is this body's at {@code unixSeconds}, compared in constant time. */
  public static boolean verify(String secret, long unixSeconds, String body, String signature) {
    if (signature == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(secret, unixSeconds, body).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] hmac(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
