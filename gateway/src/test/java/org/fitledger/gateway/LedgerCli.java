package org.fitledger.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Queries the chaincode with Fabric's own peer CLI as an org's admin, through {@code ./fitledger
 * peer}: the ledger read without the gateway. Needs {@code FITLEDGER_HOME}, and the run directory
 * and port base of the stack in the environment, as {@code ./fitledger test} sets them.
 */
final class LedgerCli {
  /** What the peer CLI printed and how it exited. */
  record Result(int exitCode, String output) {}

  private LedgerCli() {}

  static Result query(String org, String function, String argument)
      throws IOException, InterruptedException {
    String home = System.getenv("FITLEDGER_HOME");
    if (home == null || home.isBlank()) {
      throw new IllegalStateException("FITLEDGER_HOME is not set: run via ./fitledger test");
    }
    String call = "{\"function\":\"" + function + "\",\"Args\":[\"" + argument + "\"]}";
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(home, "fitledger").toString(),
                    "peer",
                    org,
                    "chaincode",
                    "query",
                    "-C",
                    "maintenance",
                    "-n",
                    "fitledger",
                    "-c",
                    call))
            .redirectErrorStream(true)
            .start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("peer chaincode query did not finish in 30 s");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.exitValue(), output.strip());
  }

  /** Like {@link #query(String, String, String)} with any number of arguments, none included. */
  static Result queryWith(String org, String function, String... arguments)
      throws IOException, InterruptedException {
    ObjectNode call = JsonMapper.shared().createObjectNode().put("function", function);
    var args = call.putArray("Args");
    for (String argument : arguments) {
      args.add(argument);
    }
    return run(
        List.of(
            "peer",
            org,
            "chaincode",
            "query",
            "-C",
            "maintenance",
            "-n",
            "fitledger",
            "-c",
            call.toString()),
        30);
  }

  /**
   * Revokes a demo person with {@code ./fitledger revoke}, unless their run directory already marks
   * them revoked (revocation is permanent per run directory). Returns once every peer has the
   * channel configuration whose CRL lists them.
   */
  static void revoke(String person, String reason) throws IOException, InterruptedException {
    if (Files.exists(runDirectory().resolve("people").resolve(person).resolve("revoked"))) {
      return;
    }
    Result revoked = run(List.of("revoke", person, reason), 180);
    if (revoked.exitCode() != 0) {
      throw new IllegalStateException("./fitledger revoke " + person + " failed:\n" + revoked);
    }
  }

  /**
   * Rebuilds the index from block 0 into the schema {@code index_rebuild} and compares it with the
   * live one ({@code ./fitledger index rebuild}).
   */
  static Result rebuildIndex() throws IOException, InterruptedException {
    return run(List.of("index", "rebuild"), 600);
  }

  /**
   * A peer's chain information ({@code peer channel getinfo}): height, currentBlockHash, and for a
   * peer that joined from a snapshot, bootstrappingSnapshotInfo. {@code peer} is an org (its first
   * peer) or ORG/N.
   */
  static JsonNode chainInfo(String peer) throws IOException, InterruptedException {
    Result info = run(List.of("peer", peer, "channel", "getinfo", "-c", "maintenance"), 30);
    if (info.exitCode() != 0) {
      throw new IllegalStateException("peer channel getinfo on " + peer + " failed:\n" + info);
    }
    String text = info.output();
    return JsonMapper.shared()
        .readTree(text.substring(text.indexOf('{'), text.lastIndexOf('}') + 1));
  }

  /** The stack's run directory, as {@code ./fitledger} chooses it. */
  static Path runDirectory() {
    String runDir = System.getenv("FITLEDGER_RUN_DIR");
    return runDir == null || runDir.isBlank() ? Path.of(home(), "run") : Path.of(runDir);
  }

  private static String home() {
    String home = System.getenv("FITLEDGER_HOME");
    if (home == null || home.isBlank()) {
      throw new IllegalStateException("FITLEDGER_HOME is not set: run via ./fitledger test");
    }
    return home;
  }

  private static Result run(List<String> fitledgerArguments, int seconds)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(home(), "fitledger").toString());
    command.addAll(fitledgerArguments);
    // To a file, so that a command that says much never waits on a full pipe.
    Path log = Files.createTempFile("fitledger-cli-", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "./fitledger " + fitledgerArguments.get(0) + " did not finish in " + seconds + " s");
      }
      return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8).strip());
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
