package org.fitledger.gateway.notify;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a delivery that failed is tried again: after 10 s, 30 s, 2 min, 10 min, 30 min, then every
 * hour, up to {@code maxAttempts} attempts in all; after the last the row is marked FAILED.
 *
 * <p>{@code new RetrySchedule(8).after(1)} is 10 s; {@code after(8)} is empty: give up.
 *
 * @param maxAttempts the most attempts of one delivery, at least 1
 */
public record RetrySchedule(int maxAttempts) {
  private static final List<Duration> STEPS =
      List.of(
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          Duration.ofMinutes(2),
          Duration.ofMinutes(10),
          Duration.ofMinutes(30));

  /** The longest pause between two attempts. */
  public static final Duration CAP = Duration.ofHours(1);

  /** Checks that at least one attempt is made. */
  public RetrySchedule {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
  }

  /**
   * How long to wait after attempt number {@code attempt} (from 1) failed before the next, or empty
   * when that was the last attempt.
   */
  public Optional<Duration> after(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempts count from 1: " + attempt);
    }
    if (attempt >= maxAttempts) {
      return Optional.empty();
    }
    return Optional.of(attempt <= STEPS.size() ? STEPS.get(attempt - 1) : CAP);
  }
}
