package org.fitledger.gateway.enrol;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.asn1.pkcs.CertificationRequestInfo;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.model.error.ErrorCode;

/**
 * A PKCS #10 certificate request made on a person's device: an ECDSA P-256 key, signed by that very
 * key (so the device holds it), naming the person as its common name.
 *
 * <p>{@code CertificateRequest request = CertificateRequest.parse(pem);}
 *
 * @param pem the request as the CA is sent it: only its DER, encoded again
 * @param publicKey the device's public key
 * @param commonName the subject's common name
 */
record CertificateRequest(String pem, PublicKey publicKey, String commonName) {
  /** A P-256 request with a short subject is well under 1 KiB of PEM. */
  static final int MAX_PEM_CHARS = 4096;

  private static final ASN1ObjectIdentifier EC_PUBLIC_KEY =
      new ASN1ObjectIdentifier("1.2.840.10045.2.1");
  private static final ASN1ObjectIdentifier P256 = new ASN1ObjectIdentifier("1.2.840.10045.3.1.7");
  private static final ASN1ObjectIdentifier ECDSA_SHA256 =
      new ASN1ObjectIdentifier("1.2.840.10045.4.3.2");
  private static final Pattern PEM =
      Pattern.compile(
          "\\A\\s*-----BEGIN (?:NEW )?CERTIFICATE REQUEST-----([A-Za-z0-9+/=\\s]+)"
              + "-----END (?:NEW )?CERTIFICATE REQUEST-----\\s*\\z");

  /**
   * Parses and checks a request.
   *
   * @param pem the PEM text
   * @throws CodedException {@code INVALID_INPUT} naming what is wrong with it
   */
  static CertificateRequest parse(String pem) {
    if (pem == null || pem.isBlank()) {
      throw invalid("the certificate request is missing");
    }
    if (pem.length() > MAX_PEM_CHARS) {
      throw invalid("the certificate request is longer than " + MAX_PEM_CHARS + " characters");
    }
    Matcher matcher = PEM.matcher(pem);
    if (!matcher.matches()) {
      throw invalid("the certificate request is not one PEM 'CERTIFICATE REQUEST'");
    }
    CertificationRequest request;
    try {
      request =
          CertificationRequest.getInstance(
              Base64.getMimeDecoder().decode(matcher.group(1).replaceAll("\\s", "")));
    } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
      throw invalid("the certificate request is no PKCS #10 request");
    }
    if (request == null) {
      throw invalid("the certificate request is no PKCS #10 request");
    }
    CertificationRequestInfo info = request.getCertificationRequestInfo();
    SubjectPublicKeyInfo key = info.getSubjectPublicKeyInfo();
    if (!EC_PUBLIC_KEY.equals(key.getAlgorithm().getAlgorithm())
        || !P256.equals(key.getAlgorithm().getParameters())) {
      throw invalid("the request's key is not an ECDSA P-256 key, which Fabric's MSP expects");
    }
    if (!ECDSA_SHA256.equals(request.getSignatureAlgorithm().getAlgorithm())) {
      throw invalid("the request is not signed with ECDSA over SHA-256");
    }
    try {
      PublicKey publicKey =
          KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(key.getEncoded()));
      Signature verifier = Signature.getInstance("SHA256withECDSA");
      verifier.initVerify(publicKey);
      verifier.update(info.getEncoded(ASN1Encoding.DER));
      if (!verifier.verify(request.getSignature().getOctets())) {
        throw invalid("the request's signature does not verify with its own key");
      }
      String encoded =
          Base64.getMimeEncoder(64, new byte[] {'\n'})
              .encodeToString(request.getEncoded(ASN1Encoding.DER));
      return new CertificateRequest(
          "-----BEGIN CERTIFICATE REQUEST-----\n"
              + encoded
              + "\n-----END CERTIFICATE REQUEST-----\n",
          publicKey,
          commonName(info));
    } catch (GeneralSecurityException | IOException e) {
      throw invalid("the request's key or signature cannot be read: " + e.getMessage());
    }
  }

  private static String commonName(CertificationRequestInfo info) {
    RDN[] names = info.getSubject().getRDNs(BCStyle.CN);
    if (names.length != 1 || names[0].isMultiValued()) {
      throw invalid("the request's subject must name exactly one common name (CN)");
    }
    return IETFUtils.valueToString(names[0].getFirst().getValue());
  }

  private static CodedException invalid(String message) {
    return new CodedException(ErrorCode.INVALID_INPUT, message);
  }
}
