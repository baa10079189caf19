package org.fitledger.gateway.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.fitledger.gateway.cli.Command;
import org.fitledger.gateway.cli.CommandException;
import org.fitledger.gateway.cli.CommandIo;
import org.fitledger.gateway.cli.Options;
import org.fitledger.gateway.cli.UsageException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code audit verify}: asks a running gateway's {@code GET /api/v1/audit/verify} as a supervisor
 * and prints the report ({@link VerifyReportText}). It exits 0 when the index equals the ledger and
 * the chain holds, {@value #DIFFERENT} when not, and {@value Command#FAILED} when there is no
 * report: the gateway refused or could not be reached. The password comes from {@code
 * FITLEDGER_PASSWORD}, else from the terminal or the first line of standard input, never from the
 * command line, where anyone on the machine could read it.
 *
 * <pre>{@code
 * FITLEDGER_PASSWORD=… java -jar fitledger-gateway.jar audit verify \
 *     --url http://127.0.0.1:8080 --user supervisor1
 * }</pre>
 */
public final class VerifyCommand implements Command {
  /** The exit code when the index differs from the ledger or the chain does not hold. */
  public static final int DIFFERENT = 1;

  private static final String PASSWORD_VARIABLE = "FITLEDGER_PASSWORD";
  private static final Set<String> OPTIONS = Set.of("--url", "--user");
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration VERIFY_TIMEOUT = Duration.ofHours(1);
  private static final int MAX_ERROR_CHARS = 2000;

  @Override
  public String usage() {
    return "--url URL --user NAME (the password from " + PASSWORD_VARIABLE + " or standard input)";
  }

  @Override
  public int run(List<String> args, CommandIo io) throws UsageException, IOException {
    Options options = Options.parse(args, OPTIONS);
    String url = options.required("--url").replaceAll("/+$", "");
    String user = options.required("--user");
    String password = password(user, io);
    HttpResponse<String> answer = ask(url, user, password);
    if (answer.statusCode() != 200) {
      throw new CommandException(
          "the gateway at "
              + url
              + " refused: HTTP "
              + answer.statusCode()
              + " "
              + abbreviated(answer.body()));
    }
    VerifyReport report;
    try {
      report = JsonMapper.shared().readValue(answer.body(), VerifyReport.class);
    } catch (JacksonException e) {
      throw new CommandException(
          "the gateway's answer is not a verification report: " + e.getOriginalMessage(), e);
    }
    VerifyReportText.lines(report).forEach(io.out()::println);
    return report.ok() ? DONE : DIFFERENT;
  }

  private static HttpResponse<String> ask(String url, String user, String password) {
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(URI.create(url + "/api/v1/audit/verify"));
    } catch (IllegalArgumentException e) {
      throw new CommandException("--url " + url + " is not an http(s) URL: " + e.getMessage(), e);
    }
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        builder
            .header("Authorization", "Basic " + basic)
            .header("Accept", "application/json")
            .timeout(VERIFY_TIMEOUT)
            .GET()
            .build();
    HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw new CommandException("cannot reach the gateway at " + url + ": " + reason(e), e);
    } catch (HttpTimeoutException e) {
      throw new CommandException(
          "the gateway at " + url + " did not answer within " + VERIFY_TIMEOUT, e);
    } catch (IOException e) {
      throw new CommandException("no answer from the gateway at " + url + ": " + reason(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandException("interrupted while the gateway verified", e);
    }
  }

  private static String password(String user, CommandIo io) throws IOException, UsageException {
    if (io.variable(PASSWORD_VARIABLE).isPresent()) {
      return io.variable(PASSWORD_VARIABLE).get();
    }
    String password;
    if (io.console() != null) {
      char[] typed = io.console().readPassword("password of %s: ", user);
      password = typed == null ? null : new String(typed);
    } else {
      password =
          new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
    }
    if (password == null || password.isEmpty()) {
      throw new UsageException(
          "no password of "
              + user
              + ": set "
              + PASSWORD_VARIABLE
              + " or give it on standard input");
    }
    return password;
  }

  /** The JDK's client throws a ConnectException without a message when a port is closed. */
  private static String reason(IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        return cause.getMessage();
      }
    }
    return e instanceof ConnectException ? "connection refused" : e.getClass().getSimpleName();
  }

  private static String abbreviated(String body) {
    String text = body.strip();
    return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS) + "…";
  }
}
