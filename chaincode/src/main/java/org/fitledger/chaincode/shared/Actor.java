package org.fitledger.chaincode.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.people.Role;
import org.fitledger.model.place.DistrictPath;

/**
 * A caller whose role has been checked, with the scope their certificate grants.
 *
 * <pre>{@code
 * tx.caller().as(Role.SUPERVISOR, "register equipment").requireCovers("SH/PD/ZJ/C01");
 * }</pre>
 *
 * @param role the checked role
 * @param mspId the caller's MSP
 * @param commonName the caller's CN
 * @param districts the district prefixes the caller may act in (empty for contractors)
 * @param company the contractor's company, {@code null} for other roles
 */
public record Actor(
    Role role, String mspId, String commonName, List<String> districts, String company) {
  private static final Pattern COMPANY = Pattern.compile("[A-Z0-9-]{1,32}");

  /** Copies the districts. */
  public Actor {
    districts = List.copyOf(districts);
  }

  static Actor of(Role role, Caller caller) {
    if (role == Role.DEVICE) {
      return new Actor(role, caller.mspId(), caller.commonName(), List.of(), null);
    }
    if (role == Role.CONTRACTOR) {
      return new Actor(role, caller.mspId(), caller.commonName(), List.of(), company(caller));
    }
    return new Actor(role, caller.mspId(), caller.commonName(), districts(caller), null);
  }

  /** Whether one of the caller's prefixes covers {@code districtPath} (a path or a prefix). */
  public boolean covers(String districtPath) {
    return districts.stream().anyMatch(prefix -> DistrictPath.covers(prefix, districtPath));
  }

  /**
   * Whether the caller may read a record that lies at {@code districtPath} and, for a ticket, is
   * assigned to {@code company}: contractors the records of their own company, everyone else those
   * within their districts. A write that names a record the caller may not read is refused exactly
   * as if the record did not exist, so that neither its existence nor its content leaks.
   */
  public boolean sees(String districtPath, String company) {
    return role == Role.CONTRACTOR ? this.company.equals(company) : covers(districtPath);
  }

  /**
   * Refuses unless one of the caller's prefixes covers {@code districtPath}.
   *
   * @throws Refusal with {@link ErrorCode#ACCESS_DENIED}
   */
  public Actor requireCovers(String districtPath) {
    if (!covers(districtPath)) {
      throw denied(
          commonName
              + " may act only in "
              + String.join(",", districts)
              + ", not in "
              + districtPath);
    }
    return this;
  }

  static Refusal denied(String text) {
    return new Refusal(ErrorCode.ACCESS_DENIED, text);
  }

  private static List<String> districts(Caller caller) {
    String attribute = caller.districts();
    if (attribute == null || attribute.isEmpty()) {
      throw denied("the certificate has no fitledger.districts");
    }
    List<String> prefixes = Arrays.asList(attribute.split(",", -1));
    if (!prefixes.stream().allMatch(DistrictPath::isPrefix)) {
      throw denied("the certificate's fitledger.districts is malformed: " + attribute);
    }
    return prefixes;
  }

  private static String company(Caller caller) {
    if (caller.company() == null || !COMPANY.matcher(caller.company()).matches()) {
      throw denied("the certificate has no valid fitledger.company");
    }
    return caller.company();
  }
}
