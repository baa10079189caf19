package org.fitledger.gateway.notify;

import java.time.Duration;

/**
 * The settings of notifications ({@code fitledger.notify.*}, each also an environment variable such
 * as {@code FITLEDGER_NOTIFY_SMTP_HOST}), read once at start-up ({@link NotifyConfiguration}).
 *
 * <p>{@code new NotifySettings(true, Duration.ofSeconds(5), 10, Duration.ofMinutes(2), 8,
 * Duration.ofMinutes(1), smtp, webhook)}
 *
 * @param enabled whether this process sends (the API gateway; indexers only write the outbox)
 * @param pollInterval how long a sender waits between looks at the outbox when it found nothing
 * @param batchSize how many rows one claim takes
 * @param lease how long a claim holds its rows; a killed sender's rows are claimed again after it
 * @param maxAttempts the most attempts of one delivery before it is marked FAILED
 * @param scanEvery how often the deadline scanner looks for deadlines near or missed
 * @param smtp the mail server; e-mail is off while its host is blank
 * @param webhook how webhooks are sent
 */
public record NotifySettings(
    boolean enabled,
    Duration pollInterval,
    int batchSize,
    Duration lease,
    int maxAttempts,
    Duration scanEvery,
    Smtp smtp,
    Webhook webhook) {

  /**
   * The mail server.
   *
   * @param host its host name, or blank for no e-mail
   * @param port its port
   * @param from the sender address of every e-mail
   * @param username the login, or blank for none
   * @param password the password of the login
   * @param startTls whether to require STARTTLS
   * @param timeout the connect, read and write timeout
   */
  public record Smtp(
      String host,
      int port,
      String from,
      String username,
      String password,
      boolean startTls,
      Duration timeout) {

    /** Whether e-mail is on. */
    public boolean configured() {
      return host != null && !host.isBlank();
    }

    /** The settings with the password masked, as logs may show them. */
    @Override
    public String toString() {
      return "Smtp[" + host + ":" + port + ", from=" + from + ", startTls=" + startTls + "]";
    }
  }

  /**
   * How webhooks are sent.
   *
   * @param timeout the connect and answer timeout of one POST
   * @param allowPrivateAddresses whether a webhook may go to a loopback, private or link-local
   *     address (off by default: the gateway's own network is not the recipients' to probe)
   */
  public record Webhook(Duration timeout, boolean allowPrivateAddresses) {}
}
