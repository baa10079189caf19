package org.fitledger.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.hyperledger.fabric.client.identity.Signer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EcSignerTest {

  private static KeyPair keys(String curve) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec(curve));
    return generator.generateKeyPair();
  }

  private static byte[] digest(int i) throws GeneralSecurityException {
    return MessageDigest.getInstance("SHA-256")
        .digest(("proposal " + i).getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"secp256r1", "secp384r1"})
  void signs_digests_verifiably_with_a_low_s_and_deterministically(String curve) throws Exception {
    KeyPair keys = keys(curve);
    Signer signer = EcSigner.of(keys.getPrivate());
    BigInteger halfOrder = ((ECPublicKey) keys.getPublic()).getParams().getOrder().shiftRight(1);

    for (int i = 0; i < 50; i++) {
      byte[] signature = signer.sign(digest(i));

      Signature verifier = Signature.getInstance("NONEwithECDSA");
      verifier.initVerify(keys.getPublic());
      verifier.update(digest(i));
      assertThat(verifier.verify(signature)).isTrue();
      BigInteger s =
          ASN1Integer.getInstance(ASN1Sequence.getInstance(signature).getObjectAt(1)).getValue();
      assertThat(s).isLessThanOrEqualTo(halfOrder);
      assertThat(signer.sign(digest(i))).isEqualTo(signature);
    }
  }

  @Test
  void falls_back_to_fabric_gateways_signer_for_a_curve_it_does_not_know() throws Exception {
    KeyPair keys = keys("secp521r1");

    Signer signer = EcSigner.of(keys.getPrivate());

    assertThat(signer).isNotInstanceOf(EcSigner.class);
    assertThat(EcSigner.of(keys("secp256r1").getPrivate())).isInstanceOf(EcSigner.class);
    Signature verifier = Signature.getInstance("NONEwithECDSA");
    verifier.initVerify(keys.getPublic());
    verifier.update(digest(0));
    assertThat(verifier.verify(signer.sign(digest(0)))).isTrue();
  }
}
