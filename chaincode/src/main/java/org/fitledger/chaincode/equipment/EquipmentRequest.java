package org.fitledger.chaincode.equipment;

import org.fitledger.chaincode.shared.Validation;

/**
 * What the authority sends to register a piece of equipment: {@code {"id","type","site"}}.
 *
 * @param id the id printed on the QR tag
 * @param type the kind of equipment, e.g. {@code pull-up bar}
 * @param site where it stands
 */
public record EquipmentRequest(String id, String type, String site) {
  static final int MAX_TEXT = 100;

  /** Returns this request after checking every field, or throws {@code INVALID_INPUT}. */
  EquipmentRequest validated() {
    return new EquipmentRequest(
        Validation.id("id", id),
        Validation.text("type", type, MAX_TEXT),
        Validation.text("site", site, MAX_TEXT));
  }
}
