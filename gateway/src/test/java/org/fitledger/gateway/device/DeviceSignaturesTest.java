package org.fitledger.gateway.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

class DeviceSignaturesTest {
  private static KeyPair p256() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static final byte[] BODY =
      "{\"id\":\"r-1\",\"equipmentId\":\"EQ-1\",\"usageCount\":10}"
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void a_body_signed_with_the_device_s_key_verifies_against_its_public_key() throws Exception {
    KeyPair device = p256();

    String signature = DeviceSignatures.sign(device.getPrivate(), BODY);

    assertThat(DeviceSignatures.verify(device.getPublic(), BODY, signature)).isTrue();
  }

  @Test
  void a_changed_body_another_key_or_garbage_does_not_verify() throws Exception {
    KeyPair device = p256();
    String signature = DeviceSignatures.sign(device.getPrivate(), BODY);
    byte[] changed = BODY.clone();
    changed[changed.length - 3] = '9';

    assertThat(DeviceSignatures.verify(device.getPublic(), changed, signature)).isFalse();
    assertThat(DeviceSignatures.verify(p256().getPublic(), BODY, signature)).isFalse();
    assertThat(DeviceSignatures.verify(device.getPublic(), BODY, "not base64 !")).isFalse();
    assertThat(DeviceSignatures.verify(device.getPublic(), BODY, "AAAA")).isFalse();
  }
}
