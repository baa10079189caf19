package org.fitledger.gateway.write;

/**
 * Ends a request that asked to sign on the device, which is answered 202 with what to sign ({@link
 * SigningAdvice}).
 */
final class SignatureRequired extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ToSign toSign;

  SignatureRequired(ToSign toSign) {
    super("transaction " + toSign.transactionId() + " awaits its signer", null, false, false);
    this.toSign = toSign;
  }

  ToSign toSign() {
    return toSign;
  }
}
