package org.fitledger.model.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The salted hash of a reporter's contact that stands for it on the shared ledger: SHA-256 over
 * {@code salt + "\n" + contact} in UTF-8, as lower-case hex. The salt is random per report, so the
 * hashes of one person's reports cannot be linked, and a hash cannot be reversed by trying every
 * phone number.
 *
 * <p>{@code ContactHash.of("0f3a…", "13800000000")} is 64 hex digits.
 */
public final class ContactHash {
  private ContactHash() {}

  /** The hash of {@code contact} under {@code salt}. */
  public static String of(String salt, String contact) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((salt + "\n" + contact).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
