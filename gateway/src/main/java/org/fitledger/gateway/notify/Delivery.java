package org.fitledger.gateway.notify;

import java.util.UUID;

/**
 * One attempt to deliver an outbox row: to whom, where (their preferences as they stand now), and
 * the rendered message.
 *
 * <p>{@code new Delivery(id, "contractor1", prefs, notice, Messages.render(notice))}
 *
 * @param id the delivery id, the same on every attempt
 * @param recipient the username
 * @param to the recipient's current preferences (address, URL, secret)
 * @param notice what it says
 * @param message the rendered subject and text
 */
record Delivery(
    UUID id, String recipient, Preferences to, Notice notice, Messages.Message message) {

  /**
   * How an attempt ended.
   *
   * @param outcome delivered, to be tried again, or not to be tried again
   * @param reason why it failed; null when delivered
   */
  record Result(Outcome outcome, String reason) {
    static final Result DELIVERED = new Result(Outcome.DELIVERED, null);

    static Result retry(String reason) {
      return new Result(Outcome.RETRY, reason);
    }

    static Result giveUp(String reason) {
      return new Result(Outcome.GIVE_UP, reason);
    }
  }

  /** How an attempt ended. */
  enum Outcome {
    DELIVERED,
    RETRY,
    GIVE_UP
  }

  /** Makes the deliveries of one channel. */
  interface Courier {
    /** The channel this delivers. */
    Channel channel();

    /** Makes one attempt; never throws for a failure of the delivery itself. */
    Result deliver(Delivery delivery);
  }
}
