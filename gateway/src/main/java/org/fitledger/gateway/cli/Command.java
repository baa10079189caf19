package org.fitledger.gateway.cli;

import java.io.IOException;
import java.util.List;

/**
 * One command of the gateway jar, such as {@code audit verify}.
 *
 * <pre>{@code
 * int exitCode = new VerifyCommand().run(List.of("--url", url, "--user", "supervisor1"), io);
 * }</pre>
 */
public interface Command {
  /** The exit code of a command that did its work. */
  int DONE = 0;

  /** The exit code of a command that could not do its work: usage, files, the network. */
  int FAILED = 2;

  /** Its options and what it reads, e.g. {@code --url URL --user NAME}. */
  String usage();

  /**
   * Runs the command.
   *
   * @param args the arguments after the command's name
   * @param io where it reads and writes
   * @return its exit code: {@link #DONE}, {@link #FAILED} or one of its own
   * @throws UsageException when the arguments are wrong
   * @throws CommandException when it cannot do its work, saying why
   * @throws IOException when a file or the network fails
   */
  int run(List<String> args, CommandIo io) throws UsageException, IOException;
}
