package org.fitledger.gateway.ledger;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.fitledger.model.error.ErrorCode;

/**
 * Checks a signature made on a person's device before it goes to a peer, so that a wrong one is
 * answered clearly ({@code SIGNATURE_INVALID}) rather than as the peers' refusal.
 *
 * <p>Fabric accepts only ECDSA signatures with a low S. Of the two valid signatures (r, s) and (r,
 * n − s) of one message, the device should send the low one; one that sends the other (as {@code
 * openssl} may) has it turned low here, which needs no key and changes nothing of what was signed.
 *
 * <p>{@code byte[] der = ClientSignatures.verified(certificate, proposalBytes, signature);}
 */
final class ClientSignatures {

  private ClientSignatures() {}

  /**
   * The signature, DER-encoded with a low S, once it verified.
   *
   * @param certificate the signer's certificate
   * @param message what they signed
   * @param signature their ECDSA signature over SHA-256, DER-encoded
   * @throws LedgerException {@code SIGNATURE_INVALID} if it is not such a signature of the message
   *     by the certificate's key
   */
  static byte[] verified(X509Certificate certificate, byte[] message, byte[] signature) {
    if (!(certificate.getPublicKey() instanceof ECPublicKey key)) {
      throw invalid("the signer's certificate holds no EC key");
    }
    BigInteger[] rs = decode(signature);
    BigInteger order = key.getParams().getOrder();
    if (rs[0].signum() <= 0
        || rs[1].signum() <= 0
        || rs[0].compareTo(order) >= 0
        || rs[1].compareTo(order) >= 0) {
      throw invalid("the signature's numbers lie outside the curve's order");
    }
    try {
      Signature verifier = Signature.getInstance("SHA256withECDSA");
      verifier.initVerify(key);
      verifier.update(message);
      if (!verifier.verify(signature)) {
        throw invalid("the signature does not verify against your certificate");
      }
    } catch (GeneralSecurityException e) {
      throw invalid("the signature cannot be checked: " + e.getMessage());
    }
    return LowS.der(rs[0], rs[1], order);
  }

  private static BigInteger[] decode(byte[] der) {
    try {
      ASN1Primitive parsed = ASN1Primitive.fromByteArray(der);
      if (parsed instanceof ASN1Sequence sequence
          && sequence.size() == 2
          && sequence.getObjectAt(0) instanceof ASN1Integer r
          && sequence.getObjectAt(1) instanceof ASN1Integer s
          && Arrays.equals(parsed.getEncoded("DER"), der)) {
        return new BigInteger[] {r.getValue(), s.getValue()};
      }
    } catch (IOException | IllegalArgumentException e) {
      // answered below
    }
    throw invalid(
        "the signature is not an ECDSA signature in DER (SEQUENCE of two INTEGERs); a raw r||s"
            + " signature, as WebCrypto makes, must be encoded first");
  }

  private static LedgerException invalid(String why) {
    return new LedgerException(ErrorCode.SIGNATURE_INVALID, why, null, List.of(), null);
  }
}
