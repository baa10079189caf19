package org.fitledger.gateway.equipment;

/**
 * The derived status of a piece of equipment, as the chaincode derives it: never stored, so that
 * contractor steps write only the ticket.
 *
 * <p>{@code EquipmentStatus.of(false, true)} is {@code OUT_OF_SERVICE}.
 */
enum EquipmentStatus {
  IN_SERVICE,
  OUT_OF_SERVICE,
  RETIRED;

  /**
   * @param retired whether it was retired
   * @param openCriticalMadeSafe whether it has an open CRITICAL ticket that was made safe
   */
  static EquipmentStatus of(boolean retired, boolean openCriticalMadeSafe) {
    if (retired) {
      return RETIRED;
    }
    return openCriticalMadeSafe ? OUT_OF_SERVICE : IN_SERVICE;
  }
}
