package org.fitledger.chaincode.equipment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.fitledger.chaincode.shared.TransactionContext;

/**
 * A registered piece of equipment as stored on the ledger.
 *
 * <pre>{@code
 * {"id":"EQ-1","type":"pull-up bar","site":"Riverside Park","status":"IN_SERVICE",
 *  "registeredBy":"Admin@authority.fitledger.example","registeredAt":"2026-11-21T10:00:00Z",
 *  "txId":"4f1c..."}
 * }</pre>
 *
 * @param id the id printed on the QR tag
 * @param type the kind of equipment
 * @param site where it stands
 * @param status whether it may be used
 * @param registeredBy the CN of the supervisor who registered it
 * @param registeredAt the registering transaction's timestamp, ISO-8601 UTC
 * @param txId the registering transaction's id
 */
@JsonPropertyOrder({"id", "type", "site", "status", "registeredBy", "registeredAt", "txId"})
public record Equipment(
    String id,
    String type,
    String site,
    EquipmentStatus status,
    String registeredBy,
    String registeredAt,
    String txId) {

  static Equipment register(EquipmentRequest request, TransactionContext tx) {
    return new Equipment(
        request.id(),
        request.type(),
        request.site(),
        EquipmentStatus.IN_SERVICE,
        tx.caller().commonName(),
        tx.timestamp().toString(),
        tx.txId());
  }

  boolean matches(EquipmentRequest request) {
    return id.equals(request.id()) && type.equals(request.type()) && site.equals(request.site());
  }
}
