package org.fitledger.gateway;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * A steady load of patrols, as inspectors' phones send them: each client sends one patrol at a time
 * and sends it again, under its own id, until the gateway accepts it (201, or 200 for one it
 * already holds). It keeps every attempt, with when it was sent and answered and how.
 *
 * <pre>{@code
 * PatrolTraffic traffic = PatrolTraffic.start(gateway, equipment, "it-raft", 4);
 * try { ... } finally { traffic.stop(); }
 * Set<String> accepted = traffic.accepted();
 * }</pre>
 */
final class PatrolTraffic {
  /** No answer at all: the connection failed or timed out. */
  static final int NO_ANSWER = -1;

  /**
   * One attempt to send a patrol.
   *
   * @param sent when it was sent, {@link System#nanoTime}
   * @param answered when its answer came, or when it failed
   * @param status the HTTP status, or {@link #NO_ANSWER}
   */
  private record Attempt(String id, long sent, long answered, int status) {
    boolean accepted() {
      return status == 201 || status == 200;
    }
  }

  private final LiveGateway gateway;
  private final String equipment;
  private final String prefix;
  private final Set<String> accepted = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Thread> clients;

  private PatrolTraffic(LiveGateway gateway, String equipment, String prefix, int clients) {
    this.gateway = gateway;
    this.equipment = equipment;
    this.prefix = prefix;
    this.clients =
        IntStream.range(0, clients)
            .mapToObj(i -> new Thread(() -> patrolsUntilStopped(i), prefix + "-" + i))
            .toList();
  }

  /** Starts {@code clients} clients sending patrols of one inspection of {@code equipment}. */
  static PatrolTraffic start(LiveGateway gateway, String equipment, String prefix, int clients) {
    PatrolTraffic traffic = new PatrolTraffic(gateway, equipment, prefix, clients);
    traffic.clients.forEach(Thread::start);
    return traffic;
  }

  /** Stops the clients once each has had its current patrol accepted. */
  void stop() throws InterruptedException {
    running.set(false);
    for (Thread client : clients) {
      client.join();
    }
  }

  /** The ids of the patrols the gateway accepted. */
  Set<String> accepted() {
    return Set.copyOf(accepted);
  }

  /** How many attempts were answered with each status ({@link #NO_ANSWER} for none). */
  Map<Integer, Long> statuses() {
    Map<Integer, Long> counts = new TreeMap<>();
    attempts.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
    return counts;
  }

  /**
   * How long after {@code from} ({@link System#nanoTime}) the first patrol sent after it was
   * accepted: the time until writes went through again.
   *
   * @throws AssertionError if none was
   */
  Duration acceptedAgainAfter(long from) {
    long first =
        attempts.stream()
            .filter(a -> a.accepted() && a.sent() >= from)
            .mapToLong(Attempt::answered)
            .min()
            .orElseThrow(() -> new AssertionError("no patrol sent after the fault was accepted"));
    return Duration.ofNanos(first - from);
  }

  /** How many patrols sent at or after {@code from} were accepted by {@code until}. */
  long acceptedBetween(long from, long until) {
    return attempts.stream()
        .filter(a -> a.accepted() && a.sent() >= from && a.answered() <= until)
        .count();
  }

  private void patrolsUntilStopped(int client) {
    String inspector = "inspector" + (1 + client % 2);
    String token = null;
    long tokenTaken = 0;
    while (running.get()) {
      String id = prefix + "-" + UUID.randomUUID();
      String body = patrol(id);
      while (true) {
        long sent = System.nanoTime();
        int status = NO_ANSWER;
        try {
          if (token == null || sent - tokenTaken > Duration.ofMinutes(10).toNanos()) {
            token = gateway.token(inspector);
            tokenTaken = sent;
          }
          HttpResponse<String> answer = gateway.postWithBearer(token, "api/v1/patrols", body);
          status = answer.statusCode();
        } catch (RuntimeException | AssertionError e) {
          // the gateway is unreachable, or could not hand out a token: send the same patrol again
        }
        Attempt attempt = new Attempt(id, sent, System.nanoTime(), status);
        attempts.add(attempt);
        if (attempt.accepted()) {
          accepted.add(id);
          break;
        }
        sleep(200);
      }
    }
  }

  private String patrol(String id) {
    return "{\"id\":\""
        + id
        + "\",\"inspections\":[{\"equipmentId\":\""
        + equipment
        + "\",\"level\":\"ROUTINE\",\"condition\":\"OK\",\"checklist\":{\"bolts\":\"PASS\"},"
        + "\"notes\":\"\",\"photoHashes\":[],\"gps\":{\"latitude\":31.2305,"
        + "\"longitude\":121.4737,\"accuracyMeters\":5},\"observedAt\":\""
        + Instant.now()
        + "\"}]}";
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
