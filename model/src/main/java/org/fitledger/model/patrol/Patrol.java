package org.fitledger.model.patrol;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A recorded patrol as stored on the ledger.
 *
 * <pre>{@code
 * {"id":"5b0c...","inspector":"inspector1","inspectorMsp":"PatrolMSP",
 *  "recordedAt":"2026-11-21T10:00:00Z","txId":"4f1c...","inspections":[{...}]}
 * }</pre>
 *
 * @param id the client-chosen patrol id
 * @param inspector the CN of the inspector's certificate
 * @param inspectorMsp the inspector's MSP
 * @param recordedAt the recording transaction's timestamp, ISO-8601 UTC
 * @param txId the recording transaction's id
 * @param inspections the inspections, in the order sent
 */
@JsonPropertyOrder({"id", "inspector", "inspectorMsp", "recordedAt", "txId", "inspections"})
public record Patrol(
    String id,
    String inspector,
    String inspectorMsp,
    String recordedAt,
    String txId,
    List<Inspection> inspections) {

  /** Copies the inspections. */
  public Patrol {
    inspections = inspections == null ? List.of() : List.copyOf(inspections);
  }
}
