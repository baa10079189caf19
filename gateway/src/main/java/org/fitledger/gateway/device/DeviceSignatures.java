package org.fitledger.gateway.device;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * A device's signature of the exact bytes it sends: ECDSA with SHA-256 under the private key of its
 * Fabric identity, DER-encoded, in base64, checked against its enrolled certificate.
 *
 * <p>{@code DeviceSignatures.sign(key, body)} on the device; {@code
 * DeviceSignatures.verify(certificate.getPublicKey(), body, signature)} at the ingress.
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

  /** Whether {@code signature} (base64) signs {@code body} under {@code key}. */
  public static boolean verify(PublicKey key, byte[] body, String signature) {
    try {
      Signature check = Signature.getInstance(ALGORITHM);
      check.initVerify(key);
      check.update(body);
      return check.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
