package org.fitledger.gateway.open311;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many requests one client may file: {@code fitledger.open311.posts-per-minute} (20 unless set)
 * for each pair of client app and address it files from, refilled evenly over the minute, so that a
 * flood from one phone or script is refused before it reaches the ledger while a busy app's other
 * users go on.
 */
@Component
class PostRate {
  private static final int MAX_SENDERS = 100_000;

  private final double perMinute;
  private final Clock clock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  @Autowired
  PostRate(@Value("${fitledger.open311.posts-per-minute:20}") int perMinute) {
    this(perMinute, Clock.systemUTC());
  }

  PostRate(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Takes one filing from the sender's allowance; false if none is left. */
  boolean take(String client, String address) {
    return take(client, address, perMinute);
  }

  /** Takes one filing from an allowance of {@code allowance} a minute; false if none is left. */
  boolean take(String client, String address, double allowance) {
    if (buckets.size() > MAX_SENDERS) {
      buckets.clear();
    }
    long now = clock.millis();
    return buckets
        .computeIfAbsent(client + "\n" + address, k -> new Bucket(allowance, now))
        .take(now, allowance);
  }

  private static final class Bucket {
    private double tokens;
    private long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }

    synchronized boolean take(long now, double perMinute) {
      tokens = Math.min(perMinute, tokens + (now - at) * perMinute / 60_000.0);
      at = now;
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }
  }
}
