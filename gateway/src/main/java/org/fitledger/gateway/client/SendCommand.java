package org.fitledger.gateway.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.fitledger.gateway.cli.Command;
import org.fitledger.gateway.cli.CommandException;
import org.fitledger.gateway.cli.CommandIo;
import org.fitledger.gateway.cli.Options;
import org.fitledger.gateway.cli.UsageException;

/**
 * {@code api send}: one request to the gateway's REST API as a person, from their own machine. A
 * ledger write is signed there with the person's own key (their MSP directory), never by the
 * gateway: the proposal is read and checked against the request before it is signed ({@link
 * SigningClient}). The body of a POST or a PUT comes on standard input; the answer's body is
 * printed, and its status ({@code HTTP 201}) on standard error. It exits 0 on a 2xx answer, {@value
 * #REFUSED} otherwise.
 *
 * <pre>{@code
 * FITLEDGER_PASSWORD=… java -jar fitledger-gateway.jar api send --url http://127.0.0.1:8080 \
 *     --user supervisor1 --msp-id AuthorityMSP --msp run/people/supervisor1/msp \
 *     --channel maintenance --chaincode fitledger --method POST --path /api/v1/equipment < eq.json
 * }</pre>
 */
public final class SendCommand implements Command {
  /** The exit code when the gateway answered anything but 2xx. */
  public static final int REFUSED = 1;

  private static final String PASSWORD_VARIABLE = "FITLEDGER_PASSWORD";
  private static final Set<String> OPTIONS =
      Set.of(
          "--url", "--user", "--msp-id", "--msp", "--channel", "--chaincode", "--method", "--path");
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");

  @Override
  public String usage() {
    return "--url URL --user NAME --msp-id ID --msp DIR --channel NAME --chaincode NAME"
        + " [--method POST] --path /api/v1/… < BODY (the password from "
        + PASSWORD_VARIABLE
        + ")";
  }

  @Override
  public int run(List<String> args, CommandIo io) throws UsageException, IOException {
    Options options = Options.parse(args, OPTIONS);
    String method = options.optional("--method").orElse("POST");
    if (!METHODS.contains(method)) {
      throw new UsageException("--method is one of " + METHODS);
    }
    String path = options.required("--path");
    if (!path.startsWith("/api/")) {
      throw new UsageException("--path is a path of the API, e.g. /api/v1/equipment");
    }
    String user = options.required("--user");
    String password =
        io.variable(PASSWORD_VARIABLE)
            .orElseThrow(
                () -> new UsageException("no password of " + user + ": set " + PASSWORD_VARIABLE));
    Device device =
        Device.ofMsp(
            options.required("--msp-id"),
            Path.of(options.required("--msp")),
            options.required("--channel"),
            options.required("--chaincode"));
    URI url;
    try {
      url = URI.create(options.required("--url").replaceAll("/+$", "") + "/");
    } catch (IllegalArgumentException e) {
      throw new UsageException("--url is not a URL: " + e.getMessage());
    }
    // Only a POST or a PUT has a body: a GET or a DELETE does not wait for standard input.
    String body =
        method.equals("POST") || method.equals("PUT")
            ? new String(io.in().readAllBytes(), StandardCharsets.UTF_8)
            : "";
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer;
    try {
      answer = SigningClient.of(url, "Basic " + basic, device).send(method, path, body);
    } catch (UncheckedIOException e) {
      throw new CommandException("no answer from the gateway at " + url + ": " + e.getCause(), e);
    } catch (Device.Refused e) {
      throw new CommandException("not signed: " + e.getMessage(), e);
    }
    io.out().println(answer.body());
    io.err().println("HTTP " + answer.statusCode());
    return answer.statusCode() / 100 == 2 ? DONE : REFUSED;
  }
}
