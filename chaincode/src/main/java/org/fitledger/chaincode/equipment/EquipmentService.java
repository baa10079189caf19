package org.fitledger.chaincode.equipment;

import java.util.Objects;
import java.util.Optional;
import org.fitledger.chaincode.shared.ErrorCode;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.LedgerException;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.chaincode.shared.Validation;

/**
 * Registers and reads equipment. Only the authority registers; anyone on the channel reads.
 * Registering the same equipment again is a no-op that returns the stored record.
 *
 * <pre>{@code
 * String stored = equipment.register(tx, "{\"id\":\"EQ-1\",\"type\":\"pull-up bar\",\"site\":\"Park\"}");
 * }</pre>
 */
public final class EquipmentService {
  /** The world-state object type of equipment keys. */
  public static final String OBJECT_TYPE = "equipment";

  /** The event emitted when equipment is registered. */
  public static final String REGISTERED_EVENT = "EquipmentRegistered";

  /** The only MSP whose members may register equipment. */
  public static final String REGISTRAR_MSP = "AuthorityMSP";

  private final JsonCodec json;

  /** Creates a service that reads and writes JSON with the given codec. */
  public EquipmentService(JsonCodec json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * Registers equipment from a {@code {"id","type","site"}} request.
   *
   * @return the stored Equipment JSON
   * @throws LedgerException ACCESS_DENIED, INVALID_INPUT or EQUIPMENT_EXISTS
   */
  public String register(TransactionContext tx, String requestJson) {
    tx.caller().requireMsp(REGISTRAR_MSP, "register equipment");
    EquipmentRequest request = json.decode(requestJson, EquipmentRequest.class).validated();
    Optional<String> stored = tx.getState(OBJECT_TYPE, request.id());
    if (stored.isPresent()) {
      return replay(stored.get(), request);
    }
    String record = json.encode(Equipment.register(request, tx));
    tx.putState(OBJECT_TYPE, request.id(), record);
    tx.setEvent(REGISTERED_EVENT, record);
    return record;
  }

  /**
   * Reads registered equipment.
   *
   * @return the stored Equipment JSON
   * @throws LedgerException INVALID_INPUT or EQUIPMENT_NOT_FOUND
   */
  public String read(TransactionContext tx, String id) {
    Validation.id("id", id);
    return tx.getState(OBJECT_TYPE, id).orElseThrow(() -> notFound(id));
  }

  /**
   * Checks that equipment is registered.
   *
   * @throws LedgerException EQUIPMENT_NOT_FOUND
   */
  public void requireRegistered(TransactionContext tx, String id) {
    read(tx, id);
  }

  private String replay(String storedJson, EquipmentRequest request) {
    if (!json.decodeStored(storedJson, Equipment.class).matches(request)) {
      throw new LedgerException(
          ErrorCode.EQUIPMENT_EXISTS,
          "equipment " + request.id() + " is already registered with another type or site");
    }
    return storedJson;
  }

  private static LedgerException notFound(String id) {
    return new LedgerException(ErrorCode.EQUIPMENT_NOT_FOUND, "no equipment with id " + id);
  }
}
