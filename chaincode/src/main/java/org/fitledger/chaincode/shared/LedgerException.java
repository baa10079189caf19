package org.fitledger.chaincode.shared;

import java.util.Objects;

/**
 * A refused transaction: a rule of the contract was broken. The message is {@code "<CODE>: <human
 * text>"}.
 *
 * <pre>{@code
 * throw new LedgerException(ErrorCode.EQUIPMENT_NOT_FOUND, "no equipment with id EQ-1");
 * }</pre>
 */
public final class LedgerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  /**
   * @param code why the transaction is refused
   * @param text what a person needs to know to correct the request
   */
  public LedgerException(ErrorCode code, String text) {
    super(Objects.requireNonNull(code, "code") + ": " + text);
    this.code = code;
  }

  /** The machine-readable reason. */
  public ErrorCode code() {
    return code;
  }
}
