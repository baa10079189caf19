package org.fitledger.chaincode.patrol;

import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.T1;

import org.fitledger.chaincode.equipment.EquipmentService;
import org.fitledger.chaincode.shared.InMemoryLedger;
import org.fitledger.chaincode.shared.JsonCodec;

/** A ledger holding registered equipment EQ-1, and the patrol service under test. */
final class PatrolLedger {
  static final String PATROL_ID = "5b0c7e0a-3c7d-4f6e-9d7a-1b2c3d4e5f60";
  static final String REQUEST =
      "{\"id\":\""
          + PATROL_ID
          + "\",\"equipmentId\":\"EQ-1\",\"condition\":\"DEFECT\","
          + "\"note\":\"loose bolt\"}";
  static final String STORED =
      "{\"id\":\""
          + PATROL_ID
          + "\",\"equipmentId\":\"EQ-1\",\"condition\":\"DEFECT\","
          + "\"note\":\"loose bolt\",\"inspector\":\"User1@patrol.fitledger.example\","
          + "\"inspectorMsp\":\"PatrolMSP\",\"recordedAt\":\"2026-11-22T08:00:00Z\","
          + "\"txId\":\"tx2\"}";

  final InMemoryLedger ledger = new InMemoryLedger();
  final PatrolService patrols;

  PatrolLedger() {
    JsonCodec json = new JsonCodec();
    EquipmentService equipment = new EquipmentService(json);
    equipment.register(
        ledger.transaction(SUPERVISOR, "tx1", T1),
        "{\"id\":\"EQ-1\",\"type\":\"pull-up bar\",\"site\":\"Riverside Park\"}");
    patrols = new PatrolService(json, equipment);
  }

  static String request(String equipmentId, String condition, String note) {
    return "{\"id\":\""
        + PATROL_ID
        + "\",\"equipmentId\":\""
        + equipmentId
        + "\",\"condition\":\""
        + condition
        + "\",\"note\":\""
        + note
        + "\"}";
  }
}
