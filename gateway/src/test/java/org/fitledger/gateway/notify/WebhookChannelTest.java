package org.fitledger.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The webhook channel against the JDK's HTTP server on the loopback. */
class WebhookChannelTest {
  private static final String SECRET = "0123456789abcdef-secret";
  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private static final Notice NOTICE =
      new Notice(
          NotificationKind.DEADLINE_MISSED,
          "T-3",
          "EQ-3",
          "park",
          "SH/PD",
          "MINOR",
          "SIGNAGE",
          "FIXRIGHT",
          "repair",
          "2026-11-20T10:00:00Z",
          "2026-11-20T10:00:00Z");

  private record Received(Map<String, List<String>> headers, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(204);
  private HttpServer server;

  @BeforeEach
  void startTheReceiver() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
          exchange.sendResponseHeaders(status.get(), -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopTheReceiver() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  private static WebhookChannel channel(boolean allowPrivate) {
    return new WebhookChannel(
        new NotifySettings.Webhook(Duration.ofSeconds(5), allowPrivate),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private Delivery delivery(UUID id) {
    return new Delivery(
        id,
        "contractor3",
        new Preferences(null, url(), SECRET, Set.of(NotificationKind.DEADLINE_MISSED)),
        NOTICE,
        Messages.render(NOTICE));
  }

  @Test
  void posts_the_notice_signed_over_timestamp_and_body_with_the_delivery_id() {
    UUID id = UUID.randomUUID();
    assertThat(channel(true).deliver(delivery(id))).isEqualTo(Delivery.Result.DELIVERED);
    assertThat(received).hasSize(1);
    Received one = received.get(0);
    String timestamp = one.headers().get("X-fitledger-timestamp").get(0);
    assertThat(timestamp).isEqualTo(String.valueOf(NOW.getEpochSecond()));
    assertThat(one.headers().get("X-fitledger-delivery")).containsExactly(id.toString());
    assertThat(
            WebhookSignature.verify(
                SECRET,
                Long.parseLong(timestamp),
                one.body(),
                one.headers().get("X-fitledger-signature").get(0)))
        .isTrue();
    JsonNode body = JsonMapper.shared().readTree(one.body());
    assertThat(body.get("delivery").asString()).isEqualTo(id.toString());
    assertThat(body.get("kind").asString()).isEqualTo("DEADLINE_MISSED");
    assertThat(body.get("notice").get("ticketId").asString()).isEqualTo("T-3");
  }

  @Test
  void tries_again_on_an_answer_other_than_2xx() {
    status.set(503);
    Delivery.Result result = channel(true).deliver(delivery(UUID.randomUUID()));
    assertThat(result.outcome()).isEqualTo(Delivery.Outcome.RETRY);
    assertThat(result.reason()).contains("503");
  }

  @Test
  void gives_up_on_a_private_address_unless_allowed() {
    Delivery.Result result = channel(false).deliver(delivery(UUID.randomUUID()));
    assertThat(result.outcome()).isEqualTo(Delivery.Outcome.GIVE_UP);
    assertThat(result.reason()).contains("private address 127.0.0.1");
    assertThat(received).isEmpty();
  }

  @Test
  void knows_the_private_ranges() throws Exception {
    for (String address :
        List.of(
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1")) {
      assertThat(WebhookChannel.isPrivate(InetAddress.getByName(address))).as(address).isTrue();
    }
    for (String address : List.of("8.8.8.8", "100.128.0.1", "2001:4860:4860::8888")) {
      assertThat(WebhookChannel.isPrivate(InetAddress.getByName(address))).as(address).isFalse();
    }
  }
}
