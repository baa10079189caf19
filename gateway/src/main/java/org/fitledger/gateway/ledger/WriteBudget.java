package org.fitledger.gateway.ledger;

import io.grpc.CallOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The time one write may take in all, shared by every call and wait it makes, so that the person
 * waiting on it gets an answer (at worst 503, to send again) before their client gives up, however
 * many retries a faulty network asks for.
 *
 * <pre>{@code
 * WriteBudget budget = WriteBudget.of(timeouts.write());
 * proposal.endorse(budget.within(timeouts.endorse()));
 * if (budget.allows(wait)) { pause(wait); ... }
 * }</pre>
 */
final class WriteBudget {
  /** The shortest deadline a call is given, even when the budget is spent. */
  private static final long LEAST_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final long end;

  private WriteBudget(long end) {
    this.end = end;
  }

  /** A budget of {@code total}, from now. */
  static WriteBudget of(Duration total) {
    return new WriteBudget(System.nanoTime() + total.toNanos());
  }

  /** Call options whose deadline is {@code timeout} from now, or the budget's end if sooner. */
  UnaryOperator<CallOptions> within(Duration timeout) {
    long nanos = Math.max(LEAST_NANOS, Math.min(timeout.toNanos(), remainingNanos()));
    return options -> options.withDeadlineAfter(nanos, TimeUnit.NANOSECONDS);
  }

  /** Whether {@code wait} and then a call of at least a tenth of a second still fit. */
  boolean allows(Duration wait) {
    return remainingNanos() > wait.plusMillis(100).toNanos();
  }

  /** Whether a call of at least a tenth of a second still fits: another try may start. */
  boolean hasTimeLeft() {
    return allows(Duration.ZERO);
  }

  private long remainingNanos() {
    return end - System.nanoTime();
  }
}
