package org.fitledger.gateway.ledger;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fitledger.model.error.ErrorCode;

/**
 * A chaincode error found in a peer's message, which carries it as {@code "<CODE>: <text>"}
 * anywhere inside, e.g. {@code "chaincode response 500, ACCESS_DENIED: caller is ContractorMSP"}.
 *
 * <p>{@code ChaincodeError.find(message).map(ChaincodeError::code)}
 *
 * @param code the chaincode's code
 * @param text the human text that followed it
 */
record ChaincodeError(ErrorCode code, String text) {
  private static final Pattern CODE =
      Pattern.compile(
          "(?<![A-Za-z0-9_])("
              + ErrorCode.chaincodeCodes().stream().map(Enum::name).collect(Collectors.joining("|"))
              + ")\\s*:\\s*(.*)",
          Pattern.DOTALL);

  /**
   * The first chaincode code in a message, with the text after it.
   *
   * @param message a peer or gRPC error message, possibly null
   * @return the error, or empty if the message holds no chaincode code
   */
  public static Optional<ChaincodeError> find(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher matcher = CODE.matcher(message);
    if (!matcher.find()) {
      return Optional.empty();
    }
    String text = matcher.group(2).strip();
    return Optional.of(new ChaincodeError(ErrorCode.valueOf(matcher.group(1)), text));
  }
}
