package org.fitledger.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fitledger.gateway.config.ConfigFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleFileReaderTest {
  private static final String HASH =
      PasswordHash.of("pw", "salt".getBytes(StandardCharsets.UTF_8), 1000).encoded();

  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void crypto_files() throws IOException {
    Files.writeString(dir.resolve("cert.pem"), "cert");
    Files.writeString(dir.resolve("key.pem"), "key");
    file = dir.resolve("people.json");
  }

  private String person(String username, String hash) {
    return "{\"username\":\""
        + username
        + "\",\"mspId\":\"PatrolMSP\",\"role\":\"inspector\",\"certificate\":\""
        + dir.resolve("cert.pem")
        + "\",\"privateKey\":\"key.pem\",\"passwordHash\":\""
        + hash
        + "\"}";
  }

  private People read(String json) throws IOException {
    Files.writeString(file, json);
    return PeopleFileReader.read(file);
  }

  @Test
  void reads_people_and_the_indexer() throws IOException {
    People people =
        read("{\"people\":[" + person("inspector1", HASH) + "],\"indexer\":\"inspector1\"}");

    Person inspector = people.find("inspector1").orElseThrow();
    assertThat(inspector.mspId()).isEqualTo("PatrolMSP");
    assertThat(inspector.role()).isEqualTo("inspector");
    assertThat(inspector.certificate()).isEqualTo(dir.resolve("cert.pem"));
    assertThat(inspector.passwordHash().matches("pw")).isTrue();
    assertThat(people.indexer()).isEqualTo(inspector);
  }

  @Test
  void resolves_a_relative_key_path_against_the_files_folder() throws IOException {
    People people =
        read("{\"people\":[" + person("inspector1", HASH) + "],\"indexer\":\"inspector1\"}");

    assertThat(people.indexer().privateKey()).isEqualTo(dir.resolve("key.pem"));
  }

  @Test
  void names_the_file_and_field_of_a_missing_value() {
    String json =
        "{\"people\":[" + person("inspector1", HASH).replace("\"mspId\"", "\"msp\"") + "]}";

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ConfigFileException.class)
        .hasMessage("people file " + file + ": people[0].mspId is missing");
  }

  @Test
  void names_a_malformed_password_hash() {
    String json = "{\"people\":[" + person("inspector1", "plain") + "],\"indexer\":\"x\"}";

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("people[0].passwordHash is malformed: expected pbkdf2_sha256$");
  }

  @Test
  void names_a_certificate_that_is_not_a_readable_file() {
    String json =
        "{\"people\":["
            + person("inspector1", HASH).replace("cert.pem", "gone.pem")
            + "],\"indexer\":\"inspector1\"}";

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("people[0].certificate names ")
        .hasMessageContaining("gone.pem, which is not a readable file");
  }

  @Test
  void refuses_an_indexer_who_is_not_one_of_the_people() {
    String json = "{\"people\":[" + person("inspector1", HASH) + "],\"indexer\":\"supervisor1\"}";

    assertThatThrownBy(() -> read(json))
        .hasMessage("people file " + file + ": indexer supervisor1 is not one of the people");
  }

  @Test
  void refuses_a_username_given_twice() {
    String json =
        "{\"people\":["
            + person("inspector1", HASH)
            + ","
            + person("inspector1", HASH)
            + "],\"indexer\":\"inspector1\"}";

    assertThatThrownBy(() -> read(json)).hasMessageContaining("username inspector1 appears twice");
  }

  @Test
  void says_when_the_file_is_not_json() {
    assertThatThrownBy(() -> read("{\"people\": ["))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageStartingWith("people file " + file + ": is not valid JSON");
  }

  @Test
  void says_when_the_file_is_missing() {
    assertThatThrownBy(() -> PeopleFileReader.read(dir.resolve("absent.json")))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageStartingWith("people file " + dir.resolve("absent.json") + ": cannot be read");
  }

  @Test
  void reads_the_optional_districts_and_company() throws IOException {
    String contractor =
        person("contractor1", HASH)
            .replace("}", ",\"districts\":[\"SH/PD\",\"SH/XH\"],\"company\":\"GREENFIX\"}");
    People people = read("{\"people\":[" + contractor + "],\"indexer\":\"contractor1\"}");

    Person person = people.indexer();
    assertThat(person.districts()).containsExactly("SH/PD", "SH/XH");
    assertThat(person.company()).isEqualTo("GREENFIX");
  }

  @Test
  void leaves_districts_empty_and_company_null_when_absent() throws IOException {
    People people =
        read("{\"people\":[" + person("inspector1", HASH) + "],\"indexer\":\"inspector1\"}");

    assertThat(people.indexer().districts()).isEmpty();
    assertThat(people.indexer().company()).isNull();
  }

  @Test
  void names_a_district_that_is_not_a_path_prefix() {
    String json =
        "{\"people\":["
            + person("inspector1", HASH).replace("}", ",\"districts\":[\"SH/PD\",\"sh//x\"]}")
            + "],\"indexer\":\"inspector1\"}";

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("people[0].districts[1] must be a district path prefix");
  }

  @Test
  void names_a_company_that_is_not_a_string() {
    String json =
        "{\"people\":["
            + person("inspector1", HASH).replace("}", ",\"company\":7}")
            + "],\"indexer\":\"inspector1\"}";

    assertThatThrownBy(() -> read(json)).hasMessageContaining("people[0].company must be");
  }
}
