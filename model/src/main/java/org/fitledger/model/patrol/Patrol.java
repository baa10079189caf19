package org.fitledger.model.patrol;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param capture where the patrol stands in its inspector's chain of captures, if their phone
 *     signed it at capture; null otherwise
 */
@JsonPropertyOrder({
  "id",
  "inspector",
  "inspectorMsp",
  "recordedAt",
  "txId",
  "inspections",
  "capture"
})
public record Patrol(
    String id,
    String inspector,
    String inspectorMsp,
    String recordedAt,
    String txId,
    List<Inspection> inspections,
    @JsonInclude(JsonInclude.Include.NON_NULL) CaptureLink capture) {

  /** Copies the inspections. */
  public Patrol {
    inspections = inspections == null ? List.of() : List.copyOf(inspections);
  }

  /** A patrol not signed at capture. */
  public Patrol(
      String id,
      String inspector,
      String inspectorMsp,
      String recordedAt,
      String txId,
      List<Inspection> inspections) {
    this(id, inspector, inspectorMsp, recordedAt, txId, inspections, null);
  }
}
