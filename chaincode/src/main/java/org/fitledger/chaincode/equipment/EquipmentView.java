package org.fitledger.chaincode.equipment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.fitledger.model.equipment.Equipment;
import org.fitledger.model.equipment.EquipmentStatus;

/**
 * What {@code readEquipment} returns: the stored equipment followed by its derived status.
 *
 * @param equipment the stored record
 * @param status the status derived from its tickets
 */
@JsonPropertyOrder({"equipment", "status"})
public record EquipmentView(@JsonUnwrapped Equipment equipment, EquipmentStatus status) {}
