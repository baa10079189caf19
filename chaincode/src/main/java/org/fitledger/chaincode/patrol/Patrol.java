package org.fitledger.chaincode.patrol;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.fitledger.chaincode.shared.TransactionContext;

/**
 * A recorded patrol as stored on the ledger.
 *
 * <pre>{@code
 * {"id":"5b0c...","equipmentId":"EQ-1","condition":"DEFECT","note":"loose bolt",
 *  "inspector":"User1@patrol.fitledger.example","inspectorMsp":"PatrolMSP",
 *  "recordedAt":"2026-11-21T10:00:00Z","txId":"4f1c..."}
 * }</pre>
 *
 * @param id the client-chosen patrol id
 * @param equipmentId the inspected equipment
 * @param condition what the inspector found
 * @param note the inspector's note, possibly empty
 * @param inspector the CN of the inspector's certificate
 * @param inspectorMsp the inspector's MSP
 * @param recordedAt the recording transaction's timestamp, ISO-8601 UTC
 * @param txId the recording transaction's id
 */
@JsonPropertyOrder({
  "id",
  "equipmentId",
  "condition",
  "note",
  "inspector",
  "inspectorMsp",
  "recordedAt",
  "txId"
})
public record Patrol(
    String id,
    String equipmentId,
    Condition condition,
    String note,
    String inspector,
    String inspectorMsp,
    String recordedAt,
    String txId) {

  static Patrol record(PatrolRequest request, TransactionContext tx) {
    return new Patrol(
        request.id(),
        request.equipmentId(),
        request.parseCondition(),
        request.note(),
        tx.caller().commonName(),
        tx.caller().mspId(),
        tx.timestamp().toString(),
        tx.txId());
  }

  boolean matches(PatrolRequest request) {
    return id.equals(request.id())
        && equipmentId.equals(request.equipmentId())
        && condition.name().equals(request.condition())
        && note.equals(request.note());
  }
}
