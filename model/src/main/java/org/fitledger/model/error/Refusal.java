package org.fitledger.model.error;

import java.util.Objects;

/**
 * A request refused because it breaks one of FitLedger's rules. The message is {@code "<CODE>:
 * <human text>"}; the chaincode refuses the transaction with it, and the gateway answers with the
 * code before any endorsement where it can check the rule itself.
 *
 * <pre>{@code
 * throw new Refusal(ErrorCode.EQUIPMENT_NOT_FOUND, "no equipment with id EQ-1");
 * }</pre>
 */
public final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final String text;

  /**
   * @param code why the transaction is refused
   * @param text what a person needs to know to correct the request
   */
  public Refusal(ErrorCode code, String text) {
    super(Objects.requireNonNull(code, "code") + ": " + text);
    this.code = code;
    this.text = text;
  }

  /** The human text, without the code. */
  public String text() {
    return text;
  }

  /** The machine-readable reason. */
  public ErrorCode code() {
    return code;
  }
}
