package org.fitledger.gateway.notify;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;

/**
 * E-mail over SMTP (Jakarta Mail, Eclipse Angus). Each mail carries {@code Message-ID:
 * <delivery-id@fitledger>} and {@code X-FitLedger-Delivery}, the same on every attempt, so that a
 * receiver can drop a repeat. A refused or malformed address is given up on; anything else (the
 * server unreachable, a temporary refusal) is tried again.
 *
 * <p>{@code new EmailChannel(settings.smtp()).deliver(delivery)}
 */
final class EmailChannel implements Delivery.Courier {
  private final NotifySettings.Smtp smtp;
  private final Session session;

  EmailChannel(NotifySettings.Smtp smtp) {
    this.smtp = smtp;
    Properties properties = new Properties();
    String timeout = String.valueOf(smtp.timeout().toMillis());
    properties.put("mail.smtp.host", smtp.host());
    properties.put("mail.smtp.port", String.valueOf(smtp.port()));
    properties.put("mail.smtp.connectiontimeout", timeout);
    properties.put("mail.smtp.timeout", timeout);
    properties.put("mail.smtp.writetimeout", timeout);
    properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
    properties.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
    boolean login = smtp.username() != null && !smtp.username().isBlank();
    properties.put("mail.smtp.auth", String.valueOf(login));
    this.session =
        Session.getInstance(
            properties,
            login
                ? new Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(smtp.username(), smtp.password());
                  }
                }
                : null);
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public Delivery.Result deliver(Delivery delivery) {
    String address = delivery.to().email();
    if (address == null) {
      return Delivery.Result.giveUp("the recipient no longer has an e-mail address");
    }
    try {
      MimeMessage mail = new StableIdMessage(session, "<" + delivery.id() + "@fitledger>");
      mail.setFrom(new InternetAddress(smtp.from(), true));
      mail.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
      mail.setSubject(delivery.message().subject(), "UTF-8");
      mail.setText(delivery.message().text(), "UTF-8");
      mail.setSentDate(new Date());
      mail.setHeader(WebhookSignature.DELIVERY_HEADER, delivery.id().toString());
      Transport.send(mail);
      return Delivery.Result.DELIVERED;
    } catch (AddressException e) {
      return Delivery.Result.giveUp("the address is not valid: " + e.getMessage());
    } catch (SendFailedException e) {
      boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
      return refused
          ? Delivery.Result.giveUp("the mail server refused the address: " + e.getMessage())
          : Delivery.Result.retry("the mail server did not take it: " + e.getMessage());
    } catch (MessagingException e) {
      return Delivery.Result.retry("SMTP " + smtp.host() + ":" + smtp.port() + ": " + e);
    }
  }

  /** A mail whose Message-ID is the delivery's, not one Jakarta Mail makes up on saving. */
  private static final class StableIdMessage extends MimeMessage {
    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
