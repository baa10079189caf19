package org.fitledger.gateway.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI prometheus;

  IndexVisibility(String gateway) {
    this.prometheus =
        URI.create(gateway.endsWith("/") ? gateway : gateway + "/").resolve("actuator/prometheus");
  }

  /** Cumulative counts per upper bound in seconds (+Inf as infinity). */
  Map<Double, Long> sample() {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(prometheus).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      return parse(answer.body());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + prometheus, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
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
