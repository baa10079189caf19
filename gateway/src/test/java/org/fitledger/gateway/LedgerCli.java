package org.fitledger.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
}
