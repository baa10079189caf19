package org.fitledger.gateway.people;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PBKDF2-HMAC-SHA256 password hash in the form {@code pbkdf2_sha256$<iterations>$<salt
 * base64>$<32-byte hash base64>}.
 *
 * <pre>{@code
 * PasswordHash hash = PasswordHash.parse("pbkdf2_sha256$600000$c2FsdA==$...");
 * boolean ok = hash.matches("secret");
 * String forThePeopleFile = PasswordHash.create("secret", PasswordHash.ITERATIONS).encoded();
 * }</pre>
 */
public final class PasswordHash {
  /** The iteration count of the hashes {@code people write} makes, OWASP's for PBKDF2-SHA256. */
  public static final int ITERATIONS = 600_000;

  private static final String SCHEME = "pbkdf2_sha256";
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int HASH_BYTES = 32;
  private static final int SALT_BYTES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private PasswordHash(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /**
   * Parses an encoded hash.
   *
   * @param encoded {@code pbkdf2_sha256$<iterations>$<salt base64>$<hash base64>}
   * @return the hash
   * @throws IllegalArgumentException saying what part is malformed
   */
  public static PasswordHash parse(String encoded) {
    Objects.requireNonNull(encoded, "encoded");
    String[] parts = encoded.split("\\$", -1);
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      throw new IllegalArgumentException(
          "expected pbkdf2_sha256$<iterations>$<salt base64>$<hash base64>");
    }
    int iterations = iterations(parts[1]);
    byte[] salt = base64(parts[2], "salt");
    byte[] hash = base64(parts[3], "hash");
    if (salt.length == 0) {
      throw new IllegalArgumentException("the salt is empty");
    }
    if (hash.length != HASH_BYTES) {
      throw new IllegalArgumentException(
          "the hash has " + hash.length + " bytes, expected " + HASH_BYTES);
    }
    return new PasswordHash(iterations, salt, hash);
  }

  /**
   * Hashes a password, e.g. to write a people file or a test fixture.
   *
   * @param password the password
   * @param salt the salt
   * @param iterations the PBKDF2 iteration count
   * @return the hash
   */
  public static PasswordHash of(String password, byte[] salt, int iterations) {
    return new PasswordHash(iterations, salt.clone(), derive(password, salt, iterations));
  }

  /**
   * Hashes a password with a new random salt of 16 bytes.
   *
   * @param password the password
   * @param iterations the PBKDF2 iteration count, {@link #ITERATIONS} but in tests
   * @return the hash
   */
  public static PasswordHash create(String password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return of(password, salt, iterations);
  }

  /**
   * Whether a password produces this hash, compared in constant time.
   *
   * @param password the candidate password
   * @return true if it matches
   */
  public boolean matches(String password) {
    return MessageDigest.isEqual(derive(password, salt, iterations), hash);
  }

  /** The PBKDF2 iteration count. */
  public int iterations() {
    return iterations;
  }

  /** The encoded form, as in the people file. */
  public String encoded() {
    Base64.Encoder base64 = Base64.getEncoder();
    return SCHEME
        + "$"
        + iterations
        + "$"
        + base64.encodeToString(salt)
        + "$"
        + base64.encodeToString(hash);
  }

  @Override
  public String toString() {
    return SCHEME + "$" + iterations + "$(hidden)";
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BYTES * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    } finally {
      spec.clearPassword();
    }
  }

  private static int iterations(String text) {
    try {
      int iterations = Integer.parseInt(text);
      if (iterations > 0) {
        return iterations;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("the iteration count '" + text + "' is not a positive int");
  }

  private static byte[] base64(String text, String part) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the " + part + " is not standard base64", e);
    }
  }
}
