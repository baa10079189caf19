package org.fitledger.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClientSignaturesTest {
  private static final byte[] MESSAGE = "a proposal".getBytes(StandardCharsets.UTF_8);
  private static KeyPair device;
  private static X509Certificate certificate;
  private static BigInteger order;

  @BeforeAll
  static void enrol() throws Exception {
    device = keys();
    Instant now = Instant.now();
    certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        new X500Name("CN=inspector1"),
                        BigInteger.ONE,
                        Date.from(now),
                        Date.from(now.plusSeconds(3600)),
                        new X500Name("CN=inspector1"),
                        device.getPublic())
                    .build(
                        new JcaContentSignerBuilder("SHA256withECDSA").build(device.getPrivate())));
    order = ((ECPublicKey) device.getPublic()).getParams().getOrder();
  }

  private static KeyPair keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static byte[] sign(KeyPair keys, byte[] message) throws Exception {
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(keys.getPrivate());
    signer.update(message);
    return signer.sign();
  }

  private static BigInteger[] rs(byte[] der) {
    ASN1Sequence sequence = ASN1Sequence.getInstance(der);
    return new BigInteger[] {
      ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue(),
      ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue()
    };
  }

  private static byte[] der(BigInteger r, BigInteger s) throws Exception {
    return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)}).getEncoded();
  }

  @Test
  void passes_a_low_s_signature_of_the_message_unchanged_and_turns_a_high_s_low() throws Exception {
    for (int i = 0; i < 20; i++) {
      BigInteger[] rs = rs(sign(device, MESSAGE));
      BigInteger low = rs[1].min(order.subtract(rs[1]));
      BigInteger high = order.subtract(low);

      byte[] fromLow = ClientSignatures.verified(certificate, MESSAGE, der(rs[0], low));
      byte[] fromHigh = ClientSignatures.verified(certificate, MESSAGE, der(rs[0], high));

      assertThat(fromLow).isEqualTo(der(rs[0], low));
      assertThat(fromHigh).isEqualTo(der(rs[0], low));
    }
  }

  @Test
  void refuses_a_signature_by_another_key_or_of_another_message() throws Exception {
    byte[] byAnother = sign(keys(), MESSAGE);
    byte[] ofAnother = sign(device, "another proposal".getBytes(StandardCharsets.UTF_8));

    for (byte[] signature : new byte[][] {byAnother, ofAnother}) {
      assertThatThrownBy(() -> ClientSignatures.verified(certificate, MESSAGE, signature))
          .isInstanceOfSatisfying(
              LedgerException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_INVALID))
          .hasMessageContaining("does not verify against your certificate");
    }
  }

  @Test
  void refuses_a_raw_signature_as_webcrypto_makes_it_and_numbers_outside_the_order()
      throws Exception {
    BigInteger[] rs = rs(sign(device, MESSAGE));
    byte[] raw = new byte[64];
    byte[] r = rs[0].toByteArray();
    byte[] s = rs[1].toByteArray();
    System.arraycopy(
        r, Math.max(0, r.length - 32), raw, 32 - Math.min(32, r.length), Math.min(32, r.length));
    System.arraycopy(
        s, Math.max(0, s.length - 32), raw, 64 - Math.min(32, s.length), Math.min(32, s.length));
    byte[] trailing = java.util.Arrays.copyOf(sign(device, MESSAGE), 73);

    assertThatThrownBy(() -> ClientSignatures.verified(certificate, MESSAGE, raw))
        .hasMessageContaining("not an ECDSA signature in DER");
    assertThatThrownBy(() -> ClientSignatures.verified(certificate, MESSAGE, trailing))
        .hasMessageContaining("not an ECDSA signature in DER");
    assertThatThrownBy(
            () -> ClientSignatures.verified(certificate, MESSAGE, der(rs[0], rs[1].add(order))))
        .hasMessageContaining("outside the curve's order");
    assertThatThrownBy(
            () -> ClientSignatures.verified(certificate, MESSAGE, der(BigInteger.ZERO, rs[1])))
        .hasMessageContaining("outside the curve's order");
  }
}
