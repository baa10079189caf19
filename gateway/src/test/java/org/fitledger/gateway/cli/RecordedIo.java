package org.fitledger.gateway.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A command's streams in memory, for tests: given input, recorded output and error. */
public final class RecordedIo {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final CommandIo io;

  /**
   * @param input what standard input holds
   * @param env the environment
   */
  public RecordedIo(String input, Map<String, String> env) {
    this.io =
        new CommandIo(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            null);
  }

  /** The streams to give the command. */
  public CommandIo io() {
    return io;
  }

  /** What the command wrote to standard output. */
  public String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What the command wrote to standard error. */
  public String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
