package org.fitledger.gateway.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The time-driven notifications of one deadline: {@link NotificationKind#DEADLINE_NEAR} once 80% of
 * the time from the ticket's opening to the deadline has passed, {@link
 * NotificationKind#DEADLINE_MISSED} once the deadline itself has. Both are measured on the ledger's
 * times (the opening transaction's timestamp and the deadline it fixed).
 *
 * <p>A ticket opened at 00:00 with a repair due at 10:00 is near from 08:00: {@code
 * DeadlineAlert.at(opened, due, eightOClock)} is {@code DEADLINE_NEAR at 08:00}.
 *
 * @param kind near or missed
 * @param threshold the instant the alert became due: the 80% point or the deadline
 */
public record DeadlineAlert(NotificationKind kind, Instant threshold) {
  /** The share of the time to a deadline after which it is near, in per mille. */
  static final long NEAR_PER_MILLE = 800;

  /** The instant 80% of the way from {@code opened} to {@code due} (to the millisecond, down). */
  public static Instant nearPoint(Instant opened, Instant due) {
    Duration whole = Duration.between(opened, due);
    if (whole.isNegative()) {
      return due;
    }
    return opened.plusMillis(Math.multiplyExact(whole.toMillis(), NEAR_PER_MILLE) / 1000);
  }

  /** The alert a deadline calls for at {@code now}, if any: missed wins over near. */
  public static Optional<DeadlineAlert> at(Instant opened, Instant due, Instant now) {
    if (!now.isBefore(due)) {
      return Optional.of(new DeadlineAlert(NotificationKind.DEADLINE_MISSED, due));
    }
    Instant near = nearPoint(opened, due);
    if (!now.isBefore(near)) {
      return Optional.of(new DeadlineAlert(NotificationKind.DEADLINE_NEAR, near));
    }
    return Optional.empty();
  }
}
