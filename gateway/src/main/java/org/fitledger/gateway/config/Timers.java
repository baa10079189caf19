package org.fitledger.gateway.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The gateway's background timers: one daemon thread each, named for the work it does, so that a
 * thread dump says what runs and the JVM never waits for one to stop.
 *
 * <p>{@code ScheduledExecutorService timer = Timers.daemon("contact-purger");}
 */
public final class Timers {
  private Timers() {}

  /** A single-thread scheduler whose thread is a daemon called {@code name}. */
  public static ScheduledExecutorService daemon(String name) {
    return Executors.newSingleThreadScheduledExecutor(
        work -> {
          Thread thread = new Thread(work, name);
          thread.setDaemon(true);
          return thread;
        });
  }
}
