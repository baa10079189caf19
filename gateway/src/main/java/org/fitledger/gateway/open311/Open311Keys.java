package org.fitledger.gateway.open311;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The client apps registered to file requests, each with the SHA-256 of its {@code api_key}, from
 * the file {@code fitledger.open311.keys-file}: one {@code client<TAB>sha256-hex} per line, {@code
 * #} for comments, and optionally a third field, the requests the client may file per minute from
 * one address (a server that files for many people from its own address, such as the field app's,
 * needs more than the default). The keys themselves are in no file of the gateway's. The file is
 * read again whenever it changes, so a key added by {@code ./fitledger open311-key} works at once.
 */
@Component
class Open311Keys {
  private final Path file;
  private FileTime read;
  private Map<String, Client> clientsByHash = Map.of();

  Open311Keys(@Value("${fitledger.open311.keys-file:}") String file) {
    this.file = file.isBlank() ? null : Path.of(file);
  }

  /** The client app whose key this is, if registered. */
  synchronized Optional<Client> client(String apiKey) {
    if (file == null || apiKey == null || apiKey.isEmpty() || apiKey.length() > 200) {
      return Optional.empty();
    }
    reload();
    return Optional.ofNullable(clientsByHash.get(hash(apiKey)));
  }

  /** The SHA-256 of a key as the file holds it. */
  static String hash(String apiKey) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private void reload() {
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      if (modified.equals(read)) {
        return;
      }
      Map<String, Client> clients = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] fields = line.strip().split("\t");
        if (line.isBlank() || line.startsWith("#") || fields.length < 2) {
          continue;
        }
        Integer perMinute = null;
        if (fields.length > 2 && fields[2].matches("[1-9][0-9]{0,5}")) {
          perMinute = Integer.valueOf(fields[2]);
        }
        clients.put(fields[1], new Client(fields[0], perMinute));
      }
      clientsByHash = clients;
      read = modified;
    } catch (NoSuchFileException e) {
      clientsByHash = Map.of();
      read = null;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the Open311 keys in " + file + " failed", e);
    }
  }

  /**
   * A registered client app.
   *
   * @param name its name
   * @param perMinute the requests it may file per minute from one address, or null for the default
   */
  record Client(String name, Integer perMinute) {}
}
