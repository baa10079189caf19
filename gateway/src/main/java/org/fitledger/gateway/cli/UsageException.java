package org.fitledger.gateway.cli;

/**
 * A command was given arguments it does not take, or lacks one it needs.
 *
 * <p>{@code throw new UsageException("--url is missing")}
 */
public class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong with the arguments
   */
  public UsageException(String message) {
    super(message);
  }
}
