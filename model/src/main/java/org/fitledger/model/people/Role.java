package org.fitledger.model.people;

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
  SUPERVISOR("supervisor", Organization.AUTHORITY),
  INSPECTOR("inspector", Organization.PATROL),
  CONTRACTOR("contractor", Organization.CONTRACTOR),
  /** The Authority's service identity that records reports from residents; never a person. */
  INTAKE("intake", Organization.AUTHORITY),
  /**
   * A connected machine's own identity, bound to it by {@code fitledger.device}; never a person.
   */
  DEVICE("device", Organization.AUTHORITY),
  /**
   * The Authority's service identity that the gateway reads the ledger with, for the people who
   * sign on their own devices: block events, commit statuses, and the reads a supervisor of its
   * districts may make. It writes nothing; never a person.
   */
  READER("reader", Organization.AUTHORITY);

  private final String attribute;
  private final Organization organization;

  Role(String attribute, Organization organization) {
    this.attribute = attribute;
    this.organization = organization;
  }

  /** The value of {@code fitledger.role} in the certificate, e.g. {@code supervisor}. */
  public String attribute() {
    return attribute;
  }

  /**
   * Whether the role's holders sign in with a password: people do; the intake, devices and the
   * reader are services that act through their own interfaces.
   */
  public boolean signsIn() {
    return this == SUPERVISOR || this == INSPECTOR || this == CONTRACTOR;
  }

  /** Whether a {@code fitledger.role} value is a role whose holders sign in. */
  public static boolean signsIn(String attribute) {
    return ofAttribute(attribute).map(Role::signsIn).orElse(true);
  }

  /** The only organization whose members may hold this role. */
  public Organization organization() {
    return organization;
  }

  /** The MSP id of that organization. */
  public String mspId() {
    return organization.mspId();
  }

  /** The role whose {@code fitledger.role} value is {@code attribute}, if any. */
  public static Optional<Role> ofAttribute(String attribute) {
    return Arrays.stream(values()).filter(r -> r.attribute.equals(attribute)).findFirst();
  }
}
