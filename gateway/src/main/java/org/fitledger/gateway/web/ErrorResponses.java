package org.fitledger.gateway.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fitledger.model.error.ErrorCode;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Declares in the OpenAPI document the error answers of every {@code /api/} operation, each with
 * the {@link ApiError} body {@code {code, message, txId?, details}}, so that a client (or a fuzzer
 * checking status codes and schemas) knows every status it may get:
 *
 * <ul>
 *   <li>every operation: 400 (a malformed parameter, query or body) and 401;
 *   <li>every operation but signing in and {@code /me}: 403, and 502 and 503 (the ledger failed or
 *       did not answer, or the index's database could not be reached);
 *   <li>an operation with a path parameter, or a write: 404 (a record it names does not exist, or
 *       lies outside the person's scope);
 *   <li>a write ({@code POST}, {@code PUT}, but signing in): 409 (a record exists, a transition out
 *       of order, a transaction the peers did not endorse or commit), and 428 (a person who signs
 *       on their own device sent it without {@code Fitledger-Signing: device});
 *   <li>an operation that takes a body: 415 (a body that is not JSON);
 *   <li>an operation that answers CSV too: 406 (an {@code Accept} header that wants neither JSON
 *       nor CSV).
 * </ul>
 *
 * <p>Each status's description lists the codes that answer it, from {@link ErrorStatuses}.
 * Operations that take {@code format=csv} also declare their CSV answer ({@code text/csv}).
 */
@Component
class ErrorResponses implements OpenApiCustomizer {
  static final String SCHEMA = "ApiError";
  private static final String DETAIL_SCHEMA = "PeerDetail";
  private static final String SESSION = "/api/v1/session";
  private static final String ME = "/api/v1/me";

  @Override
  public void customise(OpenAPI openApi) {
    if (openApi.getPaths() == null) {
      return;
    }
    openApi.schema(SCHEMA, errorSchema()).schema(DETAIL_SCHEMA, detailSchema());
    openApi
        .getPaths()
        .forEach(
            (path, item) -> {
              if (path.startsWith("/api/")) {
                item.readOperationsMap().forEach((method, op) -> declare(path, method, op));
              }
            });
  }

  private static void declare(String path, PathItem.HttpMethod method, Operation operation) {
    boolean signIn = path.equals(SESSION);
    boolean write =
        !signIn
            && (method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE);
    boolean pathParameter =
        operation.getParameters() != null
            && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
    // A format parameter that offers csv (the assessment report's offers pdf and html instead).
    boolean csv =
        operation.getParameters() != null
            && operation.getParameters().stream()
                .anyMatch(
                    p ->
                        "query".equals(p.getIn())
                            && "format".equals(p.getName())
                            && p.getSchema() != null
                            && p.getSchema().getEnum() != null
                            && p.getSchema().getEnum().contains("csv"));

    Set<HttpStatus> statuses = new LinkedHashSet<>();
    statuses.add(HttpStatus.BAD_REQUEST);
    statuses.add(HttpStatus.UNAUTHORIZED);
    if (!signIn && !path.equals(ME)) {
      statuses.add(HttpStatus.FORBIDDEN);
      statuses.add(HttpStatus.BAD_GATEWAY);
      statuses.add(HttpStatus.SERVICE_UNAVAILABLE);
    }
    if (pathParameter || write) {
      statuses.add(HttpStatus.NOT_FOUND);
    }
    if (write) {
      statuses.add(HttpStatus.CONFLICT);
      statuses.add(HttpStatus.PRECONDITION_REQUIRED);
    }
    if (operation.getRequestBody() != null) {
      statuses.add(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }
    if (csv) {
      statuses.add(HttpStatus.NOT_ACCEPTABLE);
      ApiResponse ok = operation.getResponses().get("200");
      if (ok != null && ok.getContent() != null) {
        ok.getContent().addMediaType("text/csv", new MediaType().schema(new StringSchema()));
      }
    }
    ApiResponses responses = operation.getResponses();
    for (HttpStatus status : statuses) {
      String key = String.valueOf(status.value());
      if (!responses.containsKey(key)) {
        responses.addApiResponse(key, response(status));
      }
    }
  }

  private static ApiResponse response(HttpStatus status) {
    return new ApiResponse()
        .description(description(status))
        .content(
            new Content()
                .addMediaType(
                    "application/json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
  }

  /** The codes that answer a status, e.g. "TICKET_NOT_FOUND, ...", or the status's own reason. */
  static String description(HttpStatus status) {
    Set<String> codes =
        Arrays.stream(ErrorCode.values())
            .filter(code -> ErrorStatuses.of(code) == status)
            .map(Enum::name)
            .collect(Collectors.toCollection(TreeSet::new));
    return status.getReasonPhrase() + (codes.isEmpty() ? "" : ": " + String.join(", ", codes));
  }

  private static Schema<?> errorSchema() {
    return new ObjectSchema()
        .description("The body of every error answer")
        .required(List.of("code", "message", "details"))
        .addProperty(
            "code",
            new StringSchema()
                .description(
                    "a stable code: one of FitLedger's error codes, or the HTTP status's name"
                        + " (NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE, ...)"))
        .addProperty("message", new StringSchema().description("what went wrong, for a person"))
        .addProperty(
            "txId",
            new StringSchema().description("the failed transaction, if the request made one"))
        .addProperty(
            "details",
            new ArraySchema()
                .items(new Schema<>().$ref("#/components/schemas/" + DETAIL_SCHEMA))
                .description("what each peer said"));
  }

  private static Schema<?> detailSchema() {
    return new ObjectSchema()
        .required(List.of("message"))
        .addProperty(
            "address", new StringSchema().description("the peer's address (supervisors only)"))
        .addProperty(
            "mspId", new StringSchema().description("the peer's MSP id (supervisors only)"))
        .addProperty("message", new StringSchema().description("the peer's error message"));
  }
}
