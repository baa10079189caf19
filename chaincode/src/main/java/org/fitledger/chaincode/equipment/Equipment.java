package org.fitledger.chaincode.equipment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.equipment.EquipmentStatus;

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

  static Equipment register(EquipmentRequest request, TransactionContext tx) {
    String now = tx.timestamp().toString();
    return new Equipment(
        request.id(),
        request.type(),
        request.make(),
        request.model(),
        request.serial(),
        request.site(),
        request.districtPath(),
        request.latitude(),
        request.longitude(),
        request.installedOn(),
        request.warrantyUntil(),
        request.inspectionIntervals(),
        false,
        tx.caller().commonName(),
        now,
        now,
        tx.txId());
  }

  Equipment update(EquipmentRequest request, TransactionContext tx) {
    Equipment changed = register(request, tx);
    return new Equipment(
        id,
        changed.type,
        changed.make,
        changed.model,
        changed.serial,
        changed.site,
        changed.districtPath,
        changed.latitude,
        changed.longitude,
        changed.installedOn,
        changed.warrantyUntil,
        changed.inspectionIntervals,
        retired,
        registeredBy,
        registeredAt,
        changed.updatedAt,
        changed.txId);
  }

  Equipment retire(TransactionContext tx) {
    return new Equipment(
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
        inspectionIntervals,
        true,
        registeredBy,
        registeredAt,
        tx.timestamp().toString(),
        tx.txId());
  }

  /** Whether the stored content equals what {@code request} asks for. */
  boolean matches(EquipmentRequest request) {
    return request.equals(
        new EquipmentRequest(
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
            inspectionIntervals));
  }
}
