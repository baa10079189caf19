package org.fitledger.model.equipment;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fitledger.model.format.Formats;
import org.fitledger.model.validation.DistrictPaths;
import org.fitledger.model.validation.Validation;

/**
 * What a supervisor sends to register or update a piece of equipment.
 *
 * <pre>{@code
 * {"id":"EQ-1","type":"pull-up bar","make":"Acme","model":"PB-2","serial":"S1","site":"Riverside",
 *  "districtPath":"SH/PD/ZJ/C01","latitude":31.2,"longitude":121.5,"installedOn":"2024-05-01",
 *  "warrantyUntil":null,"inspectionIntervals":{"ROUTINE":7,"FUNCTIONAL":30,"STRUCTURAL":365}}
 * }</pre>
 *
 * @param id the id printed on the QR tag
 * @param type the kind of equipment, 1..100 characters
 * @param make the maker, 0..100 characters
 * @param model the model, 0..100 characters
 * @param serial the serial number, 0..100 characters
 * @param site where it stands, 1..100 characters
 * @param districtPath the four-level district path
 * @param latitude degrees, -90..90
 * @param longitude degrees, -180..180
 * @param installedOn the installation date
 * @param warrantyUntil the last day of warranty, or {@code null}
 * @param inspectionIntervals days between inspections per level
 */
@Schema(name = "NewEquipment")
public record EquipmentRequest(
    @Schema(
            pattern = Formats.ID,
            description = "required to register; to update, absent or the path's id")
        String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = MAX_TEXT)
        String type,
    @Schema(maxLength = MAX_TEXT) String make,
    @Schema(maxLength = MAX_TEXT) String model,
    @Schema(maxLength = MAX_TEXT) String serial,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = MAX_TEXT)
        String site,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.DISTRICT_PATH)
        String districtPath,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "-90", maximum = "90")
        Double latitude,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "-180", maximum = "180")
        Double longitude,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String installedOn,
    @Schema(
            types = {"string", "null"},
            format = "date",
            description = "not before installedOn; null without a warranty")
        String warrantyUntil,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) InspectionIntervals inspectionIntervals) {
  /** The longest type, make, model, serial and site. */
  public static final int MAX_TEXT = 100;

  /** The same request for the piece {@code pathId} names, when the request names none. */
  public EquipmentRequest withId(String pathId) {
    return new EquipmentRequest(
        id == null ? pathId : id,
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

  /** Returns this request after checking every field, or throws {@code INVALID_INPUT}. */
  public EquipmentRequest validated() {
    String installed = Validation.date("installedOn", installedOn).toString();
    if (warrantyUntil != null
        && Validation.date("warrantyUntil", warrantyUntil).toString().compareTo(installed) < 0) {
      throw Validation.invalid("warrantyUntil must not precede installedOn");
    }
    return new EquipmentRequest(
        Validation.id("id", id),
        Validation.text("type", type, MAX_TEXT),
        Validation.optionalText("make", make, MAX_TEXT),
        Validation.optionalText("model", model, MAX_TEXT),
        Validation.optionalText("serial", serial, MAX_TEXT),
        Validation.text("site", site, MAX_TEXT),
        DistrictPaths.path("districtPath", districtPath),
        Validation.range("latitude", latitude, -90, 90),
        Validation.range("longitude", longitude, -180, 180),
        installed,
        warrantyUntil,
        Validation.required("inspectionIntervals", inspectionIntervals).validated());
  }
}
