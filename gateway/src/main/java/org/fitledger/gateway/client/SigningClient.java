package org.fitledger.gateway.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the gateway's REST API acting as one person, who signs their ledger writes on their
 * own machine with their {@link Device}: a write is sent asking for its proposal ({@code
 * Fitledger-Signing: device}), the device reads the proposal and signs it, then signs the endorsed
 * transaction, and the write's own answer comes back. Any other request is sent as it is.
 *
 * <pre>{@code
 * SigningClient client = SigningClient.of(URI.create("http://127.0.0.1:8080/"), "Bearer …", device);
 * HttpResponse<String> created = client.send("POST", "api/v1/equipment", equipmentJson);
 * }</pre>
 */
public final class SigningClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Function<String, HttpRequest.Builder> requests;
  private final Device device;

  /**
   * @param requests a request to a path of the API (relative, e.g. {@code api/v1/equipment}), with
   *     the person's credentials
   * @param device the person's device
   */
  public SigningClient(Function<String, HttpRequest.Builder> requests, Device device) {
    this.requests = requests;
    this.device = device;
  }

  /**
   * A client of the gateway at {@code base} with an {@code Authorization} header's value ({@code
   * Basic …} or {@code Bearer …}).
   */
  public static SigningClient of(URI base, String authorization, Device device) {
    URI root = base.toString().endsWith("/") ? base : URI.create(base + "/");
    return new SigningClient(
        path ->
            HttpRequest.newBuilder(root.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", authorization),
        device);
  }

  /**
   * A request as the person sends it: one of the people's ledger writes ({@link DeviceWrites}) is
   * signed on the device, anything else is sent as it is.
   *
   * @param path relative to the API's root, e.g. {@code api/v1/equipment}
   * @return the write's own answer (200 or 201), or the first answer that was neither that nor 202
   * @throws Device.Refused if the device refused to sign what the gateway asked it to
   */
  public HttpResponse<String> send(String method, String path, String body) {
    String relative = path.replaceFirst("^/+", "");
    Optional<DeviceWrites> write = DeviceWrites.of(method, relative, body);
    if (write.isEmpty()) {
      return send(
          requests
              .apply(relative)
              .header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }
    return signed(method, relative, body, toSign -> device.signProposalOf(toSign, write.get()));
  }

  /**
   * The three steps of a write signed on the device, its proposal signed by {@code signProposal}.
   *
   * @return the write's own answer, or the first answer that was not 202
   */
  public HttpResponse<String> signed(
      String method, String path, String body, Function<JsonNode, String> signProposal) {
    HttpResponse<String> proposal =
        send(
            requests
                .apply(path)
                .header("Content-Type", "application/json")
                .header("Fitledger-Signing", "device")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    if (proposal.statusCode() != 202) {
      return proposal;
    }
    JsonNode toSign = json(proposal);
    HttpResponse<String> endorsed = sendSignature(toSign, signProposal.apply(toSign));
    if (endorsed.statusCode() != 202) {
      return endorsed;
    }
    JsonNode transaction = json(endorsed);
    return sendSignature(transaction, device.signTransaction(transaction));
  }

  /**
   * Sends a signature of what the gateway asked to sign to the URL its answer named: the next step
   * of a write signed on the device.
   */
  public HttpResponse<String> sendSignature(JsonNode toSign, String signature) {
    return send(
        requests
            .apply(toSign.get("signatureUrl").asString().substring(1))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"signature\":\"" + signature + "\"}")));
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JsonMapper.shared().readTree(response.body());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the gateway", e);
    }
  }
}
