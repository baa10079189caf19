package org.fitledger.chaincode.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.CONTRACTOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.T1;
import static org.fitledger.chaincode.shared.Fixtures.T2;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import org.fitledger.chaincode.shared.ErrorCode;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.chaincode.shared.JsonCodec;
import org.junit.jupiter.api.Test;

class EquipmentReadTest {
  private final InMemoryLedger ledger = new InMemoryLedger();
  private final EquipmentService equipment = new EquipmentService(new JsonCodec());

  @Test
  void reads_registered_equipment_from_any_organization() {
    equipment.register(
        ledger.transaction(SUPERVISOR, "tx1", T1), EquipmentRegistrationTest.REQUEST);

    assertThat(equipment.read(ledger.transaction(CONTRACTOR, "tx2", T2), "EQ-1"))
        .isEqualTo(EquipmentRegistrationTest.STORED);
  }

  @Test
  void reports_unknown_equipment_as_not_found() {
    assertRefused(
            () -> equipment.read(ledger.transaction(CONTRACTOR, "tx1", T1), "EQ-404"),
            ErrorCode.EQUIPMENT_NOT_FOUND)
        .hasMessage("EQUIPMENT_NOT_FOUND: no equipment with id EQ-404");
  }

  @Test
  void refuses_to_read_an_invalid_id() {
    assertRefused(
        () -> equipment.read(ledger.transaction(CONTRACTOR, "tx1", T1), "EQ/1"),
        ErrorCode.INVALID_INPUT);
  }
}
