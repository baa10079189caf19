package org.fitledger.gateway.enrol;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.asn1.pkcs.CertificationRequestInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;

/** Keys, certificate requests and certificates as a device and a CA make them, for the tests. */
final class Csrs {
  static final AlgorithmIdentifier ECDSA_SHA256 =
      new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.840.10045.4.3.2"));

  private Csrs() {}

  static KeyPair p256() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  /** A PKCS #10 request (PEM) for the key, with the subject, signed by {@code signer}. */
  static String request(PublicKey key, String subject, PrivateKey signer) throws Exception {
    CertificationRequestInfo info =
        new CertificationRequestInfo(
            new X500Name(subject),
            SubjectPublicKeyInfo.getInstance(key.getEncoded()),
            new DERSet());
    byte[] signature = sign(signer, info.getEncoded(ASN1Encoding.DER));
    return pem(
        "CERTIFICATE REQUEST",
        new CertificationRequest(info, ECDSA_SHA256, new DERBitString(signature))
            .getEncoded(ASN1Encoding.DER));
  }

  /** A self-signed device request for a person. */
  static String request(KeyPair keys, String commonName) throws Exception {
    return request(keys.getPublic(), "CN=" + commonName, keys.getPrivate());
  }

  /** A certificate for a key and subject, issued by the CA key. */
  static X509Certificate certificate(PublicKey key, String subject, KeyPair ca) throws Exception {
    V3TBSCertificateGenerator tbs = new V3TBSCertificateGenerator();
    tbs.setSerialNumber(new ASN1Integer(BigInteger.valueOf(System.nanoTime())));
    tbs.setIssuer(new X500Name("CN=ca.test"));
    tbs.setSubject(new X500Name(subject));
    Instant now = Instant.now();
    tbs.setStartDate(new Time(Date.from(now)));
    tbs.setEndDate(new Time(Date.from(now.plus(365, ChronoUnit.DAYS))));
    tbs.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(key.getEncoded()));
    tbs.setSignature(ECDSA_SHA256);
    TBSCertificate certificate = tbs.generateTBSCertificate();
    byte[] signature = sign(ca.getPrivate(), certificate.getEncoded(ASN1Encoding.DER));
    byte[] der =
        new DERSequence(
                new ASN1Encodable[] {certificate, ECDSA_SHA256, new DERBitString(signature)})
            .getEncoded(ASN1Encoding.DER);
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new java.io.ByteArrayInputStream(der));
  }

  static byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(key);
    signer.update(data);
    return signer.sign();
  }

  static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
