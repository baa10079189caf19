package org.fitledger.patrolapp;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.Objects;
import org.fitledger.patrolapp.evidence.EvidenceAccess;
import org.fitledger.patrolapp.evidence.EvidenceEndpoints;
import org.fitledger.patrolapp.evidence.EvidenceStore;
import org.fitledger.patrolapp.health.Health;
import org.fitledger.patrolapp.page.CachePolicy;
import org.fitledger.patrolapp.page.ManifestType;
import org.fitledger.patrolapp.page.SecurityHeaders;
import org.fitledger.patrolapp.proxy.GatewayProxy;
import org.fitledger.patrolapp.resident.AddressAllowance;
import org.fitledger.patrolapp.resident.ResidentReports;

/**
 * The patrol app's HTTP server: the field app from {@code webroot}, {@code /api/*} forwarded to the
 * gateway, the photo store under {@code /evidence/{sha256}}, residents' photos and reports under
 * {@code /resident/}, and {@code /health}.
 *
 * <pre>{@code
 * vertx.deployVerticle(new PatrolAppVerticle(PatrolAppConfig.fromEnvironment(System.getenv())));
 * }</pre>
 */
public final class PatrolAppVerticle extends VerticleBase {

  private static final int IDLE_TIMEOUT_SECONDS = 60;
  // Per resident's address and 10 minutes: enough for a few machines on one walk.
  static final int RESIDENT_PHOTOS = 10;
  static final int RESIDENT_REPORTS = 10;

  private final PatrolAppConfig config;
  private HttpServer server;

  /** Creates the verticle; nothing listens until it is deployed. */
  public PatrolAppVerticle(PatrolAppConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Future<?> start() {
    return EvidenceStore.open(vertx, config.evidence()).compose(this::listen);
  }

  private Future<HttpServer> listen(EvidenceStore store) {
    SecurityHeaders headers = new SecurityHeaders();
    CachePolicy cache = new CachePolicy();
    Health health = new Health();
    WebClient gateway = GatewayProxy.client(vertx);
    GatewayProxy proxy = new GatewayProxy(gateway, config.gatewayUrl(), config.gatewayTimeout());
    EvidenceAccess access =
        new EvidenceAccess(gateway, config.gatewayUrl(), config.gatewayTimeout());
    EvidenceEndpoints evidence = new EvidenceEndpoints(vertx, store, config.evidence().maxBytes());

    Router router = Router.router(vertx);
    router.route().handler(headers::apply);
    router.get("/health").handler(health::report);
    router
        .route("/api/*")
        .handler(BodyHandler.create(false).setBodyLimit(GatewayProxy.MAX_BODY_BYTES))
        .handler(proxy::forward)
        .failureHandler(proxy::reject);
    router.put("/evidence/:sha256").handler(access::mayUpload).handler(evidence::upload);
    // Residents, without sign-in: a photo and a report, each limited per address.
    ResidentReports reports =
        new ResidentReports(
            gateway, config.gatewayUrl(), config.open311Key(), config.gatewayTimeout());
    router
        .put("/resident/evidence/:sha256")
        .handler(new AddressAllowance(RESIDENT_PHOTOS, 10, System::nanoTime)::check)
        .handler(evidence::upload);
    // Whether the store holds a photo, without sign-in, for the gateway's Open311 interface to
    // check a filing's media_url before it records anything. It tells no more than a PUT of the
    // same
    // photo would, and only to whoever knows the hash, which the Open311 requests publish anyway.
    router.head("/resident/evidence/:sha256").handler(evidence::exists);
    router
        .post("/resident/reports")
        .handler(BodyHandler.create(false).setBodyLimit(ResidentReports.MAX_BODY_BYTES))
        .handler(new AddressAllowance(RESIDENT_REPORTS, 10, System::nanoTime)::check)
        .handler(reports::file)
        .failureHandler(proxy::reject);
    router.get("/resident/reports/:id").handler(reports::status);
    // The machines near a resident, for them to pick one: public, read-only, from the gateway.
    router.get("/public/*").handler(proxy::forward);
    router.head("/evidence/:sha256").handler(access::mayRead).handler(evidence::exists);
    router.get("/evidence/:sha256").handler(access::mayRead).handler(evidence::download);
    router.get("/manifest.webmanifest").handler(new ManifestType()::apply);
    router
        .route()
        .handler(cache::revalidate)
        .handler(StaticHandler.create("webroot").setCachingEnabled(false));

    return vertx
        .createHttpServer(new HttpServerOptions().setIdleTimeout(IDLE_TIMEOUT_SECONDS))
        .requestHandler(router)
        .listen(config.port())
        .onSuccess(listening -> server = listening);
  }

  /** The port the server listens on, once deployed; useful when the configured port is 0. */
  public int port() {
    if (server == null) {
      throw new IllegalStateException("not deployed");
    }
    return server.actualPort();
  }
}
