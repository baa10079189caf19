package org.fitledger.gateway.cli;

/**
 * A command could not do its work; the message says why, for the person who ran it.
 *
 * <p>{@code throw new CommandException("cannot reach the gateway at http://127.0.0.1:8080")}
 */
public class CommandException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message why, in a sentence
   */
  public CommandException(String message) {
    super(message);
  }

  /**
   * @param message why, in a sentence
   * @param cause the underlying failure
   */
  public CommandException(String message, Throwable cause) {
    super(message, cause);
  }
}
