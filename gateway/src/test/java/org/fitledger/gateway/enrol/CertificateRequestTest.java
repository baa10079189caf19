package org.fitledger.gateway.enrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;

class CertificateRequestTest {

  @Test
  void a_device_request_names_its_person_and_carries_the_key_that_signed_it() throws Exception {
    KeyPair device = Csrs.p256();
    CertificateRequest request =
        CertificateRequest.parse(
            Csrs.request(device.getPublic(), "O=x,CN=inspector1", device.getPrivate()));
    assertThat(request.commonName()).isEqualTo("inspector1");
    assertThat(request.publicKey()).isEqualTo(device.getPublic());
    assertThat(request.pem()).startsWith("-----BEGIN CERTIFICATE REQUEST-----\n");
    assertThat(CertificateRequest.parse(request.pem())).isEqualTo(request);
  }

  @Test
  void a_request_signed_by_another_key_proves_no_possession_and_is_refused() throws Exception {
    KeyPair device = Csrs.p256();
    String forged = Csrs.request(device.getPublic(), "CN=inspector1", Csrs.p256().getPrivate());
    assertRefused(forged, "does not verify with its own key");
  }

  @Test
  void a_key_fabric_cannot_use_is_refused() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    KeyPair device = rsa.generateKeyPair();
    KeyPair signer = Csrs.p256();
    assertRefused(Csrs.request(device.getPublic(), "CN=inspector1", signer.getPrivate()), "P-256");
    KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
    p384.initialize(new java.security.spec.ECGenParameterSpec("secp384r1"));
    KeyPair other = p384.generateKeyPair();
    assertRefused(Csrs.request(other.getPublic(), "CN=inspector1", signer.getPrivate()), "P-256");
  }

  @Test
  void a_subject_must_name_exactly_one_common_name() throws Exception {
    KeyPair device = Csrs.p256();
    assertRefused(Csrs.request(device.getPublic(), "O=x", device.getPrivate()), "exactly one");
    assertRefused(
        Csrs.request(device.getPublic(), "CN=inspector1,CN=supervisor1", device.getPrivate()),
        "exactly one");
  }

  @Test
  void text_that_is_no_request_is_refused_with_a_reason() {
    assertRefused(null, "missing");
    assertRefused("  ", "missing");
    assertRefused("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "PEM");
    assertRefused(
        "-----BEGIN CERTIFICATE REQUEST-----\n"
            + Base64.getEncoder().encodeToString("not DER at all".getBytes())
            + "\n-----END CERTIFICATE REQUEST-----\n",
        "PKCS #10");
    assertRefused(
        "-----BEGIN CERTIFICATE REQUEST-----\n\u0000\u0007\n-----END CERTIFICATE REQUEST-----",
        "PEM");
    assertRefused("x".repeat(CertificateRequest.MAX_PEM_CHARS + 1), "longer than");
  }

  private static void assertRefused(String pem, String why) {
    assertThatThrownBy(() -> CertificateRequest.parse(pem))
        .isInstanceOfSatisfying(
            CodedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
        .hasMessageContaining(why);
  }
}
