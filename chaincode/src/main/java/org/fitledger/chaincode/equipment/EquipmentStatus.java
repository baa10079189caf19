package org.fitledger.chaincode.equipment;

/** Whether a piece of equipment may be used. New equipment is {@link #IN_SERVICE}. */
public enum EquipmentStatus {
  IN_SERVICE
}
