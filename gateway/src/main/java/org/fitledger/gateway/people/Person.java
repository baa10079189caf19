package org.fitledger.gateway.people;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person from the people file, with the Fabric identity they act under and the scope the
 * gateway's reads are filtered by.
 *
 * <p>{@code new Person("inspector1", "PatrolMSP", "inspector", cert, key, hash, List.of("SH/PD"),
 * null)}
 *
 * @param username the login name
 * @param mspId the MSP of their organization, e.g. {@code PatrolMSP}
 * @param role e.g. {@code inspector}
 * @param certificate their X.509 certificate (PEM)
 * @param privateKey their private key (PEM), which the gateway signs with; null for anyone who
 *     signs on their own device, the gateway holding no key of theirs
 * @param passwordHash their password hash
 * @param districts the district path prefixes they act in, e.g. {@code SH/PD}; may be empty
 * @param company a contractor's company, e.g. {@code GREENFIX}; null for everyone else
 */
public record Person(
    String username,
    String mspId,
    String role,
    Path certificate,
    Path privateKey,
    PasswordHash passwordHash,
    List<String> districts,
    String company) {

  /** Checks that no required component is null and copies the districts. */
  public Person {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(mspId, "mspId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(passwordHash, "passwordHash");
    districts = List.copyOf(districts == null ? List.of() : districts);
  }

  /** A person without districts or company, as in the walking skeleton's people file. */
  public Person(
      String username,
      String mspId,
      String role,
      Path certificate,
      Path privateKey,
      PasswordHash passwordHash) {
    this(username, mspId, role, certificate, privateKey, passwordHash, List.of(), null);
  }

  /** The file of the key the gateway signs with for them, if it holds one. */
  public Optional<Path> key() {
    return Optional.ofNullable(privateKey);
  }

  /** Their company, for contractors. */
  public Optional<String> companyName() {
    return Optional.ofNullable(company);
  }
}
