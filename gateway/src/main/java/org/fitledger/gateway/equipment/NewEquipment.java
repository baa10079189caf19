package org.fitledger.gateway.equipment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/equipment} and {@code PUT /api/v1/equipment/{id}}, passed to
 * {@code registerEquipment} / {@code updateEquipment} as JSON in this field order.
 *
 * @param id the id printed on its QR tag
 * @param type from the catalogue, e.g. {@code pull-up bar}
 * @param make the maker
 * @param model the model
 * @param serial the serial number
 * @param site where it stands, e.g. a park's name
 * @param districtPath {@code city/district/street/community}, e.g. {@code SH/PD/ZJ/C01}
 * @param latitude degrees
 * @param longitude degrees
 * @param installedOn {@code YYYY-MM-DD}
 * @param warrantyUntil {@code YYYY-MM-DD}, or null
 * @param inspectionIntervals days between inspections per level: {@code ROUTINE}, {@code
 *     FUNCTIONAL}, {@code STRUCTURAL}
 */
record NewEquipment(
    String id,
    String type,
    String make,
    String model,
    String serial,
    String site,
    String districtPath,
    BigDecimal latitude,
    BigDecimal longitude,
    String installedOn,
    String warrantyUntil,
    Map<String, Integer> inspectionIntervals) {

  NewEquipment withId(String pathId) {
    return new NewEquipment(
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
}
