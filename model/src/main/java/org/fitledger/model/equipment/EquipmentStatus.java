package org.fitledger.model.equipment;

/**
 * Whether a piece of equipment may be used. Derived on every read, never stored, so that a
 * contractor's step writes only the ticket: {@link #RETIRED} if retired, else {@link
 * #OUT_OF_SERVICE} while an open CRITICAL ticket of it has been made safe, else {@link
 * #IN_SERVICE}.
 *
 * <p>{@code EquipmentStatus.of(false, true)} is {@code OUT_OF_SERVICE}.
 */
public enum EquipmentStatus {
  IN_SERVICE,
  OUT_OF_SERVICE,
  RETIRED;

  /**
   * @param retired whether it was retired
   * @param openCriticalMadeSafe whether it has an open CRITICAL ticket that was made safe
   */
  public static EquipmentStatus of(boolean retired, boolean openCriticalMadeSafe) {
    if (retired) {
      return RETIRED;
    }
    return openCriticalMadeSafe ? OUT_OF_SERVICE : IN_SERVICE;
  }
}
