package org.fitledger.gateway.enrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.People;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;

class EnrolmentsTest {
  private final Book book = new Book();
  private final Ca ca = new Ca();
  private final Enrolments enrolments =
      new Enrolments(
          new People(
              List.of(TestPeople.SUPERVISOR, TestPeople.INSPECTOR, TestPeople.OTHER_INSPECTOR),
              TestPeople.SUPERVISOR.username()),
          ca,
          book);

  @Test
  void the_ca_certifies_the_device_key_and_the_person_acts_under_it_from_then_on()
      throws Exception {
    KeyPair phone = Csrs.p256();
    Enrolments.Enrolled enrolled =
        enrolments.enrol("inspector1", "abcd-efgh jkmn", Csrs.request(phone, "inspector1"));
    assertThat(ca.codes).containsExactly("inspector1:ABCDEFGHJKMN");
    assertThat(ca.mspIds).containsExactly("PatrolMSP");
    assertThat(enrolled.person()).isEqualTo(TestPeople.INSPECTOR);
    assertThat(enrolled.certificate().getPublicKey()).isEqualTo(phone.getPublic());
    assertThat(book.enrolled("inspector1")).contains(enrolled.certificate());
    assertThat(book.enrolled("inspector4")).isEmpty();
  }

  @Test
  void a_request_for_someone_else_reaches_no_ca() throws Exception {
    KeyPair phone = Csrs.p256();
    assertThatThrownBy(
            () -> enrolments.enrol("inspector1", "ABCD", Csrs.request(phone, "supervisor1")))
        .isInstanceOfSatisfying(
            CodedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
        .hasMessageContaining("must be the username, inspector1");
    assertThatThrownBy(() -> enrolments.enrol("nobody", "ABCD", Csrs.request(phone, "nobody")))
        .isInstanceOfSatisfying(
            CodedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ENROLMENT_REFUSED));
    assertThat(ca.codes).isEmpty();
    assertThat(book.certificates).isEmpty();
  }

  @Test
  void a_code_is_letters_and_digits_and_anything_else_is_refused_before_the_ca() throws Exception {
    String request = Csrs.request(Csrs.p256(), "inspector1");
    for (String code : new String[] {null, "", " - ", "abc\u0000d", "ÄBCD", "x".repeat(65)}) {
      assertThatThrownBy(() -> enrolments.enrol("inspector1", code, request))
          .as("code %s", code)
          .isInstanceOfSatisfying(
              CodedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }
    assertThat(ca.codes).isEmpty();
  }

  @Test
  void a_certificate_for_another_key_or_name_is_never_kept() throws Exception {
    KeyPair phone = Csrs.p256();
    ca.issueFor = Csrs.p256();
    assertThatThrownBy(
            () -> enrolments.enrol("inspector1", "ABCD", Csrs.request(phone, "inspector1")))
        .isInstanceOfSatisfying(
            CodedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CA_UNAVAILABLE));
    ca.issueFor = null;
    ca.subject = "OU=client,CN=inspector4";
    assertThatThrownBy(
            () -> enrolments.enrol("inspector1", "ABCD", Csrs.request(phone, "inspector1")))
        .isInstanceOfSatisfying(
            CodedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CA_UNAVAILABLE));
    assertThat(book.certificates).isEmpty();
  }

  /** A CA that issues what it is asked, or, when told so, for another key or subject. */
  private static final class Ca implements CertificateAuthority {
    final List<String> codes = new ArrayList<>();
    final List<String> mspIds = new ArrayList<>();
    final KeyPair key = uncheckedKeys();
    KeyPair issueFor;
    String subject;

    @Override
    public X509Certificate enrol(
        String mspId, String username, String code, CertificateRequest request) {
      codes.add(username + ":" + code);
      mspIds.add(mspId);
      try {
        return Csrs.certificate(
            issueFor == null ? request.publicKey() : issueFor.getPublic(),
            subject == null ? "OU=client,CN=" + username : subject,
            key);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    private static KeyPair uncheckedKeys() {
      try {
        return Csrs.p256();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final class Book implements EnrolledCertificates {
    final Map<String, X509Certificate> certificates = new HashMap<>();

    @Override
    public Optional<X509Certificate> enrolled(String username) {
      return Optional.ofNullable(certificates.get(username));
    }

    @Override
    public void add(String username, X509Certificate certificate) {
      certificates.put(username, certificate);
    }
  }
}
