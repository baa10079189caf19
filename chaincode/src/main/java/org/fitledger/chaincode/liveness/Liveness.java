package org.fitledger.chaincode.liveness;

import java.util.Objects;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.error.Refusal;

/**
 * Answers pings. A ping reads no state, writes nothing and sets no event, so it costs only what
 * endorsing, ordering and committing a transaction cost: the ceiling of the ledger's throughput,
 * and a check that the write path works end to end. Anyone with a role may ping.
 *
 * <pre>{@code
 * String pong = liveness.ping(tx); // {"txId":"4f1c..."}
 * }</pre>
 */
public final class Liveness {
  private final JsonCodec json;

  /** Creates a service that writes its answers with {@code json}. */
  public Liveness(JsonCodec json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * Pings the ledger.
   *
   * @return the Pong JSON
   * @throws Refusal ACCESS_DENIED if the caller's certificate carries no valid role
   */
  public String ping(TransactionContext tx) {
    tx.caller().asAnyRole("ping the ledger");
    return json.encode(new Pong(tx.txId()));
  }
}
