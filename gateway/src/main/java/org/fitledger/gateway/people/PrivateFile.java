package org.fitledger.gateway.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file only its owner may read, whole or not at all: a new file beside it, made with mode
 * 600, replaces it by a rename, so no reader ever sees it half written or open to others.
 */
final class PrivateFile {
  private PrivateFile() {}

  /** Writes the content to the file, replacing what it held. */
  static void write(Path file, String content) throws IOException {
    Path target = file.toAbsolutePath();
    Path folder = Files.createDirectories(target.getParent());
    Path fresh =
        Files.createTempFile(
            folder,
            "." + target.getFileName(),
            ".new",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.writeString(fresh, content);
      Files.move(
          fresh, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(fresh);
    }
  }
}
