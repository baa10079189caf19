package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.fitledger.gateway.notify.WebhookSignature;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contractors hear of every ticket assigned to their company, across a SIGKILL of the sender.
 * contractor3 (FIXRIGHT) asks for e-mail and a signed webhook of each assignment; 20 tickets of
 * FIXRIGHT are opened by 4 clients at once (each request sent 1 or 2 times, and again until
 * accepted), and while the first notifications arrive the API gateway, which sends them, is killed
 * with SIGKILL and started again. The receivers are real: GreenMail's SMTP server on the loopback
 * port the stack sends to ({@code FITLEDGER_NOTIFY_SMTP_PORT}), and the JDK's HTTP server, which
 * refuses a webhook whose HMAC or timestamp does not check.
 *
 * <p>What is guaranteed, and so asserted: the outbox holds exactly one row per ticket and channel
 * (written with the ticket's rows in the indexer's transaction, idempotent by id), every row ends
 * SENT, and after each receiver drops repeats by delivery id, exactly one e-mail and one webhook
 * reached it per ticket: none missing, none twice. What is not guaranteed is that a receiver sees a
 * delivery only once: a sender killed after delivering but before marking the row sent delivers it
 * again, under the same id, once its lease has run out (at least once). Those raw redeliveries are
 * counted and printed, not hidden.
 */
class NotificationDeliveryFaultIT {
  private static final int TICKETS = 20;
  private static final int CLIENTS = 4;
  private static final String PATH = "api/v1/me/notifications";
  private static final String RECIPIENT = "contractor3";
  private static final String EMAIL = "contractor3-" + UUID.randomUUID() + "@fitledger.test";
  private static final String SECRET = "it-" + UUID.randomUUID();
  private static final Duration MAX_SKEW = Duration.ofMinutes(5);

  /** How long the webhook receiver takes to answer, so that a kill finds rows being delivered. */
  private static final long RECEIVER_MILLIS = 250;

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  /** A webhook received with a good signature: its delivery id and ticket. */
  private record Hook(String delivery, String ticket) {}

  private final ConcurrentLinkedQueue<Hook> hooks = new ConcurrentLinkedQueue<>();
  private final AtomicInteger badSignatures = new AtomicInteger();
  private final AtomicInteger staleTimestamps = new AtomicInteger();

