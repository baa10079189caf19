package org.fitledger.patrolapp.evidence;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import org.fitledger.patrolapp.proxy.ApiError;

/**
 * One photo arriving: its body goes to a temporary file chunk by chunk while it is counted, hashed
 * and its first bytes checked, and the file is deleted on every way but success. All of it runs on
 * the request's event loop.
 */
final class Upload {

  private final Vertx vertx;
  private final RoutingContext ctx;
  private final HttpServerRequest request;
  private final EvidenceStore store;
  private final EvidenceHash expected;
  private final long maxBytes;
  private final Path temp;
  private final MessageDigest sha256;
  private final byte[] head = new byte[ImageType.MAGIC_LENGTH];
  private AsyncFile file;
  private long received;
  private boolean settled;

  Upload(Vertx vertx, RoutingContext ctx, EvidenceStore store, EvidenceHash expected, long max) {
    this.vertx = vertx;
    this.ctx = ctx;
    this.request = ctx.request();
    this.store = store;
    this.expected = expected;
    this.maxBytes = max;
    this.temp = store.newTempFile();
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  void start() {
    request.exceptionHandler(failure -> abandon());
    ctx.response().closeHandler(closed -> abandon());
    vertx
        .fileSystem()
        .open(temp.toString(), new OpenOptions().setWrite(true).setCreateNew(true))
        .onSuccess(this::receive)
        .onFailure(failure -> refuse(500, "INTERNAL_ERROR", "The photo could not be stored."));
  }

  private void receive(AsyncFile opened) {
    file = opened;
    if (settled) {
      // The client left while the file was being opened.
      discard();
      return;
    }
    file.exceptionHandler(
        failure -> refuse(500, "INTERNAL_ERROR", "The photo could not be stored."));
    request.handler(this::chunk);
    request.endHandler(ended -> finish());
    if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
      ctx.response().writeContinue();
    }
    request.resume();
  }

  private void chunk(Buffer chunk) {
    if (settled) {
      return;
    }
    long before = received;
    received += chunk.length();
    if (received > maxBytes) {
      refuse(413, "EVIDENCE_TOO_LARGE", Uploads.tooLarge(maxBytes));
      return;
    }
    if (before < head.length) {
      int count = (int) Math.min(head.length - before, chunk.length());
      chunk.getBytes(0, count, head, (int) before);
      if (received >= head.length && sniff().isEmpty()) {
        refuseType();
        return;
      }
    }
    sha256.update(chunk.getBytes());
    file.write(chunk);
    if (file.writeQueueFull()) {
      request.pause();
      file.drainHandler(drained -> request.resume());
    }
  }

  private void finish() {
    if (settled) {
      return;
    }
    settled = true;
    if (received < head.length && sniff().isEmpty()) {
      settle(415, "EVIDENCE_TYPE_NOT_ALLOWED", typeMessage());
      return;
    }
    EvidenceHash actual = EvidenceHash.of(sha256.digest());
    file.close()
        .compose(closed -> check(actual))
        .compose(checked -> store.keep(temp, expected))
        .onSuccess(this::stored)
        .onFailure(this::failed);
  }

  private Future<Void> check(EvidenceHash actual) {
    return actual.equals(expected)
        ? Future.succeededFuture()
        : Future.failedFuture(new HashMismatch(actual));
  }

  private void failed(Throwable failure) {
    store
        .delete(temp)
        .onComplete(
            deleted -> {
              if (failure instanceof HashMismatch mismatch) {
                ApiError.send(
                    ctx,
                    422,
                    "EVIDENCE_HASH_MISMATCH",
                    "The photo's SHA-256 is " + mismatch.actual.hex() + ", not the one named.");
              } else if (failure instanceof MalformedImageException) {
                ApiError.send(
                    ctx,
                    422,
                    "EVIDENCE_MALFORMED",
                    "The photo cannot be read: " + failure.getMessage());
              } else {
                ApiError.send(ctx, 500, "INTERNAL_ERROR", "The photo could not be stored.");
              }
            });
  }

  private static final class HashMismatch extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient EvidenceHash actual;

    HashMismatch(EvidenceHash actual) {
      super("hash mismatch", null, false, false);
      this.actual = actual;
    }
  }

  private void stored(boolean isNew) {
    ctx.response()
        .setStatusCode(isNew ? 201 : 200)
        .putHeader(HttpHeaders.ETAG, "\"" + expected.hex() + "\"")
        .putHeader(HttpHeaders.LOCATION, "/evidence/" + expected.hex())
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(EvidenceEndpoints.stored(expected, received).encode());
  }

  private Optional<ImageType> sniff() {
    return ImageType.sniff(Arrays.copyOf(head, (int) Math.min(received, head.length)));
  }

  private void refuseType() {
    refuse(415, "EVIDENCE_TYPE_NOT_ALLOWED", typeMessage());
  }

  private static String typeMessage() {
    return "A photo must be a JPEG, PNG or WebP image.";
  }

  // An answer before the body has ended: the rest of it is read and dropped.
  private void refuse(int status, String code, String message) {
    if (settled) {
      return;
    }
    settle(status, code, message);
    Uploads.discardRest(request);
  }

  // The answer waits for the temporary file to be gone, so that a client that gets it can rely on
  // the store holding nothing of the upload.
  private void settle(int status, String code, String message) {
    settled = true;
    discard().onComplete(discarded -> ApiError.send(ctx, status, code, message));
  }

  private void abandon() {
    if (!settled) {
      settled = true;
      discard();
    }
  }

  private Future<Void> discard() {
    if (file == null) {
      return Future.succeededFuture();
    }
    return file.close().transform(closed -> store.delete(temp));
  }
}
