package org.fitledger.chaincode.fabric;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.fitledger.model.people.Role;

/**
 * Builds the creator bytes a peer passes to chaincode, with a certificate made at test time that
 * carries Fabric CA attributes in extension {@code 1.2.3.4.5.6.7.8.1} as {@code {"attrs":{...}}}.
 */
final class Creators {
  private static final ASN1ObjectIdentifier FABRIC_ATTRIBUTES =
      new ASN1ObjectIdentifier("1.2.3.4.5.6.7.8.1");
  private static final Date NOT_BEFORE = new Date(1_700_000_000_000L);
  private static final Date NOT_AFTER = new Date(2_000_000_000_000L);

  private Creators() {}

  static byte[] supervisor() {
    return creator(
        "AuthorityMSP",
        "supervisor1",
        "{\"attrs\":{\"fitledger.role\":\"supervisor\",\"fitledger.districts\":\"SH\"}}");
  }

  /** A holder of {@code role} in its own organization, with the scope attributes it needs. */
  static byte[] of(Role role) {
    String scope =
        switch (role) {
          case CONTRACTOR -> "\"fitledger.company\":\"GREENFIX\"";
          case DEVICE -> "\"fitledger.device\":\"EQ-1\"";
          default -> "\"fitledger.districts\":\"SH\"";
        };
    return creator(
        role.mspId(),
        role.attribute() + "1",
        "{\"attrs\":{\"fitledger.role\":\"" + role.attribute() + "\"," + scope + "}}");
  }

  static byte[] contractor() {
    return creator(
        "ContractorMSP",
        "contractor1",
        "{\"attrs\":{\"fitledger.role\":\"contractor\",\"fitledger.company\":\"GREENFIX\"}}");
  }

  /** Encodes a Fabric {@code msp.SerializedIdentity}: field 1 the MSP id, field 2 the PEM. */
  static byte[] creator(String mspId, String commonName, String attributesJson) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeField(out, 1, mspId.getBytes(UTF_8));
    writeField(out, 2, certificatePem(commonName, attributesJson).getBytes(UTF_8));
    return out.toByteArray();
  }

  private static String certificatePem(String commonName, String attributesJson) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keys = generator.generateKeyPair();
      X500Name subject = new X500Name("CN=" + commonName + ",OU=client,O=FitLedger");
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject, BigInteger.ONE, NOT_BEFORE, NOT_AFTER, subject, keys.getPublic());
      if (attributesJson != null) {
        builder.addExtension(FABRIC_ATTRIBUTES, false, attributesJson.getBytes(UTF_8));
      }
      StringWriter pem = new StringWriter();
      try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
        writer.writeObject(
            builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
      }
      return pem.toString();
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException(e);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeField(ByteArrayOutputStream out, int number, byte[] value) {
    out.write(number << 3 | 2);
    int length = value.length;
    while (length >= 0x80) {
      out.write(length & 0x7f | 0x80);
      length >>>= 7;
    }
    out.write(length);
    out.writeBytes(value);
  }
}
