package org.fitledger.model.patrol;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Base64;
import org.fitledger.model.validation.Validation;

/**
 * A patrol as the inspector's phone signed it when it was captured, offline too: {@code signed} is
 * the exact JSON text {@code {"patrol":{...},"previous":"<hash>"}} (the patrol without this
 * capture, and the SHA-256 of the same person's previous capture, or null for their first), and
 * {@code signature} the phone's ECDSA signature of its UTF-8 bytes under the person's own key, DER
 * in base64. The chaincode checks both against the submitter's certificate and their chain of
 * captures.
 *
 * @param signed the captured patrol and the previous capture's hash, as JSON text
 * @param signature the phone's signature of it, base64 DER
 */
@Schema(name = "PatrolCapture")
public record Capture(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_SIGNED) String signed,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_SIGNATURE)
        String signature) {
  /** The longest signed text: 50 inspections with their notes fit well within it. */
  public static final int MAX_SIGNED = 262_144;

  /** The longest signature, base64: a DER ECDSA signature on P-384 is at most 104 bytes. */
  public static final int MAX_SIGNATURE = 200;

  /** The signature's bytes, once both fields are checked, or {@code INVALID_INPUT}. */
  public byte[] validated(String field) {
    Validation.text(field + ".signed", signed, MAX_SIGNED);
    Validation.text(field + ".signature", signature, MAX_SIGNATURE);
    try {
      return Base64.getDecoder().decode(signature);
    } catch (IllegalArgumentException e) {
      throw Validation.invalid(field + ".signature must be base64");
    }
  }
}
