package org.fitledger.gateway.error;

import java.util.Objects;
import org.fitledger.model.error.ErrorCode;

/**
 * A failure with a stable {@link ErrorCode} and a human message.
 *
 * <p>{@code throw new CodedException(ErrorCode.PATROL_NOT_FOUND, "no patrol p-1 in the index")}
 */
public class CodedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  /**
   * @param code the machine code
   * @param message the human message
   */
  public CodedException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * @param code the machine code
   * @param message the human message
   * @param cause the underlying failure
   */
  public CodedException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The machine code. */
  public ErrorCode code() {
    return code;
  }
}
