package org.fitledger.gateway.people;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A person as enrolled at their org's CA, with what the people file says of them but their
 * password: one tab-separated line of {@code people write}'s input, {@code NAME MSP-ID ROLE
 * DISTRICTS COMPANY CERTIFICATE PRIVATE-KEY}, where DISTRICTS is comma-separated and may be empty,
 * and an empty COMPANY means none.
 *
 * <p>{@code EnrolledPerson.parse("contractor1\tContractorMSP\tcontractor\t\tGREENFIX\tc.pem\tk")}
 *
 * @param username the login name
 * @param mspId the MSP of their org
 * @param role e.g. {@code inspector}
 * @param districts the district path prefixes they act in; may be empty
 * @param company a contractor's company; null for everyone else
 * @param certificate the path of their certificate (PEM), as the people file names it
 * @param privateKey the path of their private key (PEM), as the people file names it; empty when
 *     the gateway holds none, the person signing on their own device
 */
record EnrolledPerson(
    String username,
    String mspId,
    String role,
    List<String> districts,
    String company,
    String certificate,
    String privateKey) {
  private static final int FIELDS = 7;

  /** Checks that the required components are there and copies the districts. */
  public EnrolledPerson {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(mspId, "mspId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(certificate, "certificate");
    districts = List.copyOf(districts);
  }

  /**
   * Reads one line of {@code people write}'s input.
   *
   * @param line seven tab-separated fields
   * @return the person
   * @throws IllegalArgumentException when the line has not seven fields or lacks a required one
   */
  public static EnrolledPerson parse(String line) {
    String[] fields = line.split("\t", -1);
    if (fields.length != FIELDS) {
      throw new IllegalArgumentException(
          "expected " + FIELDS + " tab-separated fields, found " + fields.length + ": " + line);
    }
    for (int i : new int[] {0, 1, 2, 5}) {
      if (fields[i].isBlank()) {
        throw new IllegalArgumentException("field " + (i + 1) + " is empty: " + line);
      }
    }
    List<String> districts =
        Arrays.stream(fields[3].split(",")).filter(district -> !district.isEmpty()).toList();
    String company = fields[4].isEmpty() ? null : fields[4];
    return new EnrolledPerson(
        fields[0],
        fields[1],
        fields[2],
        districts,
        company,
        fields[5],
        fields[6].isEmpty() ? null : fields[6]);
  }

  /** The person the gateway knows, with this password hash. */
  public Person withPassword(PasswordHash passwordHash) {
    return new Person(
        username,
        mspId,
        role,
        Path.of(certificate),
        privateKey == null ? null : Path.of(privateKey),
        passwordHash,
        districts,
        company);
  }
}
