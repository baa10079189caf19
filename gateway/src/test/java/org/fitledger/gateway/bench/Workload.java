package org.fitledger.gateway.bench;

/** One kind of load: what a client sends next, sent synchronously. */
interface Workload {

  /** The name in the report. */
  String name();

  /**
   * Sends the next request of client {@code client} and waits for its answer. Called by one thread
   * per client, so per-client state needs no locking.
   */
  Answer next(int client);

  /**
   * Waits, before the next request is timed, until the workload may send it; at once by default.
   */
  default void awaitTurn() throws InterruptedException {}
}
