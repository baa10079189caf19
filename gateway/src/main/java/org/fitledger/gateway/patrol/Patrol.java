package org.fitledger.gateway.patrol;

/**
 * A patrol as the chaincode stores it, fields in the chaincode's order.
 *
 * <p>{@code new Patrol("5b0e...", "eq-1", "OK", "", "User1@patrol.fitledger.example", "PatrolMSP",
 * "2026-11-21T10:00:00.123Z", "9f2c...")}
 *
 * @param id the client-chosen id (a UUID from the phone)
 * @param equipmentId the equipment inspected
 * @param condition {@code OK} or {@code DEFECT}
 * @param note the inspector's note
 * @param inspector the inspector's certificate common name
 * @param inspectorMsp the inspector's MSP id
 * @param recordedAt the transaction time, ISO-8601 UTC
 * @param txId the recording transaction
 */
public record Patrol(
    String id,
    String equipmentId,
    String condition,
    String note,
    String inspector,
    String inspectorMsp,
    String recordedAt,
    String txId) {}
