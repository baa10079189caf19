package org.fitledger.model.ticket;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * When each contractor step is due, fixed once and never moved.
 *
 * @param acknowledge the acknowledgement deadline, ISO-8601 UTC
 * @param makeSafe the make-safe deadline (CRITICAL), else {@code null}
 * @param repair the repair deadline
 */
@JsonPropertyOrder({"acknowledge", "makeSafe", "repair"})
public record Deadlines(String acknowledge, String makeSafe, String repair) {

  /** The deadlines of a ticket assigned at {@code start} under {@code terms}. */
  public static Deadlines from(Instant start, SlaTerms terms) {
    return new Deadlines(
        plusHours(start, terms.acknowledgeHours()),
        terms.makeSafeHours() == null ? null : plusHours(start, terms.makeSafeHours()),
        plusHours(start, terms.repairHours()));
  }

  /** The deadline of a contractor step, or null for a step without one. */
  public String of(TicketAction step) {
    return switch (step) {
      case ACKNOWLEDGE -> acknowledge;
      case MAKE_SAFE -> makeSafe;
      case CONFIRM_REPAIR -> repair;
      default -> null;
    };
  }

  private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000);

  /** Exact: SLA hours have at most four decimals, and 0.0001 h is a whole 360 ms. */
  private static String plusHours(Instant start, BigDecimal hours) {
    return start.plusMillis(hours.multiply(MILLIS_PER_HOUR).longValueExact()).toString();
  }
}
