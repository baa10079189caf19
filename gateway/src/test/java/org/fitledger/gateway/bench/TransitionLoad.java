package org.fitledger.gateway.bench;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ticket transitions: each client takes an open ticket and walks it through acknowledge (one of the
 * assigned company's staff), repair (the other) and verify (an inspector of the district), which
 * closes it; then the next ticket. A failed step is tried again; a step refused as an invalid
 * transition (an earlier try committed after all) re-reads the ticket's state. Should the tickets
 * run out, the verification rejects instead, and the client reworks its last ticket.
 */
final class TransitionLoad implements Workload {
  private static final String[] STEPS = {"acknowledgement", "repair", "verification"};

  private final Api api;
  private final Queue<Seed.Ticket> tickets;
  private final Client[] clients;
  private final AtomicLong rejections = new AtomicLong();

  TransitionLoad(Api api, List<Seed.Ticket> tickets, int clients) {
    this.api = api;
    this.tickets = new ConcurrentLinkedQueue<>(tickets);
    this.clients = new Client[clients];
    for (int i = 0; i < clients; i++) {
      this.clients[i] = new Client();
    }
  }

  @Override
  public String name() {
    return "ticket transition";
  }

  /** How many verifications rejected the repair because no fresh ticket was left. */
  long rejections() {
    return rejections.get();
  }

  /** How many seeded tickets no client has taken. */
  int untouched() {
    return tickets.size();
  }

  @Override
  public Answer next(int client) {
    Client state = clients[client];
    if (state.ticket == null) {
      state.ticket = tickets.poll();
      state.step = 0;
      if (state.ticket == null) {
        return idle();
      }
    }
    String path = "api/v1/tickets/" + state.ticket.id() + "/" + STEPS[state.step];
    List<String> staff = Seed.STAFF.get(state.ticket.company());
    Answer answer;
    boolean accept = true;
    switch (state.step) {
      case 0:
        answer = api.post(staff.get(client % 2), path, Bodies.acknowledgement());
        break;
      case 1:
        answer = api.post(staff.get((client + 1) % 2), path, Bodies.repair());
        break;
      default:
        accept = !tickets.isEmpty();
        String inspector = Seed.INSPECTORS.get(client % Seed.INSPECTORS.size());
        answer = api.post(inspector, path, Bodies.verification(accept));
    }
    if (answer.ok()) {
      advance(state, accept);
    } else if (answer.status() == 409 && answer.body().contains("INVALID_TRANSITION")) {
      resync(state, staff.get(0));
    }
    return answer;
  }

  private static Answer idle() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Answer(0, "no seeded ticket left for this client");
  }

  private void advance(Client state, boolean accepted) {
    if (state.step < 2) {
      state.step++;
    } else if (accepted) {
      state.ticket = null;
    } else {
      rejections.incrementAndGet();
      state.step = 1;
    }
  }

  private void resync(Client state, String reader) {
    Answer read = api.get(reader, "api/v1/tickets/" + state.ticket.id());
    if (!read.ok()) {
      return;
    }
    switch (read.json().get("state").asString()) {
      case "OPEN":
        state.step = 0;
        break;
      case "ACKNOWLEDGED":
        state.step = 1;
        break;
      case "REPAIRED":
        state.step = 2;
        break;
      default:
        state.ticket = null;
    }
  }

  private static final class Client {
    private Seed.Ticket ticket;
    private int step;
  }
}
