package org.fitledger.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class ContactVaultTest {
  @TempDir Path dir;

  private ContactVault vault() {
    return new ContactVault(dir.toString(), JsonMapper.shared());
  }

  @Test
  void a_sealed_contact_opens_with_its_report_s_key_and_holds_no_readable_contact() {
    ContactVault vault = vault();

    ContactVault.Sealed sealed = vault.seal("R-1", "13800000000");

    assertThat(vault.open("R-1", sealed.sealed())).contains("13800000000");
    assertThat(new String(Base64.getDecoder().decode(sealed.sealed()), StandardCharsets.ISO_8859_1))
        .doesNotContain("13800000000");
    assertThat(sealed.hash()).matches("[0-9a-f]{64}");
  }

  @Test
  void each_report_s_contact_has_a_key_and_a_salt_of_its_own() throws Exception {
    ContactVault vault = vault();

    ContactVault.Sealed first = vault.seal("R-1", "13800000000");
    ContactVault.Sealed second = vault.seal("R-2", "13800000000");

    assertThat(first.hash()).isNotEqualTo(second.hash());
    assertThat(first.sealed()).isNotEqualTo(second.sealed());
    assertThat(Files.readAllBytes(dir.resolve("R-1.key")))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("R-2.key")));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("R-1.key"))))
        .isEqualTo("rw-------");
  }

  @Test
  void once_its_key_is_shredded_a_sealed_contact_no_longer_opens() {
    ContactVault vault = vault();
    ContactVault.Sealed sealed = vault.seal("R-1", "resident@example.org");

    vault.shred("R-1");

    assertThat(vault.open("R-1", sealed.sealed())).isEmpty();
    assertThat(dir.resolve("R-1.key")).doesNotExist();
  }

  @Test
  void a_sealed_contact_changed_or_moved_to_another_report_does_not_open() {
    ContactVault vault = vault();
    ContactVault.Sealed sealed = vault.seal("R-1", "13800000000");
    vault.seal("R-2", "13900000000");
    byte[] bytes = Base64.getDecoder().decode(sealed.sealed());
    bytes[bytes.length - 1] ^= 1;

    assertThatThrownBy(() -> vault.open("R-1", Base64.getEncoder().encodeToString(bytes)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> vault.open("R-2", sealed.sealed()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void the_hash_is_sha256_of_salt_newline_contact() {
    // printf '0f\n13800000000' | sha256sum
    assertThat(ContactVault.hash("0f", "13800000000"))
        .isEqualTo("7998d8280e19f36b6555df5cb18effd493b0d0f5577da41443ca722702eba8a9");
  }
}
