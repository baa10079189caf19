package org.fitledger.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.fitledger.gateway.cli.RecordedIo;
import org.fitledger.gateway.cli.UsageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code api send} against a gateway stand-in: what it sends, prints and exits with. */
class SendCommandTest {
  @TempDir Path msp;

  private HttpServer gateway;
  private final List<String> seen = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();
    Files.createDirectories(msp.resolve("signcerts"));
    Files.createDirectories(msp.resolve("keystore"));
    Files.writeString(
        msp.resolve("signcerts/cert.pem"),
        pem(
            new JcaX509v3CertificateBuilder(
                    new X500Name("CN=supervisor1"),
                    BigInteger.ONE,
                    Date.from(Instant.now()),
                    Date.from(Instant.now().plusSeconds(3600)),
                    new X500Name("CN=supervisor1"),
                    keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))));
    Files.writeString(
        msp.resolve("keystore/abc_sk"), pem(new JcaPKCS8Generator(keys.getPrivate(), null)));

    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext(
        "/",
        exchange -> {
          seen.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI()
                  + " "
                  + exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] answer =
              exchange.getRequestURI().getPath().equals("/api/v1/me")
                  ? "{\"username\":\"supervisor1\"}".getBytes(StandardCharsets.UTF_8)
                  : "{\"code\":\"NOT_FOUND\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(
              exchange.getRequestURI().getPath().equals("/api/v1/me") ? 200 : 404, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    gateway.start();
  }

  @AfterEach
  void stop() {
    gateway.stop(0);
  }

  private static String pem(Object object) throws Exception {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(object);
    }
    return text.toString();
  }

  private String[] args(String method, String path) {
    return new String[] {
      "--url",
      "http://127.0.0.1:" + gateway.getAddress().getPort(),
      "--user",
      "supervisor1",
      "--msp-id",
      "AuthorityMSP",
      "--msp",
      msp.toString(),
      "--channel",
      "maintenance",
      "--chaincode",
      "fitledger",
      "--method",
      method,
      "--path",
      path
    };
  }

  @Test
  void sends_a_read_as_the_person_and_prints_the_answer_and_its_status() throws Exception {
    RecordedIo recorded = new RecordedIo("", Map.of("FITLEDGER_PASSWORD", "pw"));

    int exit = new SendCommand().run(List.of(args("GET", "/api/v1/me")), recorded.io());

    assertThat(exit).isZero();
    assertThat(recorded.out()).isEqualTo("{\"username\":\"supervisor1\"}\n");
    assertThat(recorded.err()).isEqualTo("HTTP 200\n");
    String basic = Base64.getEncoder().encodeToString("supervisor1:pw".getBytes());
    assertThat(seen).containsExactly("GET /api/v1/me Basic " + basic);
  }

  @Test
  void exits_1_on_an_answer_that_is_not_2xx() throws Exception {
    RecordedIo recorded = new RecordedIo("", Map.of("FITLEDGER_PASSWORD", "pw"));

    int exit =
        new SendCommand().run(List.of(args("DELETE", "/api/v1/nothing-here")), recorded.io());

    assertThat(exit).isEqualTo(SendCommand.REFUSED);
    assertThat(recorded.err()).isEqualTo("HTTP 404\n");
  }

  @Test
  void refuses_another_method_a_path_outside_the_api_and_a_missing_password() {
    RecordedIo withPassword = new RecordedIo("", Map.of("FITLEDGER_PASSWORD", "pw"));

    assertThatThrownBy(
            () -> new SendCommand().run(List.of(args("PATCH", "/api/v1/me")), withPassword.io()))
        .isInstanceOf(UsageException.class);
    assertThatThrownBy(
            () ->
                new SendCommand().run(List.of(args("GET", "/actuator/health")), withPassword.io()))
        .isInstanceOf(UsageException.class);
    assertThatThrownBy(
            () ->
                new SendCommand()
                    .run(List.of(args("GET", "/api/v1/me")), new RecordedIo("", Map.of()).io()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("FITLEDGER_PASSWORD");
    assertThat(seen).isEmpty();
  }
}