  @Test
  void every_ticket_reaches_email_and_webhook_once_by_delivery_id_across_a_sender_kill()
      throws Exception {
    int smtpPort = Integer.parseInt(required("FITLEDGER_NOTIFY_SMTP_PORT"));
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
    smtp.start();
    HttpServer receiver = webhookReceiver();
    receiver.start();
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/fitledger";
    try {
      // contractor4 is FIXRIGHT's too: told nothing, so that only contractor3's rows are counted.
      put("contractor4", "{\"kinds\":[]}");
      put(
          RECIPIENT,
          "{\"email\":\""
              + EMAIL
              + "\",\"webhookUrl\":\""
              + url
              + "\",\"webhookSecret\":\""
              + SECRET
              + "\",\"kinds\":[\"ASSIGNED\"]}");
      TicketFixtures fixtures = new TicketFixtures(gateway, "FIXRIGHT", RECIPIENT);
      List<String> equipment = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        equipment.add(fixtures.equipment());
      }
      WriteTraffic traffic =
          WriteTraffic.startCounted(
              gateway,
              "it-notify",
              (client, id) ->
                  List.of(
                      new WriteTraffic.Request(
                          "supervisor1",
                          "api/v1/tickets",
                          TicketFixtures.opening(id, equipment.get(client), "MINOR"))),
              CLIENTS,
              TICKETS,
              2);
      int hooksAtKill;
      long restartMillis;
      try {
        awaitAtLeast(() -> hooks.size(), 3, Duration.ofSeconds(120), "the first webhooks");
        hooksAtKill = hooks.size();
        Launcher.killHard(Launcher.pid("gateway"));
        long killed = System.nanoTime();
        Launcher.run("start", "gateway");
        restartMillis = Duration.ofNanos(System.nanoTime() - killed).toMillis();
      } finally {
        traffic.awaitDone();
      }
      Set<String> tickets = traffic.accepted();
      assertThat(tickets).hasSize(TICKETS);

      List<JsonNode> rows = awaitAllSent(tickets, Duration.ofSeconds(180));
      // The last row marked SENT was delivered before it was marked; nothing is pending.
      List<MimeMessage> mails = mailsTo(smtp, EMAIL);
      Map<String, Set<String>> mailIdsByTicket = new HashMap<>();
      Map<String, Integer> mailCopies = new HashMap<>();
      for (MimeMessage mail : mails) {
        String ticket = ticketOf(mail.getSubject(), tickets);
        String messageId = mail.getMessageID();
        String delivery = mail.getHeader(WebhookSignature.DELIVERY_HEADER, null);
        assertThat(messageId).isEqualTo("<" + delivery + "@fitledger>");
        mailIdsByTicket.computeIfAbsent(ticket, t -> new HashSet<>()).add(messageId);
        mailCopies.merge(messageId, 1, Integer::sum);
      }
      Map<String, Set<String>> hookIdsByTicket = new HashMap<>();
      Map<String, Integer> hookCopies = new HashMap<>();
      for (Hook hook : hooks) {
        hookIdsByTicket.computeIfAbsent(hook.ticket(), t -> new HashSet<>()).add(hook.delivery());
        hookCopies.merge(hook.delivery(), 1, Integer::sum);
      }
      long mailRedeliveries = mails.size() - mailCopies.size();
      long hookRedeliveries = hooks.size() - hookCopies.size();
      Set<String> missing = new HashSet<>();
      for (String ticket : tickets) {
        if (mailIdsByTicket.getOrDefault(ticket, Set.of()).size() != 1
            || hookIdsByTicket.getOrDefault(ticket, Set.of()).size() != 1) {
          missing.add(ticket);
        }
      }
      System.out.printf(
          "notifications: %d tickets opened, sender (gateway) killed once with %d webhooks"
              + " received, back up after %d ms; outbox rows %d (all SENT);"
              + " e-mails received %d, distinct delivery ids %d, raw redeliveries %d;"
              + " webhooks received %d, distinct delivery ids %d, raw redeliveries %d;"
              + " bad signatures %d, stale timestamps %d; tickets missing a distinct e-mail or"
              + " webhook %d%n",
          tickets.size(),
          hooksAtKill,
          restartMillis,
          rows.size(),
          mails.size(),
          mailCopies.size(),
          mailRedeliveries,
          hooks.size(),
          hookCopies.size(),
          hookRedeliveries,
          badSignatures.get(),
          staleTimestamps.get(),
          missing.size());

      assertThat(hooksAtKill)
          .as("webhooks received when the sender was killed")
          .isLessThan(TICKETS);
      assertThat(rows)
          .as("outbox rows of the tickets: one per ticket and channel")
          .hasSize(2 * TICKETS);
      assertThat(missing).as("tickets without exactly one e-mail and one webhook id").isEmpty();
      assertThat(mailIdsByTicket.keySet()).isEqualTo(tickets);
      assertThat(hookIdsByTicket.keySet()).isEqualTo(tickets);
      assertThat(mailCopies).hasSize(TICKETS);
      assertThat(hookCopies).hasSize(TICKETS);
      assertThat(badSignatures.get()).as("webhooks with a bad signature").isZero();
      assertThat(staleTimestamps.get()).as("webhooks with a stale timestamp").isZero();
      FaultResults.record(
          "notification sender (gateway) killed once while sending",
          "back up within " + restartMillis + " ms; every row SENT",
          TICKETS
              + " tickets opened by "
              + CLIENTS
              + " clients; raw redeliveries: "
              + mailRedeliveries
              + " e-mails, "
              + hookRedeliveries
              + " webhooks",
          new FaultChecks.Tally(2L * TICKETS, 2L * missing.size(), 0));
    } finally {
      put(RECIPIENT, "{\"kinds\":[]}");
      receiver.stop(0);
      smtp.stop();
    }
  }

  private void put(String person, String body) {
    HttpResponse<String> answer = gateway.put(person, PATH, body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  /** The JDK's HTTP server, checking each webhook's HMAC and timestamp as a receiver must. */
  private HttpServer webhookReceiver() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.createContext(
        "/fitledger",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String delivery = exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_HEADER);
          String timestamp =
              exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER);
          String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
          int status;
          long seconds = timestamp == null ? -1 : Long.parseLong(timestamp);
          if (!WebhookSignature.verify(SECRET, seconds, body, signature)) {
            badSignatures.incrementAndGet();
            status = 401;
          } else if (Duration.between(Instant.ofEpochSecond(seconds), Instant.now())
                  .abs()
                  .compareTo(MAX_SKEW)
              > 0) {
            staleTimestamps.incrementAndGet();
            status = 401;
          } else {
            JsonNode json = JsonMapper.shared().readTree(body);
            assertThat(json.get("delivery").asString()).isEqualTo(delivery);
            hooks.add(new Hook(delivery, json.get("notice").get("ticketId").asString()));
            status = 204;
          }
          try {
            Thread.sleep(RECEIVER_MILLIS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    return server;
  }

  /** contractor3's outbox rows of these tickets, once every one of them is SENT. */
  private List<JsonNode> awaitAllSent(Set<String> tickets, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    List<JsonNode> rows = List.of();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> answer = gateway.get(RECIPIENT, PATH + "/deliveries");
      if (answer.statusCode() == 200) {
        rows = new ArrayList<>();
        for (JsonNode row : LiveGateway.json(answer)) {
          if (tickets.contains(row.get("ticketId").asString())) {
            rows.add(row);
          }
        }
        boolean allSent =
            rows.size() == 2 * tickets.size()
                && rows.stream().allMatch(r -> r.get("status").asString().equals("SENT"));
        if (allSent) {
          return rows;
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "not every outbox row of the tickets was SENT within " + within + ": " + rows);
  }

  private static List<MimeMessage> mailsTo(GreenMail smtp, String address) throws Exception {
    List<MimeMessage> mine = new ArrayList<>();
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      for (Address to : mail.getAllRecipients()) {
        if (to.toString().equals(address)) {
          mine.add(mail);
        }
      }
    }
    return mine;
  }

  private static String ticketOf(String subject, Set<String> tickets) {
    return tickets.stream()
        .filter(subject::contains)
        .findFirst()
        .orElseThrow(() -> new AssertionError("an e-mail of no ticket of this test: " + subject));
  }

  private static void awaitAtLeast(IntSupplier count, int least, Duration within, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (count.getAsInt() < least) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + what + " within " + within);
      }
      Thread.sleep(100);
    }
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run via ./fitledger test");
    }
    return value;
  }
}
