package org.fitledger.gateway.notify;

import java.util.List;
import org.fitledger.gateway.people.People;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.model.people.Role;
import org.springframework.stereotype.Component;

/**
 * Who a notification concerns, from the people file: the contractors of the company a ticket is
 * assigned to, or the inspectors whose districts cover its equipment.
 *
 * <p>{@code recipients.of(notice)} for an ASSIGNED notice of GREENFIX is {@code [contractor1,
 * contractor2]}.
 */
@Component
class Recipients {
  private final People people;

  Recipients(People people) {
    this.people = people;
  }

  /** The usernames a notice goes to, in the people file's order. */
  List<String> of(Notice notice) {
    return switch (notice.kind()) {
      case ASSIGNED, DEADLINE_NEAR, DEADLINE_MISSED -> contractorsOf(notice.company());
      case AWAITS_VERIFICATION -> inspectorsOf(notice.districtPath());
    };
  }

  private List<String> contractorsOf(String company) {
    if (company == null) {
      return List.of();
    }
    return people.all().stream()
        .filter(p -> Scope.of(p).contractorCompany().filter(company::equals).isPresent())
        .map(Person::username)
        .toList();
  }

  private List<String> inspectorsOf(String districtPath) {
    if (districtPath == null) {
      return List.of();
    }
    return people.all().stream()
        .filter(p -> Role.INSPECTOR.attribute().equals(p.role()))
        .filter(p -> Scope.of(p).coversDistrict(districtPath))
        .map(Person::username)
        .toList();
  }
}
