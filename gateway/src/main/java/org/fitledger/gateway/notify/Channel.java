package org.fitledger.gateway.notify;

/**
 * How a notification reaches its recipient.
 *
 * <p>{@code Channel.EMAIL} is a mail over SMTP with {@code Message-ID: <outbox-id@fitledger>}.
 */
public enum Channel {
  /** An e-mail over SMTP to the person's address. */
  EMAIL,
  /** A signed HTTP POST to the person's webhook URL. */
  WEBHOOK
}
