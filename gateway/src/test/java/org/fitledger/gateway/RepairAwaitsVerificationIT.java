package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An inspector hears, by e-mail, that a repair in their district awaits their verification: the
 * contractor's repair, committed and indexed, puts the notice in the outbox, and the gateway sends
 * it to a real SMTP server (GreenMail, on the loopback port the stack sends to). An inspector who
 * asked for nothing hears nothing.
 */
class RepairAwaitsVerificationIT {
  private static final String PATH = "api/v1/me/notifications";

  private final LiveGateway gateway = LiveGateway.fromEnvironment();

  @Test
  void the_inspector_of_the_district_is_told_a_repair_awaits_verification() throws Exception {
    String port = System.getenv("FITLEDGER_NOTIFY_SMTP_PORT");
    assertThat(port).as("FITLEDGER_NOTIFY_SMTP_PORT, set by ./fitledger test").isNotBlank();
    GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(port), "127.0.0.1", "smtp"));
    smtp.start();
    String address = "inspector1-" + UUID.randomUUID() + "@fitledger.test";
    try {
      put("inspector1", "{\"email\":\"" + address + "\",\"kinds\":[\"AWAITS_VERIFICATION\"]}");
      String ticket = new TicketFixtures(gateway, "GREENFIX", "contractor1").repaired("MINOR");

      List<MimeMessage> received = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (received.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(250);
        received = mailsAbout(smtp, address, ticket);
      }
      assertThat(received).as("e-mails to inspector1 about " + ticket).hasSize(1);
      assertThat(received.get(0).getSubject())
          .isEqualTo(
              "[FitLedger] Repair of ticket "
                  + ticket
                  + " awaits your verification / 工单 "
                  + ticket
                  + " 已维修，待您验收");
      assertThat(mailsAbout(smtp, "contractor1@fitledger.test", ticket)).isEmpty();
    } finally {
      put("inspector1", "{\"kinds\":[]}");
      smtp.stop();
    }
  }

  private void put(String person, String body) {
    HttpResponse<String> answer = gateway.put(person, PATH, body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private static List<MimeMessage> mailsAbout(GreenMail smtp, String address, String ticket)
      throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      for (Address to : mail.getAllRecipients()) {
        if (to.toString().equals(address) && mail.getSubject().contains(ticket)) {
          found.add(mail);
        }
      }
    }
    return found;
  }
}
