package org.fitledger.gateway.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import org.fitledger.gateway.people.Scope;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.query.Where;
import org.junit.jupiter.api.Test;

/** The SQL that limits an equipment search to what {@link Scope#seesEquipment} allows. */
class EquipmentVisibilityTest {

  @Test
  void supervisors_and_inspectors_search_the_equipment_of_their_districts() {
    Where where = EquipmentRepository.visibleTo(Scope.of(TestPeople.SUPERVISOR));

    assertThat(where.conditions()).isEqualTo("(e.district_path = ? or e.district_path like ?)");
    assertThat(where.params()).containsExactly("SH", "SH/%");
  }

  @Test
  void contractors_search_the_equipment_of_their_companys_tickets() {
    Where where = EquipmentRepository.visibleTo(Scope.of(TestPeople.CONTRACTOR));

    assertThat(where.conditions())
        .isEqualTo(
            "exists (select 1 from tickets c where c.equipment_id = e.id and c.company = ?)");
    assertThat(where.params()).containsExactly("GREENFIX");
  }
}
