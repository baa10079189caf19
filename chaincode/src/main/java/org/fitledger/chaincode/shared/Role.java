package org.fitledger.chaincode.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * A person's role, read from the {@code fitledger.role} attribute of their certificate. Each role
 * belongs to exactly one organization.
 *
 * <pre>{@code
 * Actor supervisor = tx.caller().as(Role.SUPERVISOR, "register equipment");
 * }</pre>
 */
public enum Role {
  SUPERVISOR("supervisor", "AuthorityMSP"),
  INSPECTOR("inspector", "PatrolMSP"),
  CONTRACTOR("contractor", "ContractorMSP");

  private final String attribute;
  private final String mspId;

  Role(String attribute, String mspId) {
    this.attribute = attribute;
    this.mspId = mspId;
  }

  /** The value of {@code fitledger.role} in the certificate, e.g. {@code supervisor}. */
  public String attribute() {
    return attribute;
  }

  /** The only MSP whose members may hold this role. */
  public String mspId() {
    return mspId;
  }

  /** The role whose {@code fitledger.role} value is {@code attribute}, if any. */
  public static Optional<Role> ofAttribute(String attribute) {
    return Arrays.stream(values()).filter(r -> r.attribute.equals(attribute)).findFirst();
  }
}
