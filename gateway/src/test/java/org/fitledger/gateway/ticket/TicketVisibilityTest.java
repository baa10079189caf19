package org.fitledger.gateway.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fitledger.gateway.people.PasswordHash;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.query.Where;
import org.junit.jupiter.api.Test;

/** The SQL that limits a ticket search to what {@link Scope#seesTicket} allows. */
class TicketVisibilityTest {

  @Test
  void supervisors_and_inspectors_search_the_tickets_of_their_districts() {
    Where where = TicketRepository.visibleTo(Scope.of(TestPeople.INSPECTOR));

    assertThat(where.conditions()).isEqualTo("(t.district_path = ? or t.district_path like ?)");
    assertThat(where.params()).containsExactly("SH/PD", "SH/PD/%");
  }

  @Test
  void contractors_search_their_companys_tickets_wherever_they_are() {
    Where where = TicketRepository.visibleTo(Scope.of(TestPeople.OTHER_CONTRACTOR));

    assertThat(where.conditions()).isEqualTo("t.company = ?");
    assertThat(where.params()).containsExactly("FIXRIGHT");
  }

  @Test
  void a_contractor_without_a_company_or_a_person_of_another_role_searches_nothing() {
    Person noCompany = person("contractor", null);
    Person auditor = person("auditor", null);

    assertThat(TicketRepository.visibleTo(Scope.of(noCompany)).conditions()).isEqualTo("false");
    assertThat(TicketRepository.visibleTo(Scope.of(auditor)).conditions()).isEqualTo("false");
  }

  private static Person person(String role, String company) {
    return new Person(
        "someone",
        "SomeMSP",
        role,
        Path.of("/nonexistent/cert.pem"),
        Path.of("/nonexistent/key.pem"),
        PasswordHash.of("pw", new byte[16], 1000),
        List.of("SH"),
        company);
  }
}
