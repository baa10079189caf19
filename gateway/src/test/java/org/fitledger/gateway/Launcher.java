package org.fitledger.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code ./fitledger} launcher of the stack under test, and its run directory, for ITs that
 * stop and start parts of the stack ({@code FITLEDGER_HOME}, {@code FITLEDGER_RUN_DIR}).
 */
final class Launcher {
  private Launcher() {}

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run via ./fitledger test");
    }
    return value;
  }

  /** Runs {@code ./fitledger ARGS...}; fails unless it exits 0 within two minutes. */
  static String run(String... args) throws IOException, InterruptedException {
    return run(Duration.ofMinutes(2), args);
  }

  /** Runs {@code ./fitledger ARGS...}; fails unless it exits 0 within {@code timeout}. */
  static String run(Duration timeout, String... args) throws IOException, InterruptedException {
    LedgerCli.Result result = exec(timeout, List.of(args));
    if (result.exitCode() != 0) {
      throw new IllegalStateException(
          "./fitledger " + String.join(" ", args) + " failed:\n" + result);
    }
    return result.output();
  }

  /**
   * Runs {@code ./fitledger ARGS...} and answers how it exited and what it printed; fails unless it
   * finishes within {@code timeout}.
   */
  static LedgerCli.Result exec(Duration timeout, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(env("FITLEDGER_HOME"), "fitledger").toString());
    command.addAll(args);
    // To a file, so that a command that says much never waits on a full pipe.
    Path log = Files.createTempFile("fitledger-cli-", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(command + " did not finish in " + timeout);
      }
      return new LedgerCli.Result(
          process.exitValue(), Files.readString(log, StandardCharsets.UTF_8).strip());
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** The stack's run directory, as {@code ./fitledger} chooses it. */
  static Path runDir() {
    String runDir = System.getenv("FITLEDGER_RUN_DIR");
    return runDir == null || runDir.isBlank()
        ? Path.of(env("FITLEDGER_HOME"), "run")
        : Path.of(runDir);
  }

  /** The orderer that leads the channel's Raft cluster now ({@code ./fitledger leader}). */
  static String orderingLeader() throws IOException, InterruptedException {
    String[] lines = run("leader").strip().split("\n");
    return lines[lines.length - 1].strip();
  }

  /** The PID of a part the launcher started (indexer-1, gateway, …), from its PID file. */
  static long pid(String part) throws IOException {
    return Long.parseLong(
        Files.readString(runDir().resolve("pids").resolve(part + ".pid")).strip());
  }

  /** Kills a process and its children with SIGKILL, and waits until it is gone. */
  static void killHard(long pid) throws Exception {
    ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.onExit().get(10, TimeUnit.SECONDS);
  }

  /** Starts PostgreSQL again; its killed backends may take a moment to let go of its memory. */
  static void startPostgres() throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        run("start", "postgres");
        return;
      } catch (IllegalStateException e) {
        if (attempt == 10) {
          throw e;
        }
        Thread.sleep(1000);
      }
    }
  }

  /** The PID of the PostgreSQL server of the stack (first line of {@code postmaster.pid}). */
  static long postgresPid() throws IOException {
    return Long.parseLong(
        Files.readAllLines(runDir().resolve("postgres/data/postmaster.pid")).get(0).strip());
  }
}
