package org.fitledger.model.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.fitledger.model.ticket.Category;

/**
 * A report as stored on the ledger. It holds no personal data: only the salted hash of the
 * reporter's contact, whose value lives in the Authority's private data collection.
 *
 * @param id the report id
 * @param channel where it came from
 * @param equipmentId the machine reported
 * @param districtPath the machine's district path when reported
 * @param site the machine's site when reported
 * @param category what kind of fault
 * @param description what the reporter wrote; may be empty
 * @param urgent whether the reporter says someone may be hurt
 * @param photos the SHA-256 hashes of its photos
 * @param contactHash the salted hash of the reporter's contact, or {@code null}
 * @param receivedBy the CN of the intake identity that recorded it
 * @param receivedAt the recording transaction's timestamp, ISO-8601 UTC
 * @param triage the inspector's triage, or {@code null} while it awaits one
 * @param txId the last writing transaction
 */
@JsonPropertyOrder({
  "id",
  "channel",
  "equipmentId",
  "districtPath",
  "site",
  "category",
  "description",
  "urgent",
  "photos",
  "contactHash",
  "receivedBy",
  "receivedAt",
  "triage",
  "txId"
})
public record Report(
    String id,
    ReportChannel channel,
    String equipmentId,
    String districtPath,
    String site,
    Category category,
    String description,
    boolean urgent,
    List<String> photos,
    String contactHash,
    String receivedBy,
    String receivedAt,
    Triage triage,
    String txId) {

  /** Copies the photos; none when absent. */
  public Report {
    photos = photos == null ? List.of() : List.copyOf(photos);
  }

  /** Where the report stands. */
  public ReportState state() {
    return triage == null ? ReportState.REPORTED : triage.decision().state();
  }

  /** Whether the request describes what this report already holds. */
  public boolean records(ReportRequest request) {
    return equipmentId.equals(request.equipmentId())
        && category.name().equals(request.category())
        && description.equals(request.description())
        && urgent == request.urgent()
        && photos.equals(request.photos())
        && Objects.equals(contactHash, request.contactHash());
  }

  /** This report with {@code triage}, written by transaction {@code txId}. */
  public Report triaged(Triage triage, String txId) {
    return new Report(
        id,
        channel,
        equipmentId,
        districtPath,
        site,
        category,
        description,
        urgent,
        photos,
        contactHash,
        receivedBy,
        receivedAt,
        triage,
        txId);
  }
}
