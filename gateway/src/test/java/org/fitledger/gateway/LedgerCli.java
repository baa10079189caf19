package org.fitledger.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
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

  /** {@code function(argument)} queried on the org's peer as the org's admin. */
  static Result query(String org, String function, String argument)
      throws IOException, InterruptedException {
    return queryWith(org, function, argument);
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
   * {@code function(arguments)} queried as a demo person on one peer ({@code ./fitledger as
   * PERSON@PEER}; PEER is ORG for the org's first peer or ORG/N): what that peer's own stores hold,
   * its private data collections among them, without the gateway.
   */
  static Result queryAs(String person, String peer, String function, String... arguments)
      throws IOException, InterruptedException {
    ObjectNode call = JsonMapper.shared().createObjectNode().put("function", function);
    var args = call.putArray("Args");
    for (String argument : arguments) {
      args.add(argument);
    }
    return run(
        List.of(
            "as",
            person + "@" + peer,
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
    if (Files.exists(Launcher.runDir().resolve("people").resolve(person).resolve("revoked"))) {
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

  private static Result run(List<String> fitledgerArguments, int seconds)
      throws IOException, InterruptedException {
    return Launcher.exec(Duration.ofSeconds(seconds), fitledgerArguments);
  }
}
