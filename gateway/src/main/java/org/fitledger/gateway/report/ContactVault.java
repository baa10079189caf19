package org.fitledger.gateway.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.fitledger.model.format.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals reporters' contacts before they go to the Authority's private data collection, and destroys
 * their keys when they are purged (crypto-shredding). Each report's contact gets a random AES-256
 * key of its own, kept only in {@code fitledger.contacts.key-dir} (one file per report, mode 600);
 * the collection holds {@code base64(iv || AES-GCM(key, {"contact","salt"}))} with the report id as
 * associated data, and the shared ledger the salted SHA-256 of the contact. A peer's store may keep
 * deleted bytes until it compacts its files; once the key is gone, they cannot be read, and without
 * the salt the hash on the ledger cannot be matched by trying phone numbers.
 *
 * <pre>{@code
 * ContactVault.Sealed sealed = vault.seal("R-1", "13800000000");
 * Optional<String> contact = vault.open("R-1", sealed.sealed());
 * }</pre>
 */
@Component
public class ContactVault {
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final Path dir;
  private final JsonMapper json;
  private final SecureRandom random = new SecureRandom();

  ContactVault(@Value("${fitledger.contacts.key-dir:}") String dir, JsonMapper json) {
    this.dir = dir.isBlank() ? null : Path.of(dir);
    this.json = json;
  }

  /** Whether contacts can be kept: a key directory is set. */
  public boolean keeps() {
    return dir != null;
  }

  /**
   * Seals a contact under a new key of the report's.
   *
   * @return the sealed contact for the collection and the salted hash for the report
   */
  public Sealed seal(String reportId, String contact) {
    byte[] salt = bytes(16);
    String hash = hash(HexFormat.of().formatHex(salt), contact);
    byte[] key = bytes(32);
    byte[] plain =
        json.writeValueAsBytes(
            json.createObjectNode()
                .put("contact", contact)
                .put("salt", HexFormat.of().formatHex(salt)));
    byte[] iv = bytes(IV_BYTES);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, iv, reportId).doFinal(plain);
    writeKey(reportId, key);
    byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
    System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
    return new Sealed(Base64.getEncoder().encodeToString(out), hash);
  }

  /** The contact a sealed one holds, or empty once its key was destroyed. */
  public Optional<String> open(String reportId, String sealed) {
    Optional<byte[]> key = readKey(reportId);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    byte[] in = Base64.getDecoder().decode(sealed);
    byte[] plain =
        cipher(Cipher.DECRYPT_MODE, key.get(), Arrays.copyOf(in, IV_BYTES), reportId)
            .doFinal(in, IV_BYTES, in.length - IV_BYTES);
    JsonNode opened = json.readTree(plain);
    return Optional.of(opened.get("contact").asString());
  }

  /** Destroys a report's key: its sealed contact, wherever a copy lies, can no longer be read. */
  public void shred(String reportId) {
    if (dir == null) {
      return;
    }
    try {
      Files.deleteIfExists(keyFile(reportId));
    } catch (IOException e) {
      throw new UncheckedIOException("destroying the contact key of " + reportId + " failed", e);
    }
  }

  /** SHA-256 over {@code salt + "\n" + contact} in UTF-8, as lower-case hex. */
  static String hash(String salt, String contact) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest((salt + "\n" + contact).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }

  private static CipherCall cipher(int mode, byte[] key, byte[] iv, String reportId) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(reportId.getBytes(StandardCharsets.UTF_8));
      return new CipherCall(cipher);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /** A cipher whose failures (a wrong key, a changed byte) are unchecked. */
  private record CipherCall(Cipher cipher) {
    byte[] doFinal(byte[] input) {
      return doFinal(input, 0, input.length);
    }

    byte[] doFinal(byte[] input, int offset, int length) {
      try {
        return cipher.doFinal(input, offset, length);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("a sealed contact does not open with its key", e);
      }
    }
  }

  private Path keyFile(String reportId) {
    if (!reportId.matches(Formats.ID)) {
      throw new IllegalArgumentException("not a report id: " + reportId);
    }
    return dir.resolve(reportId + ".key");
  }

  private void writeKey(String reportId, byte[] key) {
    if (dir == null) {
      throw new IllegalStateException("no fitledger.contacts.key-dir: contacts are not kept");
    }
    try {
      Files.createDirectories(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Path partial =
          Files.createTempFile(
              dir,
              reportId,
              ".partial",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.write(partial, key);
      Files.move(partial, keyFile(reportId), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("keeping the contact key of " + reportId + " failed", e);
    }
  }

  private Optional<byte[]> readKey(String reportId) {
    if (dir == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(keyFile(reportId)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the contact key of " + reportId + " failed", e);
    }
  }

  /**
   * A sealed contact and the salted hash of the contact.
   *
   * @param sealed base64 of the IV and the AES-GCM output
   * @param hash the salted SHA-256 of the contact, for the report on the shared ledger
   */
  public record Sealed(String sealed, String hash) {}
}
