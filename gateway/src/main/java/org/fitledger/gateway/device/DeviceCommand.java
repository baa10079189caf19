package org.fitledger.gateway.device;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.fitledger.gateway.cli.Command;
import org.fitledger.gateway.cli.CommandException;
import org.fitledger.gateway.cli.CommandIo;
import org.fitledger.gateway.cli.Options;
import org.fitledger.gateway.cli.UsageException;
import org.fitledger.gateway.ledger.PemFiles;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code device simulate}: a connected machine's device, as a test bench stands in for one. It
 * signs one reading (the usage count and, with {@code --fault CODE:SEVERITY:CATEGORY}, a fault)
 * with the device's own key and sends it to the gateway's ingress, then prints the answer. It exits
 * 0 when the ledger recorded the reading, {@value #REFUSED} when the gateway or the chaincode
 * refused it.
 *
 * <pre>{@code
 * java -jar fitledger-gateway.jar device simulate --url http://127.0.0.1:8080 \
 *     --device device-EQ-1 --certificate run/devices/device-EQ-1/msp/signcerts/cert.pem \
 *     --key run/devices/device-EQ-1/msp/keystore/…_sk --machine EQ-1 --usage 1234 \
 *     --fault E12:MAJOR:MECHANICAL
 * }</pre>
 */
public final class DeviceCommand implements Command {
  /** The exit code when the reading was refused. */
  public static final int REFUSED = 1;

  private static final Set<String> OPTIONS =
      Set.of(
          "--url", "--device", "--certificate", "--key", "--machine", "--usage", "--fault", "--id");

  @Override
  public String usage() {
    return "--url URL --device NAME --certificate PEM --key PEM --machine ID --usage COUNT"
        + " [--fault CODE:SEVERITY:CATEGORY] [--id READING_ID]";
  }

  @Override
  public int run(List<String> args, CommandIo io) throws UsageException, IOException {
    Options options = Options.parse(args, OPTIONS);
    String url = options.required("--url").replaceAll("/+$", "");
    String device = options.required("--device");
    Path key = Path.of(options.required("--key"));
    PemFiles.certificate(Path.of(options.required("--certificate")));
    String machine = options.required("--machine");
    long usage;
    try {
      usage = Long.parseLong(options.required("--usage"));
    } catch (NumberFormatException e) {
      throw new UsageException("--usage must be a whole number");
    }
    ObjectNode reading = JsonMapper.shared().createObjectNode();
    reading.put("id", options.optional("--id").orElse(device + "-" + Instant.now().toEpochMilli()));
    reading.put("equipmentId", machine);
    reading.put("observedAt", Instant.now().toString());
    reading.put("usageCount", usage);
    if (options.optional("--fault").isPresent()) {
      String[] fault = options.optional("--fault").get().split(":", -1);
      if (fault.length != 3) {
        throw new UsageException("--fault is CODE:SEVERITY:CATEGORY, e.g. E12:MAJOR:MECHANICAL");
      }
      reading.put("faultCode", fault[0]);
      reading.put("faultSeverity", fault[1]);
      reading.put("faultCategory", fault[2]);
    }
    byte[] body = JsonMapper.shared().writeValueAsBytes(reading);
    String signature;
    try {
      signature = DeviceSignatures.sign(PemFiles.privateKey(key), body);
    } catch (GeneralSecurityException e) {
      throw new CommandException("signing with " + key + " failed: " + e.getMessage(), e);
    }
    HttpResponse<String> answer = send(url, device, signature, body);
    io.out().println(answer.statusCode() + " " + answer.body());
    return answer.statusCode() == 200 ? DONE : REFUSED;
  }

  private static HttpResponse<String> send(String url, String device, String signature, byte[] body)
      throws IOException {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url + "/ingress/v1/readings"))
              .timeout(Duration.ofSeconds(60))
              .header("Content-Type", "application/json")
              .header("X-FitLedger-Device", device)
              .header("X-FitLedger-Signature", signature)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      return HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .build()
          .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new CommandException("--url " + url + " is not an http(s) URL", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandException("interrupted while sending the reading", e);
    }
  }
}
