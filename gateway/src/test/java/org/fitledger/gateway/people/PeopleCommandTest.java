package org.fitledger.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.cli.CommandException;
import org.fitledger.gateway.cli.RecordedIo;
import org.fitledger.gateway.cli.UsageException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PeopleCommandTest {
  private static final int FEW_ITERATIONS = 1000;

  @TempDir Path dir;
  private Path credentials;
  private Path peopleFile;
  private String input;

  @BeforeEach
  void enrolled_people() throws IOException {
    credentials = dir.resolve("demo-credentials.json");
    peopleFile = dir.resolve("gateway").resolve("people.json");
    for (String name : List.of("supervisor1", "inspector1", "contractor1")) {
      Files.createDirectories(dir.resolve(name));
      Files.writeString(dir.resolve(name).resolve("cert.pem"), "cert");
      Files.writeString(dir.resolve(name).resolve("key_sk"), "key");
    }
    input =
        line("supervisor1", "AuthorityMSP", "supervisor", "SH", "")
            + line("inspector1", "PatrolMSP", "inspector", "SH/PD,SH/XH", "")
            + line("contractor1", "ContractorMSP", "contractor", "", "GREENFIX");
  }

  private String line(String name, String msp, String role, String districts, String company) {
    return String.join(
            "\t",
            name,
            msp,
            role,
            districts,
            company,
            dir.resolve(name).resolve("cert.pem").toString(),
            dir.resolve(name).resolve("key_sk").toString())
        + "\n";
  }

  private RecordedIo write(String indexer, int iterations) throws Exception {
    RecordedIo recorded = new RecordedIo(input, Map.of());
    int exitCode =
        new PeopleCommand(iterations)
            .run(
                List.of(
                    "--credentials",
                    credentials.toString(),
                    "--people",
                    peopleFile.toString(),
                    "--indexer",
                    indexer),
                recorded.io());
    assertThat(exitCode).isZero();
    return recorded;
  }

  private String passwordOf(String name) throws IOException {
    return JsonMapper.shared().readTree(credentials.toFile()).get(name).asString();
  }

  @Test
  void writes_a_people_file_whose_hashes_verify_each_persons_demo_password_and_no_other()
      throws Exception {
    write("supervisor1", FEW_ITERATIONS);

    People people = PeopleFileReader.read(peopleFile);
    for (Person person : people.all()) {
      String password = passwordOf(person.username());
      assertThat(person.passwordHash().matches(password)).as(person.username()).isTrue();
      assertThat(person.passwordHash().matches(password + "x")).as(person.username()).isFalse();
    }
    assertThat(people.all())
        .extracting(Person::username)
        .containsExactly("supervisor1", "inspector1", "contractor1");
  }

  @Test
  void writes_each_persons_msp_role_districts_company_and_identity_files() throws Exception {
    write("supervisor1", FEW_ITERATIONS);

    People people = PeopleFileReader.read(peopleFile);
    Person inspector = people.find("inspector1").orElseThrow();
    assertThat(inspector.mspId()).isEqualTo("PatrolMSP");
    assertThat(inspector.role()).isEqualTo("inspector");
    assertThat(inspector.districts()).containsExactly("SH/PD", "SH/XH");
    assertThat(inspector.company()).isNull();
    assertThat(inspector.certificate()).isEqualTo(dir.resolve("inspector1").resolve("cert.pem"));
    assertThat(inspector.privateKey()).isEqualTo(dir.resolve("inspector1").resolve("key_sk"));
    Person contractor = people.find("contractor1").orElseThrow();
    assertThat(contractor.districts()).isEmpty();
    assertThat(contractor.company()).isEqualTo("GREENFIX");
    assertThat(people.indexer().username()).isEqualTo("supervisor1");
  }

  @Test
  void writes_company_null_and_districts_empty_as_the_people_file_documents() throws Exception {
    write("supervisor1", FEW_ITERATIONS);

    JsonNode supervisor = JsonMapper.shared().readTree(peopleFile.toFile()).get("people").get(0);
    assertThat(supervisor.get("company").isNull()).isTrue();
    assertThat(supervisor.get("districts").toString()).isEqualTo("[\"SH\"]");
  }

  @Test
  void hashes_with_600000_iterations_unless_told() throws Exception {
    input = line("supervisor1", "AuthorityMSP", "supervisor", "SH", "");

    write("supervisor1", PasswordHash.ITERATIONS);

    Person supervisor = PeopleFileReader.read(peopleFile).indexer();
    assertThat(supervisor.passwordHash().iterations()).isEqualTo(600_000);
    assertThat(supervisor.passwordHash().encoded()).startsWith("pbkdf2_sha256$600000$");
  }

  @Test
  void keeps_the_passwords_the_credentials_file_already_gives_and_makes_new_ones()
      throws Exception {
    Files.writeString(credentials, "{\"inspector1\": \"kept-password\", \"retired9\": \"old\"}");

    write("supervisor1", FEW_ITERATIONS);

    assertThat(passwordOf("inspector1")).isEqualTo("kept-password");
    assertThat(passwordOf("retired9")).isEqualTo("old");
    assertThat(passwordOf("supervisor1")).matches("[A-Za-z0-9_-]{16}");
    assertThat(passwordOf("contractor1"))
        .matches("[A-Za-z0-9_-]{16}")
        .isNotEqualTo(passwordOf("supervisor1"));
    assertThat(PeopleFileReader.read(peopleFile).find("inspector1").orElseThrow().passwordHash())
        .matches(p -> p.matches("kept-password"));
  }

  @Test
  void gives_the_same_passwords_when_run_again_with_new_salts() throws Exception {
    write("supervisor1", FEW_ITERATIONS);
    String first = Files.readString(credentials);
    String firstHash = PeopleFileReader.read(peopleFile).indexer().passwordHash().encoded();

    write("supervisor1", FEW_ITERATIONS);

    assertThat(Files.readString(credentials)).isEqualTo(first);
    assertThat(PeopleFileReader.read(peopleFile).indexer().passwordHash().encoded())
        .isNotEqualTo(firstHash);
  }

  @Test
  void lets_only_the_owner_read_either_file() throws Exception {
    write("supervisor1", FEW_ITERATIONS);

    for (Path file : List.of(credentials, peopleFile)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .as(file.toString())
          .isEqualTo("rw-------");
    }
    try (var left = Files.list(peopleFile.getParent())) {
      assertThat(left).containsExactly(peopleFile);
    }
  }

  @Test
  void prints_each_person_and_their_password() throws Exception {
    RecordedIo recorded = write("supervisor1", FEW_ITERATIONS);

    assertThat(recorded.out())
        .isEqualTo(
            String.format(
                "supervisor1  %s%ninspector1   %s%ncontractor1  %s%n",
                passwordOf("supervisor1"), passwordOf("inspector1"), passwordOf("contractor1")));
  }

  @Test
  void refuses_an_indexer_who_is_not_one_of_the_people_and_writes_nothing() {
    assertThatThrownBy(() -> write("supervisor9", FEW_ITERATIONS))
        .isInstanceOf(CommandException.class)
        .hasMessage("indexer supervisor9 is not one of the people");
    assertThat(credentials).doesNotExist();
    assertThat(peopleFile).doesNotExist();
  }

  @Test
  void names_the_line_that_lacks_a_field() {
    input = input + "inspector2\tPatrolMSP\tinspector\n";

    assertThatThrownBy(() -> write("supervisor1", FEW_ITERATIONS))
        .isInstanceOf(CommandException.class)
        .hasMessageStartingWith("line 4 of the people: expected 7 tab-separated fields, found 3");
  }

  @Test
  void needs_the_credentials_file_the_people_file_and_the_indexer() {
    RecordedIo recorded = new RecordedIo(input, Map.of());

    assertThatThrownBy(
            () ->
                new PeopleCommand(FEW_ITERATIONS)
                    .run(List.of("--credentials", credentials.toString()), recorded.io()))
        .isInstanceOf(UsageException.class)
        .hasMessage("--people is missing");
  }
}
