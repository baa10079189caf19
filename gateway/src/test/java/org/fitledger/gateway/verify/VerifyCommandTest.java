package org.fitledger.gateway.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.cli.CommandException;
import org.fitledger.gateway.cli.RecordedIo;
import org.fitledger.gateway.cli.UsageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class VerifyCommandTest {
  private static final Map<String, String> PASSWORD = Map.of("FITLEDGER_PASSWORD", "s3cret");

  private HttpServer gateway;
  private String url;
  private final List<String> authorizations = new ArrayList<>();
  private int status = 200;
  private String answer;

  @BeforeEach
  void gateway() throws IOException {
    gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    gateway.createContext(
        "/api/v1/audit/verify",
        exchange -> {
          authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    gateway.start();
    url = "http://127.0.0.1:" + gateway.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    gateway.stop(0);
  }

  private int verify(RecordedIo io) throws Exception {
    return new VerifyCommand().run(List.of("--url", url, "--user", "supervisor1"), io.io());
  }

  @Test
  void prints_the_report_and_exits_1_when_the_index_differs() throws Exception {
    answer = VerifyReportTextTest.DIFFERENT;
    RecordedIo io = new RecordedIo("", PASSWORD);

    int exitCode = verify(io);

    assertThat(exitCode).isEqualTo(1);
    assertThat(io.out())
        .startsWith("blocks 0..41: 42 checked; last indexed block 41; 1.2 s\n")
        .contains(
            "  MISMATCH chain block 17 DATA_HASH: header says ab12, transactions hash to cd34\n")
        .endsWith("2 MISMATCHES\n");
  }

  @Test
  void exits_0_when_the_index_equals_the_ledger() throws Exception {
    answer = JsonMapper.shared().writeValueAsString(VerifyReportTextTest.OK);
    RecordedIo io = new RecordedIo("", PASSWORD);

    assertThat(verify(io)).isZero();
    assertThat(io.out()).endsWith("OK: the index equals the ledger and the chain holds\n");
  }

  @Test
  void asks_as_the_user_with_the_password_from_the_environment() throws Exception {
    answer = JsonMapper.shared().writeValueAsString(VerifyReportTextTest.OK);

    verify(new RecordedIo("not this one\n", PASSWORD));

    assertThat(authorizations).containsExactly("Basic " + base64("supervisor1:s3cret"));
  }

  @Test
  void reads_the_password_from_standard_input_when_the_environment_has_none() throws Exception {
    answer = JsonMapper.shared().writeValueAsString(VerifyReportTextTest.OK);

    verify(new RecordedIo("from-stdin\nmore\n", Map.of()));

    assertThat(authorizations).containsExactly("Basic " + base64("supervisor1:from-stdin"));
  }

  @Test
  void needs_a_password() {
    assertThatThrownBy(() -> verify(new RecordedIo("", Map.of())))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "no password of supervisor1: set FITLEDGER_PASSWORD or give it on standard input");
    assertThat(authorizations).isEmpty();
  }

  @Test
  void says_what_the_gateway_answered_when_it_refuses() {
    status = 401;
    answer = "{\"code\":\"UNAUTHENTICATED\",\"message\":\"wrong username or password\"}";

    assertThatThrownBy(() -> verify(new RecordedIo("", PASSWORD)))
        .isInstanceOf(CommandException.class)
        .hasMessage(
            "the gateway at "
                + url
                + " refused: HTTP 401 {\"code\":\"UNAUTHENTICATED\",\"message\":\"wrong username"
                + " or password\"}");
  }

  @Test
  void says_when_the_gateway_cannot_be_reached() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    url = "http://127.0.0.1:" + closedPort;

    assertThatThrownBy(() -> verify(new RecordedIo("", PASSWORD)))
        .isInstanceOf(CommandException.class)
        .hasMessageStartingWith("cannot reach the gateway at " + url + ": ");
  }

  @Test
  void says_when_the_url_is_not_an_http_url() {
    url = "127.0.0.1:18080";

    assertThatThrownBy(() -> verify(new RecordedIo("", PASSWORD)))
        .isInstanceOf(CommandException.class)
        .hasMessageStartingWith("--url 127.0.0.1:18080 is not an http(s) URL: ");
  }

  @Test
  void says_when_the_answer_is_not_a_report() {
    answer = "<html>a proxy's page</html>";

    assertThatThrownBy(() -> verify(new RecordedIo("", PASSWORD)))
        .isInstanceOf(CommandException.class)
        .hasMessageStartingWith("the gateway's answer is not a verification report: ");
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
