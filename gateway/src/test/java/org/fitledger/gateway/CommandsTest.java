package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.fitledger.gateway.cli.RecordedIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
  @TempDir Path dir;

  @Test
  void takes_a_first_argument_that_is_a_word_for_a_command_and_options_for_spring() {
    assertThat(Commands.named(new String[] {"audit", "verify"})).isTrue();
    assertThat(Commands.named(new String[] {"--spring.profiles.active=indexer"})).isFalse();
    assertThat(Commands.named(new String[0])).isFalse();
  }

  @Test
  void fails_with_the_usage_of_every_command_on_an_unknown_one() {
    RecordedIo recorded = new RecordedIo("", Map.of());

    int exitCode = Commands.run(new String[] {"audit", "repair"}, recorded.io());

    assertThat(exitCode).isEqualTo(2);
    assertThat(recorded.err())
        .startsWith("no command 'audit repair'\n")
        .contains("java -jar fitledger-gateway.jar people write --credentials FILE")
        .contains("java -jar fitledger-gateway.jar audit verify --url URL --user NAME");
  }

  @Test
  void fails_with_the_commands_usage_on_wrong_arguments() {
    RecordedIo recorded = new RecordedIo("", Map.of());

    int exitCode =
        Commands.run(new String[] {"audit", "verify", "--password", "secret"}, recorded.io());

    assertThat(exitCode).isEqualTo(2);
    assertThat(recorded.err())
        .isEqualTo(
            "audit verify: unknown argument --password\n"
                + "usage: java -jar fitledger-gateway.jar audit verify --url URL --user NAME"
                + " (the password from FITLEDGER_PASSWORD or standard input)\n");
  }

  @Test
  void says_why_a_command_could_not_do_its_work() {
    RecordedIo recorded = new RecordedIo("", Map.of());

    int exitCode =
        Commands.run(
            new String[] {
              "people",
              "write",
              "--credentials",
              dir.resolve("credentials.json").toString(),
              "--people",
              dir.resolve("people.json").toString(),
              "--indexer",
              "x"
            },
            recorded.io());

    assertThat(exitCode).isEqualTo(2);
    assertThat(recorded.err()).isEqualTo("people write: indexer x is not one of the people\n");
  }
}
