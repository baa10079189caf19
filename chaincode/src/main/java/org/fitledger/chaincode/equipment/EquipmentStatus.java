package org.fitledger.chaincode.equipment;

/**
 * Whether a piece of equipment may be used. Derived on every read, never stored: {@link #RETIRED}
 * if retired, else {@link #OUT_OF_SERVICE} while an open CRITICAL ticket has been made safe, else
 * {@link #IN_SERVICE}.
 */
public enum EquipmentStatus {
  IN_SERVICE,
  OUT_OF_SERVICE,
  RETIRED
}
