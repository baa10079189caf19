package org.fitledger.model.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EquipmentStatusTest {
  @Test
  void retired_equipment_is_retired_whatever_its_tickets() {
    assertThat(EquipmentStatus.of(true, true)).isEqualTo(EquipmentStatus.RETIRED);
    assertThat(EquipmentStatus.of(true, false)).isEqualTo(EquipmentStatus.RETIRED);
  }

  @Test
  void equipment_made_safe_for_an_open_critical_ticket_is_out_of_service_else_in_service() {
    assertThat(EquipmentStatus.of(false, true)).isEqualTo(EquipmentStatus.OUT_OF_SERVICE);
    assertThat(EquipmentStatus.of(false, false)).isEqualTo(EquipmentStatus.IN_SERVICE);
  }
}
