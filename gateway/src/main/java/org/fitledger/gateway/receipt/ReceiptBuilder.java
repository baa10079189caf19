package org.fitledger.gateway.receipt;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Base64;
import java.util.Optional;
import org.fitledger.gateway.ledger.WriteSets;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.Transaction;

/**
 * Makes the receipt of a transaction from the block that holds it: finds the transaction's position
 * and the value it wrote under the record's key.
 *
 * <p>{@code ReceiptBuilder.of(block, txId, "ticket", "T-1", orgs, "maintenance", "fitledger")}
 */
final class ReceiptBuilder {
  private ReceiptBuilder() {}

  /**
   * The receipt of {@code txId}, or empty if the block does not hold that transaction writing the
   * record {@code kind}/{@code id}.
   *
   * @throws IllegalArgumentException if a transaction of the block cannot be parsed
   */
  static Optional<Receipt> of(
      Block block,
      String txId,
      String kind,
      String id,
      ChannelOrganizations organizations,
      String channel,
      String chaincode) {
    for (int position = 0; position < block.getData().getDataCount(); position++) {
      try {
        Payload payload =
            Payload.parseFrom(Envelope.parseFrom(block.getData().getData(position)).getPayload());
        if (!ChannelHeader.parseFrom(payload.getHeader().getChannelHeader())
            .getTxId()
            .equals(txId)) {
          continue;
        }
        Optional<String> value = written(payload, chaincode, key(kind, id));
        int at = position;
        return value.map(
            v ->
                new Receipt(
                    Receipt.FORMAT,
                    channel,
                    chaincode,
                    txId,
                    block.getHeader().getNumber(),
                    at,
                    new Receipt.WrittenRecord(kind, id, v),
                    Base64.getEncoder().encodeToString(block.toByteArray()),
                    organizations.orderers(),
                    organizations.members()));
      } catch (InvalidProtocolBufferException e) {
        throw new IllegalArgumentException(
            "block "
                + block.getHeader().getNumber()
                + " transaction "
                + position
                + " cannot be parsed",
            e);
      }
    }
    return Optional.empty();
  }

  /** The world-state key of a record: Fabric's composite key of its kind and id. */
  static String key(String kind, String id) {
    return "\u0000" + kind + "\u0000" + id + "\u0000";
  }

  private static Optional<String> written(Payload payload, String chaincode, String key)
      throws InvalidProtocolBufferException {
    for (ChaincodeAction action : WriteSets.actions(Transaction.parseFrom(payload.getData()))) {
      String value = WriteSets.values(action, chaincode).get(key);
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
