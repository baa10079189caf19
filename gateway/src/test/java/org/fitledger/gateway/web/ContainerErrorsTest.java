package org.fitledger.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests that Tomcat refuses before the gateway's code sees them answer the JSON error body. */
class ContainerErrorsTest {
  private WebServer server;

  @BeforeEach
  void start() {
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
    new ContainerErrors().customize(factory);
    server =
        factory.getWebServer(
            context ->
                context
                    .addServlet(
                        "ok",
                        new HttpServlet() {
                          @Override
                          protected void doGet(HttpServletRequest req, HttpServletResponse resp)
                              throws IOException {
                            resp.setContentType("text/plain");
                            resp.getWriter().write("ok");
                          }
                        })
                    .addMapping("/*"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  /** The raw answer to a request line sent as is, without a client's own checks. */
  private String send(String requestLine) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /api/v1/equipment/a%00b HTTP/1.1",
        "GET /api/v1/equipment/a%2Fb HTTP/1.1",
        "GET /api/v1/tickets/%C0%AE HTTP/1.1",
        "GET /api/v1/equipment/%zz HTTP/1.1"
      })
  void a_path_tomcat_refuses_answers_400_invalid_input_as_json(String requestLine)
      throws IOException {
    String answer = send(requestLine);

    assertThat(answer).startsWith("HTTP/1.1 400 ");
    String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
    assertThat(head).contains("content-type: application/json");
    JsonNode body = JsonMapper.shared().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    assertThat(body.get("code").asString()).isEqualTo("INVALID_INPUT");
    assertThat(body.get("message").asString())
        .isEqualTo(ContainerErrors.JsonErrorReport.UNREADABLE);
    assertThat(body.get("details").isArray()).isTrue();
  }

  @Test
  void a_request_line_too_long_answers_400_invalid_input_as_json() throws IOException {
    String answer = send("GET /api/v1/equipment/" + "a".repeat(20_000) + " HTTP/1.1");

    assertThat(answer).startsWith("HTTP/1.1 400 ");
    assertThat(answer).contains("\"code\":\"INVALID_INPUT\"").doesNotContain("<html");
  }

  @Test
  void a_request_tomcat_accepts_reaches_the_application_unchanged() throws IOException {
    String answer = send("GET /api/v1/equipment/a HTTP/1.1");

    assertThat(answer).startsWith("HTTP/1.1 200 ").endsWith("ok");
  }

  @Test
  void another_status_keeps_its_name_as_the_code() {
    ApiError error = ContainerErrors.JsonErrorReport.body(505);

    assertThat(error.code()).isEqualTo("HTTP_VERSION_NOT_SUPPORTED");
    assertThat(error.details()).isEmpty();
  }
}
