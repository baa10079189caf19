package org.fitledger.gateway.device;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.hyperledger.fabric.client.identity.Identities;

/**
 * A device's signature of the exact bytes it sends: ECDSA with SHA-256 under the private key of its
 * Fabric identity, DER-encoded, in base64, checked against its enrolled certificate.
 *
 * <p>{@code DeviceSignatures.sign(key, body)} on the device; {@code DeviceSignatures.verify(cert,
 * body, signature)} at the ingress.
 */
public final class DeviceSignatures {
  private static final String ALGORITHM = "SHA256withECDSA";

  private DeviceSignatures() {}

  /** The base64 signature of {@code body} under {@code key}. */
  public static String sign(PrivateKey key, byte[] body) throws GeneralSecurityException {
    Signature signature = Signature.getInstance(ALGORITHM);
    signature.initSign(key);
    signature.update(body);
    return Base64.getEncoder().encodeToString(signature.sign());
  }

  /** Whether {@code signature} (base64) signs {@code body} under the certificate's key. */
  public static boolean verify(X509Certificate certificate, byte[] body, String signature) {
    try {
      Signature check = Signature.getInstance(ALGORITHM);
      check.initVerify(certificate.getPublicKey());
      check.update(body);
      return check.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The certificate in a PEM file. */
  public static X509Certificate certificate(Path pem) throws IOException {
    try {
      return Identities.readX509Certificate(Files.readString(pem, StandardCharsets.UTF_8));
    } catch (CertificateException e) {
      throw new IOException("no X.509 certificate in " + pem, e);
    }
  }

  /** The private key in a PEM file. */
  public static PrivateKey privateKey(Path pem) throws IOException {
    try {
      return Identities.readPrivateKey(Files.readString(pem, StandardCharsets.UTF_8));
    } catch (java.security.InvalidKeyException e) {
      throw new IOException("no private key in " + pem, e);
    }
  }
}
