package org.fitledger.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The e-mail channel against a real SMTP server (GreenMail) on the loopback. */
class EmailChannelTest {
  private static final Notice NOTICE =
      new Notice(
          NotificationKind.ASSIGNED,
          "T-9",
          "EQ-9",
          "Riverside park",
          "SH/PD/C01",
          "MAJOR",
          "MECHANICAL",
          "GREENFIX",
          "acknowledge",
          "2026-11-22T10:00:00Z",
          "2026-11-21T10:00:00Z");

  private GreenMail smtp;

  @BeforeEach
  void startTheMailServer() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
  }

  @AfterEach
  void stopTheMailServer() {
    smtp.stop();
  }

  private EmailChannel channel(int port) {
    return new EmailChannel(
        new NotifySettings.Smtp(
            "127.0.0.1", port, "fitledger@example.com", "", "", false, Duration.ofSeconds(5)));
  }

  private static Delivery delivery(UUID id, String email) {
    return new Delivery(
        id,
        "contractor1",
        new Preferences(email, null, null, Set.of(NotificationKind.ASSIGNED)),
        NOTICE,
        Messages.render(NOTICE));
  }

  @Test
  void sends_the_message_with_the_delivery_id_as_its_message_id() throws Exception {
    UUID id = UUID.randomUUID();
    Delivery.Result result =
        channel(smtp.getSmtp().getPort()).deliver(delivery(id, "li@example.com"));
    assertThat(result).isEqualTo(Delivery.Result.DELIVERED);
    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getMessageID()).isEqualTo("<" + id + "@fitledger>");
    assertThat(received.getHeader(WebhookSignature.DELIVERY_HEADER, null)).isEqualTo(id.toString());
    assertThat(received.getSubject()).isEqualTo(Messages.render(NOTICE).subject());
    assertThat(received.getAllRecipients()[0].toString()).isEqualTo("li@example.com");
    assertThat(received.getContent().toString()).contains("工单：T-9");
  }

  @Test
  void tries_again_when_the_server_cannot_be_reached() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Delivery.Result result = channel(closed).deliver(delivery(UUID.randomUUID(), "li@example.com"));
    assertThat(result.outcome()).isEqualTo(Delivery.Outcome.RETRY);
    assertThat(result.reason()).contains("SMTP 127.0.0.1:" + closed);
  }

  @Test
  void gives_up_when_the_person_has_no_address_any_more() {
    Delivery.Result result =
        channel(smtp.getSmtp().getPort()).deliver(delivery(UUID.randomUUID(), null));
    assertThat(result.outcome()).isEqualTo(Delivery.Outcome.GIVE_UP);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }
}
