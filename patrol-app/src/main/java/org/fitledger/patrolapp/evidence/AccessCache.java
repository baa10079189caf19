package org.fitledger.patrolapp.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Remembers for a short while which role the gateway confirmed for an Authorization header, so that
 * the photos of one inspection cost one call to the gateway. It keeps only a SHA-256 of the header,
 * never the credentials, holds at most {@code capacity} entries (the oldest go first) and is told
 * only about successful checks.
 *
 * <pre>{@code
 * AccessCache cache = new AccessCache(Duration.ofSeconds(30), 1024, System::nanoTime);
 * cache.remember(authorization, "inspector");
 * cache.role(authorization); // Optional[inspector] for 30 s
 * }</pre>
 */
final class AccessCache {

  private record Entry(String role, long expiresAtNanos) {}

  private final long ttlNanos;
  private final LongSupplier nanoClock;
  private final Map<String, Entry> entries;

  /** Creates an empty cache whose entries live for {@code ttl} by {@code nanoClock}. */
  public AccessCache(Duration ttl, int capacity, LongSupplier nanoClock) {
    if (ttl.isNegative() || ttl.isZero() || capacity < 1) {
      throw new IllegalArgumentException("ttl and capacity must be positive");
    }
    this.ttlNanos = ttl.toNanos();
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.entries =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The role remembered for {@code authorization}, if it has not expired. */
  public synchronized Optional<String> role(String authorization) {
    String key = key(authorization);
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (nanoClock.getAsLong() - entry.expiresAtNanos() >= 0) {
      entries.remove(key);
      return Optional.empty();
    }
    return Optional.of(entry.role());
  }

  /** Remembers that the gateway confirmed {@code role} for {@code authorization}. */
  public synchronized void remember(String authorization, String role) {
    String key = key(authorization);
    entries.remove(key);
    entries.put(key, new Entry(Objects.requireNonNull(role), nanoClock.getAsLong() + ttlNanos));
  }

  /** How many entries are held, expired ones included until they are looked up. */
  public synchronized int size() {
    return entries.size();
  }

  private static String key(String authorization) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(authorization.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
