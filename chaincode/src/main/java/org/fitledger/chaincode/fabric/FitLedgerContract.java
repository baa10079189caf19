package org.fitledger.chaincode.fabric;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.function.Function;
import org.fitledger.chaincode.equipment.EquipmentService;
import org.fitledger.chaincode.patrol.PatrolService;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.LedgerException;
import org.fitledger.chaincode.shared.TransactionContext;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.License;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * The {@code fitledger} contract. Each transaction takes and returns JSON strings and delegates to
 * a domain service. A refusal is a {@link ChaincodeException} whose message is {@code "<CODE>:
 * <text>"} and whose payload is the UTF-8 code.
 *
 * <pre>{@code
 * peer chaincode query -C maintenance -n fitledger -c '{"Args":["readEquipment","EQ-1"]}'
 * }</pre>
 */
@Contract(
    name = "fitledger",
    info =
        @Info(
            title = "FitLedger",
            description = "Maintenance record of public fitness equipment",
            version = "0.1.0",
            license = @License(name = "Apache-2.0")))
@Default
public final class FitLedgerContract implements ContractInterface {
  private static final JsonCodec JSON = new JsonCodec();
  private static final EquipmentService EQUIPMENT = new EquipmentService(JSON);
  private static final PatrolService PATROLS = new PatrolService(JSON, EQUIPMENT);

  /** Registers equipment; see {@link EquipmentService#register}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT)
  public String registerEquipment(Context ctx, String equipmentJson) {
    return run(ctx, tx -> EQUIPMENT.register(tx, equipmentJson));
  }

  /** Reads equipment; see {@link EquipmentService#read}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE)
  public String readEquipment(Context ctx, String id) {
    return run(ctx, tx -> EQUIPMENT.read(tx, id));
  }

  /** Records a patrol; see {@link PatrolService#create}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT)
  public String createPatrol(Context ctx, String patrolJson) {
    return run(ctx, tx -> PATROLS.create(tx, patrolJson));
  }

  /** Reads a patrol; see {@link PatrolService#read}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE)
  public String readPatrol(Context ctx, String id) {
    return run(ctx, tx -> PATROLS.read(tx, id));
  }

  private static String run(Context ctx, Function<TransactionContext, String> transaction) {
    try {
      return transaction.apply(new StubTransactionContext(ctx));
    } catch (LedgerException e) {
      throw new ChaincodeException(e.getMessage(), e.code().name().getBytes(UTF_8), e);
    }
  }
}
