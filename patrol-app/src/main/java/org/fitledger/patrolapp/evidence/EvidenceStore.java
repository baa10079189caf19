package org.fitledger.patrolapp.evidence;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.UUID;

/**
 * The photos on disk, named by their SHA-256: {@code <dir>/<first 2 hex>/<hash>}. Uploads and
 * stripped copies are written to {@code <dir>/tmp} first; a photo comes into place by an atomic
 * rename, so a reader never sees part of one. File work runs off the event loop.
 *
 * <pre>{@code
 * EvidenceStore.open(vertx, config).onSuccess(store -> ...);
 * }</pre>
 */
public final class EvidenceStore {

  static final String TEMP_DIR = "tmp";

  private final Vertx vertx;
  private final Path root;
  private final Path temp;

  private EvidenceStore(Vertx vertx, Path root) {
    this.vertx = vertx;
    this.root = root;
    this.temp = root.resolve(TEMP_DIR);
  }

  /** A stripped copy of a photo in a temporary file, which the caller deletes after use. */
  record Copy(Path file, ImageType type) {}

  /**
   * Creates the directory if needed, checks that it can be written and removes temporary files a
   * previous run left behind; fails if the directory cannot be used.
   */
  public static Future<EvidenceStore> open(Vertx vertx, EvidenceConfig config) {
    EvidenceStore store =
        new EvidenceStore(
            Objects.requireNonNull(vertx, "vertx"),
            Objects.requireNonNull(config, "config").directory().toAbsolutePath().normalize());
    return vertx.executeBlocking(
        () -> {
          store.prepare();
          return store;
        },
        false);
  }

  private void prepare() throws IOException {
    Files.createDirectories(temp);
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(temp)) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    }
    Path probe = Files.createTempFile(temp, "probe", ".tmp");
    Files.delete(probe);
  }

  /** The store's directory. */
  public Path root() {
    return root;
  }

  /** A fresh name for a temporary file; nothing is created. */
  Path newTempFile() {
    return temp.resolve(UUID.randomUUID() + ".part");
  }

  Path pathOf(EvidenceHash hash) {
    return root.resolve(hash.relativePath());
  }

  Future<Boolean> contains(EvidenceHash hash) {
    return vertx.executeBlocking(() -> Files.isRegularFile(pathOf(hash)), false);
  }

  /**
   * Moves a complete, hash-checked upload into place, unless the photo is there already.
   *
   * @return whether the photo is new; fails with {@link MalformedImageException} (after deleting
   *     the upload) if its structure cannot be followed, so that every stored photo can be served
   *     without its metadata
   */
  Future<Boolean> keep(Path upload, EvidenceHash hash) {
    return vertx.executeBlocking(
        () -> {
          try (SeekableByteChannel in = Files.newByteChannel(upload)) {
            MetadataStripper.strip(in, OutputStream.nullOutputStream());
          } catch (IOException e) {
            Files.deleteIfExists(upload);
            throw e;
          }
          Path target = pathOf(hash);
          Files.createDirectories(target.getParent());
          if (Files.exists(target)) {
            Files.delete(upload);
            return false;
          }
          try {
            // Another upload of the same photo may land first: the bytes are the same either way.
            Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE);
          } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(upload);
          }
          return true;
        },
        false);
  }

  /** A copy of the photo without metadata; fails with {@link NoSuchFileException} if absent. */
  Future<Copy> strippedCopy(EvidenceHash hash) {
    return vertx.executeBlocking(
        () -> {
          Path copy = newTempFile();
          try (SeekableByteChannel in = Files.newByteChannel(pathOf(hash));
              OutputStream out = new BufferedOutputStream(Files.newOutputStream(copy))) {
            return new Copy(copy, MetadataStripper.strip(in, out));
          } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
          }
        },
        false);
  }

  /** Deletes a temporary file; a missing file is fine. */
  Future<Void> delete(Path file) {
    return vertx.executeBlocking(
        () -> {
          Files.deleteIfExists(file);
          return null;
        },
        false);
  }
}
