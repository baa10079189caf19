package org.fitledger.chaincode.patrol;

import java.util.Objects;
import java.util.Optional;
import org.fitledger.chaincode.equipment.EquipmentService;
import org.fitledger.chaincode.shared.ErrorCode;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.LedgerException;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.chaincode.shared.Validation;

/**
 * Records and reads patrols. Only inspectors of the patrol organization record them, and only for
 * registered equipment. Sending the same patrol again returns the stored record and changes
 * nothing.
 *
 * <pre>{@code
 * String stored = patrols.create(tx, "{\"id\":\"5b0c...\",\"equipmentId\":\"EQ-1\","
 *     + "\"condition\":\"OK\",\"note\":\"\"}");
 * }</pre>
 */
public final class PatrolService {
  /** The world-state object type of patrol keys. */
  public static final String OBJECT_TYPE = "patrol";

  /** The event emitted when a patrol is recorded. */
  public static final String RECORDED_EVENT = "PatrolRecorded";

  /** The only MSP whose members may record patrols. */
  public static final String INSPECTOR_MSP = "PatrolMSP";

  private final JsonCodec json;
  private final EquipmentService equipment;

  /** Creates a service that checks equipment with {@code equipment} and JSON with {@code json}. */
  public PatrolService(JsonCodec json, EquipmentService equipment) {
    this.json = Objects.requireNonNull(json, "json");
    this.equipment = Objects.requireNonNull(equipment, "equipment");
  }

  /**
   * Records a patrol from a {@code {"id","equipmentId","condition","note"}} request.
   *
   * @return the stored Patrol JSON
   * @throws LedgerException ACCESS_DENIED, INVALID_INPUT, EQUIPMENT_NOT_FOUND or PATROL_ID_CONFLICT
   */
  public String create(TransactionContext tx, String requestJson) {
    tx.caller().requireMsp(INSPECTOR_MSP, "record a patrol");
    PatrolRequest request = json.decode(requestJson, PatrolRequest.class).validated();
    Optional<String> stored = tx.getState(OBJECT_TYPE, request.id());
    if (stored.isPresent()) {
      return replay(stored.get(), request);
    }
    equipment.requireRegistered(tx, request.equipmentId());
    String record = json.encode(Patrol.record(request, tx));
    tx.putState(OBJECT_TYPE, request.id(), record);
    tx.setEvent(RECORDED_EVENT, record);
    return record;
  }

  /**
   * Reads a recorded patrol.
   *
   * @return the stored Patrol JSON
   * @throws LedgerException INVALID_INPUT or PATROL_NOT_FOUND
   */
  public String read(TransactionContext tx, String id) {
    Validation.id("id", id);
    return tx.getState(OBJECT_TYPE, id)
        .orElseThrow(
            () -> new LedgerException(ErrorCode.PATROL_NOT_FOUND, "no patrol with id " + id));
  }

  private String replay(String storedJson, PatrolRequest request) {
    if (!json.decodeStored(storedJson, Patrol.class).matches(request)) {
      throw new LedgerException(
          ErrorCode.PATROL_ID_CONFLICT,
          "patrol " + request.id() + " was already recorded with different content");
    }
    return storedJson;
  }
}
