package org.fitledger.gateway.people;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fitledger.model.people.Role;
import org.fitledger.model.place.DistrictPath;

/**
 * What a person may read from the index. Supervisors and inspectors see what lies in their
 * districts; contractors see the tickets of their own company, the equipment of those tickets and
 * their company's contracts. Anything else is answered as not found, so that ids do not leak.
 *
 * <pre>{@code
 * Scope scope = Scope.of(person);
 * if (!scope.seesTicket(row.districtPath(), row.company())) throw notFound(id);
 * }</pre>
 */
public final class Scope {
  private final Person person;

  private Scope(Person person) {
    this.person = Objects.requireNonNull(person, "person");
  }

  /** The scope of a person. */
  public static Scope of(Person person) {
    return new Scope(person);
  }

  /** Whether one of a supervisor's or inspector's districts covers the path. */
  public boolean coversDistrict(String districtPath) {
    if (!isSupervisor() && !isInspector()) {
      return false;
    }
    return person.districts().stream().anyMatch(d -> DistrictPath.covers(d, districtPath));
  }

  /**
   * Whether the person sees a piece of equipment.
   *
   * @param districtPath where it stands
   * @param ticketCompanies the companies its tickets are assigned to
   */
  public boolean seesEquipment(String districtPath, Collection<String> ticketCompanies) {
    if (isContractor()) {
      return person.company() != null && ticketCompanies.contains(person.company());
    }
    return coversDistrict(districtPath);
  }

  /**
   * Whether the person sees a ticket.
   *
   * @param districtPath where its equipment stands
   * @param company the company it is assigned to, or null
   */
  public boolean seesTicket(String districtPath, String company) {
    if (isContractor()) {
      return person.company() != null && person.company().equals(company);
    }
    return coversDistrict(districtPath);
  }

  /** Whether the person sees a patrol that inspected equipment at these paths. */
  public boolean seesPatrol(Collection<String> districtPaths) {
    return districtPaths.stream().anyMatch(this::coversDistrict);
  }

  /** Whether the person sees a maintenance contract: supervisors all, contractors their own. */
  public boolean seesContract(String company) {
    if (isSupervisor()) {
      return true;
    }
    return isContractor() && person.company() != null && person.company().equals(company);
  }

  /**
   * The district prefixes a supervisor or inspector reads within, for searches that filter in SQL;
   * empty for everyone else.
   */
  public List<String> districts() {
    if (!isSupervisor() && !isInspector()) {
      return List.of();
    }
    return person.districts().stream().filter(DistrictPath::isPrefix).toList();
  }

  /**
   * For contractors, the company whose tickets (and those tickets' equipment) they read; empty for
   * everyone else, and for a contractor without a company, who reads nothing.
   */
  public Optional<String> contractorCompany() {
    return isContractor() ? person.companyName() : Optional.empty();
  }

  /** The person's role, if the people file gave them one FitLedger knows. */
  public Optional<Role> role() {
    return Role.ofAttribute(person.role());
  }

  /** The district prefixes a supervisor or inspector reads in; none for anyone else. */
  public List<String> districtsRead() {
    return isSupervisor() || isInspector() ? person.districts() : List.of();
  }

  /** Whether the person is a supervisor. */
  public boolean isSupervisor() {
    return role().equals(Optional.of(Role.SUPERVISOR));
  }

  private boolean isInspector() {
    return role().equals(Optional.of(Role.INSPECTOR));
  }

  /** Whether the person is contractor staff, who read by company rather than by district. */
  public boolean isContractor() {
    return role().equals(Optional.of(Role.CONTRACTOR));
  }
}
