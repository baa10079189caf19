package org.fitledger.chaincode.settings;

import java.util.Objects;
import org.fitledger.chaincode.shared.ChangeLog;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.people.Role;
import org.fitledger.model.validation.Validation;

/**
 * Sets and reads the channel-wide settings. Only supervisors set them.
 *
 * <pre>{@code
 * settings.setLocationTolerance(tx, "150");
 * }</pre>
 */
public final class SettingsService {
  /** The id of the single settings record. */
  public static final String ID = "global";

  static final int MAX_TOLERANCE = 10_000;

  private final JsonCodec json;

  /** Creates a service that reads and writes JSON with {@code json}. */
  public SettingsService(JsonCodec json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * Sets the location tolerance of patrols.
   *
   * @param meters a whole number 1..10000
   * @return the stored Settings JSON
   * @throws Refusal ACCESS_DENIED or INVALID_INPUT
   */
  public String setLocationTolerance(TransactionContext tx, String meters) {
    tx.caller().as(Role.SUPERVISOR, "set the location tolerance");
    int tolerance = Validation.range("meters", parse(meters), 1, MAX_TOLERANCE);
    Settings settings =
        new Settings(tolerance, tx.caller().commonName(), tx.timestamp().toString(), tx.txId());
    String record = json.encode(settings);
    ChangeLog changes = new ChangeLog(tx);
    changes.put(RecordKind.SETTINGS, ID, record);
    changes.emit("LocationToleranceSet");
    return record;
  }

  /** The stored settings, or the defaults. */
  public String read(TransactionContext tx) {
    return json.encode(current(tx));
  }

  /** The stored settings, or the defaults. */
  public Settings current(TransactionContext tx) {
    return tx.getState(RecordKind.SETTINGS, ID)
        .map(stored -> json.decodeStored(stored, Settings.class))
        .orElse(Settings.DEFAULTS);
  }

  private static Integer parse(String meters) {
    if (meters == null || !meters.matches("[0-9]{1,9}")) {
      throw Validation.invalid("meters must be a whole number");
    }
    return Integer.valueOf(meters);
  }
}
