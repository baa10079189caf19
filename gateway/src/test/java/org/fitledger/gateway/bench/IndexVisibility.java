package org.fitledger.gateway.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's histogram of the time from a write's commit until its rows were visible in the
 * index ({@code fitledger_index_visibility_seconds_bucket} at {@code /actuator/prometheus}),
 * sampled before and after a measurement: the difference holds exactly the writes measured.
 */
final class IndexVisibility {
  private static final Pattern BUCKET =
      Pattern.compile(
          "^fitledger_index_visibility_seconds_bucket\\{.*le=\"([^\"]+)\".*\\} (\\S+)$");

  private final Api api;

  /** Reads the metrics as {@link Seed#SUPERVISOR}, whose only they are. */
  IndexVisibility(Api api) {
    this.api = api;
  }

  /** Cumulative counts per upper bound in seconds (+Inf as infinity). */
  Map<Double, Long> sample() {
    Answer answer = api.getText(Seed.SUPERVISOR, "actuator/prometheus");
    if (!answer.ok()) {
      throw new IllegalStateException("cannot read the gateway's metrics: " + answer.error());
    }
    return parse(answer.body());
  }

  static Map<Double, Long> parse(String text) {
    Map<Double, Long> buckets = new TreeMap<>();
    for (String line : text.split("\n")) {
      Matcher bucket = BUCKET.matcher(line.strip());
      if (bucket.matches()) {
        double bound =
            bucket.group(1).equals("+Inf")
                ? Double.POSITIVE_INFINITY
                : Double.parseDouble(bucket.group(1));
        buckets.merge(bound, (long) Double.parseDouble(bucket.group(2)), Long::sum);
      }
    }
    return buckets;
  }

  /**
   * The writes between two samples.
   *
   * @param count how many writes became visible
   * @param p50Millis the bucket bound that half of them stayed within, in milliseconds
   * @param p99Millis the bound that 99% stayed within
   */
  record Span(long count, double p50Millis, double p99Millis) {
    static Span between(Map<Double, Long> before, Map<Double, Long> after) {
      Map<Double, Long> counts = new TreeMap<>();
      after.forEach((bound, n) -> counts.put(bound, n - before.getOrDefault(bound, 0L)));
      long total = counts.getOrDefault(Double.POSITIVE_INFINITY, 0L);
      return new Span(total, quantile(counts, total, 0.50), quantile(counts, total, 0.99));
    }

    private static double quantile(Map<Double, Long> cumulative, long total, double q) {
      if (total == 0) {
        return Double.NaN;
      }
      for (Map.Entry<Double, Long> bucket : cumulative.entrySet()) {
        if (bucket.getValue() >= Math.ceil(q * total)) {
          return bucket.getKey() * 1000;
        }
      }
      return Double.POSITIVE_INFINITY;
    }
  }
}
