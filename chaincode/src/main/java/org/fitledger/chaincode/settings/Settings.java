package org.fitledger.chaincode.settings;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The channel-wide settings. Before any supervisor sets them, the defaults apply and the other
 * fields are {@code null}.
 *
 * <pre>{@code
 * {"locationToleranceMeters":100,"setBy":"supervisor1","setAt":"2026-11-21T10:00:00Z","txId":"4f1c..."}
 * }</pre>
 *
 * @param locationToleranceMeters how far a patrol's GPS fix may lie from the registered position
 * @param setBy the CN of the supervisor who last set it
 * @param setAt when it was last set
 * @param txId the transaction that last set it
 */
@JsonPropertyOrder({"locationToleranceMeters", "setBy", "setAt", "txId"})
public record Settings(int locationToleranceMeters, String setBy, String setAt, String txId) {
  /** The tolerance before any supervisor sets one. */
  public static final int DEFAULT_TOLERANCE_METERS = 100;

  static final Settings DEFAULTS = new Settings(DEFAULT_TOLERANCE_METERS, null, null, null);
}
