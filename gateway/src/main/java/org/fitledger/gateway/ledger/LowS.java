package org.fitledger.gateway.ledger;

import java.io.IOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;

/**
 * An ECDSA signature as Fabric accepts it: DER, with the low S of the two valid ones, (r, s) and
 * (r, n − s). Turning S low needs no key and changes nothing of what was signed.
 *
 * <p>{@code byte[] der = LowS.der(r, s, curveOrder);}
 */
final class LowS {

  private LowS() {}

  /** SEQUENCE { INTEGER r, INTEGER min(s, n − s) } for a curve of order {@code order}. */
  static byte[] der(BigInteger r, BigInteger s, BigInteger order) {
    BigInteger low = s.compareTo(order.shiftRight(1)) > 0 ? order.subtract(s) : s;
    try {
      return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(low)})
          .getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException("cannot DER-encode an ECDSA signature", e);
    }
  }
}
