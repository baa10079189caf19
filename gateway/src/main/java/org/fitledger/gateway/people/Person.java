package org.fitledger.gateway.people;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One person from the people file, with the Fabric identity they act under.
 *
 * <p>{@code new Person("inspector1", "PatrolMSP", "inspector", cert, key, hash)}
 *
 * @param username the login name
 * @param mspId the MSP of their organization, e.g. {@code PatrolMSP}
 * @param role e.g. {@code inspector}
 * @param certificate their X.509 certificate (PEM)
 * @param privateKey their private key (PEM)
 * @param passwordHash their password hash
 */
public record Person(
    String username,
    String mspId,
    String role,
    Path certificate,
    Path privateKey,
    PasswordHash passwordHash) {

  /** Checks that no component is null. */
  public Person {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(mspId, "mspId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(passwordHash, "passwordHash");
  }
}
