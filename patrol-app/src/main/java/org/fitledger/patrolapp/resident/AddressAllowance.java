package org.fitledger.patrolapp.resident;

import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.fitledger.patrolapp.evidence.Uploads;

/**
 * How often one address may do something without signing in: {@code count} times per {@code
 * minutes}, refilled evenly. A request over the allowance is answered 429 {@code TOO_MANY_REQUESTS}
 * and goes no further.
 *
 * <pre>{@code
 * router.post("/resident/reports").handler(new AddressAllowance(5, 10, System::nanoTime)::check);
 * }</pre>
 */
public final class AddressAllowance {
  private static final int MAX_ADDRESSES = 100_000;

  private final double count;
  private final double perNano;
  private final LongSupplier nanos;
  private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

  /** {@code count} per {@code minutes}, timed by {@code nanos}. */
  public AddressAllowance(int count, int minutes, LongSupplier nanos) {
    this.count = count;
    this.perNano = count / (minutes * 60e9);
    this.nanos = nanos;
  }

  /**
   * Passes the request on while its address has allowance left, its body (if any is still to come)
   * paused for the next handler to read.
   */
  public void check(RoutingContext ctx) {
    if (!ctx.request().isEnded()) {
      ctx.request().pause();
    }
    if (take(ctx.request().remoteAddress().hostAddress())) {
      ctx.next();
    } else {
      Uploads.refuse(
          ctx, 429, "TOO_MANY_REQUESTS", "Too many reports from here; try again in a few minutes.");
    }
  }

  /** Takes one from the address's allowance; false if none is left. */
  boolean take(String address) {
    if (buckets.size() > MAX_ADDRESSES) {
      buckets.clear();
    }
    long now = nanos.getAsLong();
    double[] bucket = buckets.computeIfAbsent(address, a -> new double[] {count, now});
    synchronized (bucket) {
      bucket[0] = Math.min(count, bucket[0] + (now - bucket[1]) * perNano);
      bucket[1] = now;
      if (bucket[0] < 1) {
        return false;
      }
      bucket[0] -= 1;
      return true;
    }
  }
}
