package org.fitledger.patrolapp.evidence;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import java.util.Optional;
import org.fitledger.patrolapp.proxy.ApiError;

/**
 * {@code PUT}, {@code HEAD} and {@code GET /evidence/{sha256}}: store a photo under its SHA-256,
 * ask whether the store has it, and fetch it without its metadata.
 *
 * <pre>{@code
 * router.put("/evidence/:sha256").handler(access::mayUpload).handler(evidence::upload);
 * router.head("/evidence/:sha256").handler(access::mayRead).handler(evidence::exists);
 * router.get("/evidence/:sha256").handler(access::mayRead).handler(evidence::download);
 * }</pre>
 */
public final class EvidenceEndpoints {

  /** The path parameter that holds the hash. */
  public static final String HASH_PARAM = "sha256";

  static final String CACHE_CONTROL = "private, max-age=31536000, immutable";

  private final Vertx vertx;
  private final EvidenceStore store;
  private final long maxBytes;

  /** Serves {@code store}, accepting photos of up to {@code maxBytes}. */
  public EvidenceEndpoints(Vertx vertx, EvidenceStore store, long maxBytes) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.store = Objects.requireNonNull(store, "store");
    this.maxBytes = maxBytes;
  }

  /** Streams the body into the store; 201 for a new photo, 200 for one it had. */
  public void upload(RoutingContext ctx) {
    Optional<EvidenceHash> hash = hashOf(ctx);
    if (hash.isEmpty()) {
      return;
    }
    String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && declaredTooLarge(length)) {
      Uploads.refuse(ctx, 413, "EVIDENCE_TOO_LARGE", Uploads.tooLarge(maxBytes));
      return;
    }
    new Upload(vertx, ctx, store, hash.get(), maxBytes).start();
  }

  /** 200 if the store has the photo, else 404 {@code EVIDENCE_NOT_FOUND}. */
  public void exists(RoutingContext ctx) {
    hashOf(ctx).ifPresent(hash -> exists(ctx, hash, 200));
  }

  /**
   * The photo without Exif, GPS or XMP metadata; 304 if {@code If-None-Match} names it, as the
   * photo under a hash never changes; or 404 {@code EVIDENCE_NOT_FOUND}.
   */
  public void download(RoutingContext ctx) {
    Optional<EvidenceHash> hash = hashOf(ctx);
    if (hash.isEmpty()) {
      return;
    }
    if (names(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), hash.get())) {
      exists(ctx, hash.get(), 304);
      return;
    }
    store
        .strippedCopy(hash.get())
        .onSuccess(copy -> send(ctx, hash.get(), copy))
        .onFailure(
            failure -> {
              if (failure instanceof NoSuchFileException) {
                notFound(ctx);
              } else {
                internal(ctx);
              }
            });
  }

  private void send(RoutingContext ctx, EvidenceHash hash, EvidenceStore.Copy copy) {
    cacheHeaders(ctx.response(), hash)
        .putHeader(HttpHeaders.CONTENT_TYPE, copy.type().mediaType())
        .putHeader("X-Content-Type-Options", "nosniff")
        .sendFile(copy.file().toString())
        .onComplete(sent -> store.delete(copy.file()));
  }

  private void exists(RoutingContext ctx, EvidenceHash hash, int status) {
    store
        .contains(hash)
        .onSuccess(
            found -> {
              if (found) {
                cacheHeaders(ctx.response(), hash).setStatusCode(status).end();
              } else {
                notFound(ctx);
              }
            })
        .onFailure(failure -> internal(ctx));
  }

  // If-None-Match may list several tags, weak ones among them, or be *.
  static boolean names(String ifNoneMatch, EvidenceHash hash) {
    if (ifNoneMatch == null) {
      return false;
    }
    String tag = "\"" + hash.hex() + "\"";
    for (String each : ifNoneMatch.split(",")) {
      String candidate = each.strip();
      if (candidate.equals("*") || candidate.equals(tag) || candidate.equals("W/" + tag)) {
        return true;
      }
    }
    return false;
  }

  static JsonObject stored(EvidenceHash hash, long bytes) {
    return new JsonObject().put("sha256", hash.hex()).put("bytes", bytes);
  }

  static HttpServerResponse cacheHeaders(HttpServerResponse response, EvidenceHash hash) {
    return response
        .putHeader(HttpHeaders.ETAG, "\"" + hash.hex() + "\"")
        .putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
  }

  private static Optional<EvidenceHash> hashOf(RoutingContext ctx) {
    Optional<EvidenceHash> hash = EvidenceHash.parse(ctx.pathParam(HASH_PARAM));
    if (hash.isEmpty()) {
      Uploads.refuse(
          ctx,
          400,
          "INVALID_EVIDENCE_HASH",
          "A photo is named by its SHA-256 as 64 lowercase hex digits.");
    }
    return hash;
  }

  private boolean declaredTooLarge(String length) {
    try {
      return Long.parseLong(length.strip()) > maxBytes;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void notFound(RoutingContext ctx) {
    ApiError.send(ctx, 404, "EVIDENCE_NOT_FOUND", "The store has no photo with this hash.");
  }

  private static void internal(RoutingContext ctx) {
    ApiError.send(ctx, 500, "INTERNAL_ERROR", "The photo store failed to handle the request.");
  }
}
