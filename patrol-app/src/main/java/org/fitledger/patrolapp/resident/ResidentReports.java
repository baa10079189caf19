package org.fitledger.patrolapp.resident;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.fitledger.patrolapp.proxy.ApiError;
import org.fitledger.patrolapp.proxy.GatewayProxy;

/**
 * {@code POST /resident/reports} and {@code GET /resident/reports/{id}}: a resident's report from
 * the page, filed with the gateway's Open311 interface under the field app's {@code api_key}, and
 * its status. The page sends {@code {"equipmentId","serviceCode","description","danger","contact",
 * "photo"}} ({@code photo} the SHA-256 of a photo already in the evidence store) and gets {@code
 * {"id","notice"}}; a status is {@code {"id","status","notes","updated","expected","serviceCode"}}.
 * The gateway's Open311 errors come back as the page's {@code {"code","message"}}.
 */
public final class ResidentReports {
  /** The largest report body the page sends. */
  public static final int MAX_BODY_BYTES = 8 * 1024;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  private static final Map<Integer, String> CODES =
      Map.of(
          400, "INVALID_INPUT",
          403, "ACCESS_DENIED",
          404, "NOT_FOUND",
          429, "TOO_MANY_REQUESTS",
          503, "LEDGER_UNAVAILABLE");

  private final WebClient client;
  private final String open311;
  private final String apiKey;
  private final long timeoutMillis;

  /** Files through the gateway at {@code gatewayUrl} with {@code apiKey} (null: files nothing). */
  public ResidentReports(WebClient client, URI gatewayUrl, String apiKey, Duration timeout) {
    this.client = client;
    this.open311 = gatewayUrl + "/open311/v2";
    this.apiKey = apiKey;
    this.timeoutMillis = timeout.toMillis();
  }

  /** Files the report in the request's body. */
  public void file(RoutingContext ctx) {
    if (apiKey == null) {
      ApiError.send(ctx, 503, "REPORTS_OFF", "This field app takes no reports.");
      return;
    }
    JsonObject report;
    try {
      report = ctx.body().asJsonObject();
    } catch (RuntimeException e) {
      report = null;
    }
    if (report == null) {
      ApiError.send(ctx, 400, "INVALID_INPUT", "The report must be a JSON object.");
      return;
    }
    StringBuilder form = new StringBuilder();
    add(form, "api_key", apiKey);
    add(form, "service_code", text(report, "serviceCode"));
    add(form, "address_id", text(report, "equipmentId"));
    add(form, "description", text(report, "description"));
    add(form, "attribute[danger]", Boolean.TRUE.equals(report.getValue("danger")) ? "yes" : "no");
    String contact = text(report, "contact");
    if (contact != null && !contact.isBlank()) {
      add(form, contact.contains("@") ? "email" : "phone", contact);
    }
    String photo = text(report, "photo");
    if (photo != null) {
      if (!HASH.matcher(photo).matches()) {
        ApiError.send(ctx, 400, "INVALID_INPUT", "photo must be a SHA-256 in hex.");
        return;
      }
      add(form, "media_url", origin(ctx) + "/evidence/" + photo);
    }
    client
        .postAbs(open311 + "/requests.json")
        .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/x-www-form-urlencoded")
        .timeout(timeoutMillis)
        .sendBuffer(Buffer.buffer(form.toString()))
        .onSuccess(response -> filed(ctx, response))
        .onFailure(failure -> GatewayProxy.unreachable(ctx, failure));
  }

  /** The status of the report named in the path. */
  public void status(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    if (id == null || !ID.matcher(id).matches()) {
      ApiError.send(ctx, 404, "NOT_FOUND", "No such report.");
      return;
    }
    client
        .getAbs(open311 + "/requests/" + id + ".json")
        .timeout(timeoutMillis)
        .send()
        .onSuccess(response -> tracked(ctx, response))
        .onFailure(failure -> GatewayProxy.unreachable(ctx, failure));
  }

  private static void filed(RoutingContext ctx, HttpResponse<Buffer> response) {
    if (response.statusCode() != 201) {
      refused(ctx, response);
      return;
    }
    JsonObject request = response.bodyAsJsonArray().getJsonObject(0);
    answer(
        ctx,
        201,
        new JsonObject()
            .put("id", request.getString("service_request_id"))
            .put("notice", request.getString("service_notice")));
  }

  private static void tracked(RoutingContext ctx, HttpResponse<Buffer> response) {
    if (response.statusCode() != 200) {
      refused(ctx, response);
      return;
    }
    JsonObject request = response.bodyAsJsonArray().getJsonObject(0);
    answer(
        ctx,
        200,
        new JsonObject()
            .put("id", request.getString("service_request_id"))
            .put("status", request.getString("status"))
            .put("notes", request.getString("status_notes"))
            .put("serviceCode", request.getString("service_code"))
            .put("equipmentId", request.getString("address_id"))
            .put("updated", request.getString("updated_datetime"))
            .put("expected", request.getString("expected_datetime")));
  }

  private static void refused(RoutingContext ctx, HttpResponse<Buffer> response) {
    int status = response.statusCode();
    String description = "The report service answered " + status + ".";
    try {
      JsonArray errors = response.bodyAsJsonArray();
      description = errors.getJsonObject(0).getString("description", description);
    } catch (RuntimeException e) {
      // not the Open311 error format: the status says enough
    }
    int answered = status >= 500 ? 503 : status;
    ApiError.send(ctx, answered, CODES.getOrDefault(answered, "INVALID_INPUT"), description);
  }

  private static void answer(RoutingContext ctx, int status, JsonObject body) {
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(body.encode());
  }

  private static String text(JsonObject report, String field) {
    Object value = report.getValue(field);
    return value instanceof String s ? s : null;
  }

  private static void add(StringBuilder form, String name, String value) {
    if (value == null) {
      return;
    }
    if (form.length() > 0) {
      form.append('&');
    }
    form.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
        .append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  private static String origin(RoutingContext ctx) {
    MultiMap headers = ctx.request().headers();
    String host = headers.get(HttpHeaders.HOST);
    return ctx.request().scheme() + "://" + (host == null ? "fitledger" : host);
  }
}
