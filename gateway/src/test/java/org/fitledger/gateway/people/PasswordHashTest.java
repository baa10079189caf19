package org.fitledger.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordHashTest {
  private static final byte[] SALT = "fitledger-salt".getBytes(StandardCharsets.UTF_8);

  private static String jdkHash(String password, int iterations) throws Exception {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), SALT, iterations, 256);
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    Base64.Encoder base64 = Base64.getEncoder();
    return "pbkdf2_sha256$"
        + iterations
        + "$"
        + base64.encodeToString(SALT)
        + "$"
        + base64.encodeToString(hash);
  }

  @Test
  void accepts_the_password_a_jdk_pbkdf2_hash_was_made_from() throws Exception {
    PasswordHash hash = PasswordHash.parse(jdkHash("correct horse", 1000));

    assertThat(hash.matches("correct horse")).isTrue();
  }

  @Test
  void rejects_a_wrong_password() throws Exception {
    PasswordHash hash = PasswordHash.parse(jdkHash("correct horse", 1000));

    assertThat(hash.matches("correct horse ")).isFalse();
    assertThat(hash.matches("")).isFalse();
  }

  @Test
  void accepts_non_ascii_passwords_encoded_as_utf8() throws Exception {
    PasswordHash hash = PasswordHash.parse(jdkHash("健身路径-ß", 1000));

    assertThat(hash.matches("健身路径-ß")).isTrue();
  }

  @Test
  void encodes_back_to_the_form_it_was_parsed_from() throws Exception {
    String encoded = jdkHash("pw", 1000);

    assertThat(PasswordHash.parse(encoded).encoded()).isEqualTo(encoded);
  }

  @Test
  void hides_salt_and_hash_from_toString() throws Exception {
    String encoded = jdkHash("pw", 1000);

    assertThat(PasswordHash.parse(encoded).toString())
        .isEqualTo("pbkdf2_sha256$1000$(hidden)")
        .doesNotContain(encoded.substring(encoded.lastIndexOf('$') + 1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pbkdf2_sha1$1000$c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= | expected pbkdf2_sha256$",
        "pbkdf2_sha256$1000$c2FsdA== | expected pbkdf2_sha256$",
        "pbkdf2_sha256$many$c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= | iteration count 'many'",
        "pbkdf2_sha256$0$c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= | iteration count '0'",
        "pbkdf2_sha256$1000$not*base64$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= | salt is not standard base64",
        "pbkdf2_sha256$1000$$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= | salt is empty",
        "pbkdf2_sha256$1000$c2FsdA==$c2hvcnQ= | hash has 5 bytes, expected 32",
      })
  void rejects_a_malformed_hash_saying_what_is_wrong(String encoded, String problem) {
    assertThatThrownBy(() -> PasswordHash.parse(encoded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void creates_a_hash_that_verifies_its_password_and_no_other() {
    PasswordHash hash = PasswordHash.parse(PasswordHash.create("correct horse", 1000).encoded());

    assertThat(hash.matches("correct horse")).isTrue();
    assertThat(hash.matches("correct horse ")).isFalse();
    assertThat(hash.iterations()).isEqualTo(1000);
  }

  @Test
  void creates_each_hash_with_a_new_salt_of_16_bytes() {
    String first = PasswordHash.create("pw", 1000).encoded();
    String second = PasswordHash.create("pw", 1000).encoded();

    assertThat(first).isNotEqualTo(second);
    assertThat(Base64.getDecoder().decode(first.split("\\$")[2])).hasSize(16);
  }
}
