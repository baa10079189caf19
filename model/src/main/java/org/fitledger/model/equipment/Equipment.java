package org.fitledger.model.equipment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A registered piece of equipment as stored on the ledger. Its status is not stored; see {@link
 * EquipmentStatus}.
 *
 * <pre>{@code
 * {"id":"EQ-1","type":"pull-up bar","make":"Acme","model":"PB-2","serial":"S1","site":"Riverside",
 *  "districtPath":"SH/PD/ZJ/C01","latitude":31.2,"longitude":121.5,"installedOn":"2024-05-01",
 *  "warrantyUntil":null,"inspectionIntervals":{"ROUTINE":7,"FUNCTIONAL":30,"STRUCTURAL":365},
 *  "retired":false,"registeredBy":"supervisor1","registeredAt":"2026-11-21T10:00:00Z",
 *  "updatedAt":"2026-11-21T10:00:00Z","txId":"4f1c..."}
 * }</pre>
 *
 * @param id the id printed on the QR tag
 * @param type the kind of equipment
 * @param make the maker
 * @param model the model
 * @param serial the serial number
 * @param site where it stands
 * @param districtPath the four-level district path
 * @param latitude degrees
 * @param longitude degrees
 * @param installedOn the installation date
 * @param warrantyUntil the last day of warranty, or {@code null}
 * @param inspectionIntervals days between inspections per level
 * @param retired whether it has been retired
 * @param registeredBy the CN of the supervisor who registered it
 * @param registeredAt the registering transaction's timestamp, ISO-8601 UTC
 * @param updatedAt the last writing transaction's timestamp
 * @param txId the last writing transaction's id
 */
@JsonPropertyOrder({
  "id",
  "type",
  "make",
  "model",
  "serial",
  "site",
  "districtPath",
  "latitude",
  "longitude",
  "installedOn",
  "warrantyUntil",
  "inspectionIntervals",
  "retired",
  "registeredBy",
  "registeredAt",
  "updatedAt",
  "txId"
})
public record Equipment(
    String id,
    String type,
    String make,
    String model,
    String serial,
    String site,
    String districtPath,
    double latitude,
    double longitude,
    String installedOn,
    String warrantyUntil,
    InspectionIntervals inspectionIntervals,
    boolean retired,
    String registeredBy,
    String registeredAt,
    String updatedAt,
    String txId) {

  /**
   * A piece registered as a supervisor asked.
   *
   * @param request the checked request
   * @param by the CN of the registering supervisor
   * @param at the transaction's timestamp, ISO-8601 UTC
   * @param txId the transaction's id
   */
  public static Equipment register(EquipmentRequest request, String by, String at, String txId) {
    return of(request.id(), request, false, by, at, at, txId);
  }

  /**
   * The piece changed as {@code request} asks at {@code at} by transaction {@code txId}, keeping
   * its id, registration and retirement.
   */
  public Equipment update(EquipmentRequest request, String at, String txId) {
    return of(id, request, retired, registeredBy, registeredAt, at, txId);
  }

  /** The piece retired at {@code at} by transaction {@code txId}. */
  public Equipment retire(String at, String txId) {
    return of(id, content(), true, registeredBy, registeredAt, at, txId);
  }

  /** Whether the stored content equals what {@code request} asks for. */
  public boolean matches(EquipmentRequest request) {
    return request.equals(content());
  }

  /** What a supervisor asked for: the piece without its registration, retirement and writes. */
  private EquipmentRequest content() {
    return new EquipmentRequest(
        id,
        type,
        make,
        model,
        serial,
        site,
        districtPath,
        latitude,
        longitude,
        installedOn,
        warrantyUntil,
        inspectionIntervals);
  }

  private static Equipment of(
      String id,
      EquipmentRequest content,
      boolean retired,
      String registeredBy,
      String registeredAt,
      String updatedAt,
      String txId) {
    return new Equipment(
        id,
        content.type(),
        content.make(),
        content.model(),
        content.serial(),
        content.site(),
        content.districtPath(),
        content.latitude(),
        content.longitude(),
        content.installedOn(),
        content.warrantyUntil(),
        content.inspectionIntervals(),
        retired,
        registeredBy,
        registeredAt,
        updatedAt,
        txId);
  }
}
