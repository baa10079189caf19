package org.fitledger.model.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import org.fitledger.model.people.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EquipmentActionTest {

  @Test
  void an_inspector_inspects_equipment_in_or_out_of_service() {
    assertThat(EquipmentAction.allowedFor(Role.INSPECTOR, EquipmentStatus.OUT_OF_SERVICE, true))
        .containsExactly(EquipmentAction.INSPECT);
  }

  @Test
  void a_supervisor_retires_only_equipment_without_open_tickets() {
    assertThat(EquipmentAction.allowedFor(Role.SUPERVISOR, EquipmentStatus.IN_SERVICE, false))
        .containsExactly(
            EquipmentAction.OPEN_TICKET, EquipmentAction.UPDATE, EquipmentAction.RETIRE);
    assertThat(EquipmentAction.allowedFor(Role.SUPERVISOR, EquipmentStatus.IN_SERVICE, true))
        .containsExactly(EquipmentAction.OPEN_TICKET, EquipmentAction.UPDATE);
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void nobody_does_anything_with_retired_equipment(Role role) {
    assertThat(EquipmentAction.allowedFor(role, EquipmentStatus.RETIRED, false)).isEmpty();
  }

  @Test
  void a_contractor_takes_no_action_on_equipment() {
    assertThat(EquipmentAction.allowedFor(Role.CONTRACTOR, EquipmentStatus.IN_SERVICE, true))
        .isEmpty();
  }
}
