package org.fitledger.gateway;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * A steady load of writes, as the field app's users send them. Each client does one piece of work
 * at a time under an id of its own (a patrol; a ticket from opening to verification) and sends each
 * of its requests again, unchanged, until the gateway accepts it (201 or 200, also for a record it
 * already holds). It keeps every attempt, with when it was sent and answered and how.
 *
 * <pre>{@code
 * WriteTraffic patrols = WriteTraffic.start(gateway, "it-raft", WriteTraffic.patrols(equipment), 4);
 * try { ... } finally { patrols.stop(); }
 * Set<String> accepted = patrols.accepted();
 * }</pre>
 */
final class WriteTraffic {
  /** No answer at all: the connection failed or timed out. */
  static final int NO_ANSWER = -1;

  /** A request of a piece of work: who sends what where. */
  record Request(String user, String path, String body) {}

  /** The requests of the piece of work {@code id} of client {@code client}, in order. */
  @FunctionalInterface
  interface Work {
    List<Request> requests(int client, String id);
  }

  /**
   * One attempt to send a request.
   *
   * @param sent when it was sent, {@link System#nanoTime}
   * @param answered when its answer came, or when it failed
   * @param status the HTTP status, or {@link #NO_ANSWER}
   */
  private record Attempt(long sent, long answered, int status) {
    boolean accepted() {
      return status == 201 || status == 200;
    }
  }

  private final LiveGateway gateway;
  private final String prefix;
  private final Work work;
  private final int maxSends;
  private final AtomicLong pieces;
  private final Set<String> accepted = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
  private final AtomicLong sentAgain = new AtomicLong();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Thread> clients;

  private WriteTraffic(
      LiveGateway gateway, String prefix, Work work, int clients, long pieces, int maxSends) {
    this.gateway = gateway;
    this.prefix = prefix;
    this.work = work;
    this.maxSends = maxSends;
    this.pieces = new AtomicLong(pieces);
    this.clients =
        IntStream.range(0, clients)
            .mapToObj(i -> new Thread(() -> workUntilStopped(i), prefix + "-" + i))
            .toList();
  }

  /** Starts {@code clients} clients doing {@code work} until stopped. */
  static WriteTraffic start(LiveGateway gateway, String prefix, Work work, int clients) {
    return start(new WriteTraffic(gateway, prefix, work, clients, Long.MAX_VALUE, 1));
  }

  /**
   * Starts {@code clients} clients doing {@code pieces} pieces of {@code work} between them, each
   * request sent 1 to {@code maxSends} times (at random) even once accepted, as a client does that
   * did not hear its answer.
   */
  static WriteTraffic startCounted(
      LiveGateway gateway, String prefix, Work work, int clients, long pieces, int maxSends) {
    return start(new WriteTraffic(gateway, prefix, work, clients, pieces, maxSends));
  }

  private static WriteTraffic start(WriteTraffic traffic) {
    traffic.clients.forEach(Thread::start);
    return traffic;
  }

  /** Patrols of one inspection of {@code equipment}, by inspector1 or inspector2. */
  static Work patrols(String equipment) {
    return (client, id) ->
        List.of(
            new Request("inspector" + (1 + client % 2), "api/v1/patrols", patrol(id, equipment)));
  }

  /**
   * MINOR tickets on {@code equipment}, one client's each, taken from opening to closing: opened by
   * supervisor1, acknowledged and repaired by {@code contractor}, accepted by inspector1.
   */
  static Work tickets(List<String> equipment, String contractor) {
    return (client, id) -> {
      String ticket = "api/v1/tickets/" + id;
      return List.of(
          new Request(
              "supervisor1",
              "api/v1/tickets",
              TicketFixtures.opening(id, equipment.get(client), "MINOR")),
          new Request(contractor, ticket + "/acknowledgement", "{\"note\":\"seen\"}"),
          new Request(contractor, ticket + "/repair", TicketFixtures.REPAIR),
          new Request("inspector1", ticket + "/verification", "{\"accepted\":true}"));
    };
  }

  /** Stops the clients once each has had its current piece of work accepted. */
  void stop() throws InterruptedException {
    running.set(false);
    awaitDone();
  }

  /** Waits until the clients have stopped: for counted traffic, until all its work is accepted. */
  void awaitDone() throws InterruptedException {
    for (Thread client : clients) {
      client.join();
    }
  }

  /** The ids of the pieces of work whose every request the gateway accepted. */
  Set<String> accepted() {
    return Set.copyOf(accepted);
  }

  /** How many attempts were answered with each status ({@link #NO_ANSWER} for none). */
  Map<Integer, Long> statuses() {
    Map<Integer, Long> counts = new TreeMap<>();
    attempts.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
    return counts;
  }

  /** How many requests were sent again after they had been accepted. */
  long sentAgainAfterAccepted() {
    return sentAgain.get();
  }

  /**
   * How long after {@code from} ({@link System#nanoTime}) the first request sent after it was
   * accepted: the time until writes went through again. Waits for it until {@code within} after
   * {@code from}.
   *
   * @throws AssertionError if none was by then
   */
  Duration acceptedAgainAfter(long from, Duration within) throws InterruptedException {
    long deadline = from + within.toNanos();
    while (true) {
      OptionalLong first =
          attempts.stream()
              .filter(a -> a.accepted() && a.sent() >= from)
              .mapToLong(Attempt::answered)
              .min();
      if (first.isPresent()) {
        return Duration.ofNanos(first.getAsLong() - from);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no request sent after the fault was accepted within " + within);
      }
      Thread.sleep(100);
    }
  }

  /**
   * How many requests sent at or after {@code from} were answered {@code status} by {@code until}.
   */
  long answeredBetween(int status, long from, long until) {
    return attempts.stream()
        .filter(a -> a.status() == status && a.sent() >= from && a.answered() <= until)
        .count();
  }

  /** The longest time an attempt sent at or after {@code from} waited for its answer. */
  Duration longestAnswerAfter(long from) {
    return Duration.ofNanos(
        attempts.stream()
            .filter(a -> a.sent() >= from)
            .mapToLong(a -> a.answered() - a.sent())
            .max()
            .orElse(0));
  }

  private void workUntilStopped(int client) {
    Map<String, String> tokens = new HashMap<>();
    while (running.get() && pieces.getAndDecrement() > 0) {
      String id = prefix + "-" + UUID.randomUUID();
      for (Request request : work.requests(client, id)) {
        int sends = ThreadLocalRandom.current().nextInt(1, maxSends + 1);
        for (int send = 0; send < sends; send++) {
          sendUntilAccepted(tokens, request);
        }
        sentAgain.addAndGet(sends - 1);
      }
      accepted.add(id);
    }
  }

  private void sendUntilAccepted(Map<String, String> tokens, Request request) {
    while (true) {
      long sent = System.nanoTime();
      int status = NO_ANSWER;
      try {
        String token = tokens.computeIfAbsent(request.user(), gateway::token);
        HttpResponse<String> answer =
            gateway.postWithBearer(request.user(), token, request.path(), request.body());
        status = answer.statusCode();
        if (status == 401) {
          tokens.remove(request.user());
        }
      } catch (RuntimeException | AssertionError e) {
        // the gateway is unreachable, or could not hand out a token: send the same request again
      }
      Attempt attempt = new Attempt(sent, System.nanoTime(), status);
      attempts.add(attempt);
      if (attempt.accepted()) {
        return;
      }
      sleep(200);
    }
  }

  private static String patrol(String id, String equipment) {
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
