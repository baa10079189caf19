package org.fitledger.gateway.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command reads and writes: standard input, output and error, the environment, and the
 * terminal when there is one.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param env the environment variables
 * @param console the terminal, to ask for a password without echoing it; null when input or output
 *     is not a terminal
 */
public record CommandIo(
    InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Console console) {

  /** Checks that only the console is null, and copies the environment. */
  public CommandIo {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    env = Map.copyOf(env);
  }

  /** The process's own streams, environment and terminal. */
  public static CommandIo system() {
    return new CommandIo(System.in, System.out, System.err, System.getenv(), System.console());
  }

  /** An environment variable's value, unless it is unset or empty. */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(env.get(name)).filter(value -> !value.isEmpty());
  }
}
