package org.fitledger.gateway.config;

/**
 * A configuration file is missing, unreadable or wrong; the message names the file and the field.
 *
 * <p>{@code throw new ConfigFileException("people file /etc/people.json: people[0].mspId is
 * missing")}
 */
public class ConfigFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong, naming the file and the field
   */
  public ConfigFileException(String message) {
    super(message);
  }

  /**
   * @param message what is wrong, naming the file and the field
   * @param cause the underlying failure
   */
  public ConfigFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
