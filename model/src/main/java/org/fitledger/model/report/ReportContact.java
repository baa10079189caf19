package org.fitledger.model.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.fitledger.model.validation.Validation;

/**
 * A reporter's contact and the salt of its hash, kept only in the Authority's private data
 * collection and sent to its peer only in a proposal's transient data: {@code
 * {"contact":"13800000000","salt":"0f3a…"}}.
 *
 * @param contact a phone number or e-mail address, 1..{@value #MAX_CONTACT} characters
 * @param salt 32 lower-case hex digits, random per report
 */
@JsonPropertyOrder({"contact", "salt"})
public record ReportContact(String contact, String salt) {
  /** The longest contact accepted. */
  public static final int MAX_CONTACT = 200;

  /** Returns this contact after checking it, or throws {@code INVALID_INPUT}. */
  public ReportContact validated() {
    Validation.text("contact", contact, MAX_CONTACT);
    if (salt == null || !salt.matches("[0-9a-f]{32}")) {
      throw Validation.invalid("salt must be 32 lower-case hex digits");
    }
    return this;
  }

  /** The hash that stands for this contact on the shared ledger. */
  public String hash() {
    return ContactHash.of(salt, contact);
  }
}
