package org.fitledger.gateway.ledger;

import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.PreparedTransaction;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;

/**
 * What an endorsed transaction writes. A transaction that changes nothing (the chaincode answered
 * from the state it read: the same patrol sent again, an SLA set to the terms it has) is not sent
 * for ordering: it would only add an empty transaction to a block. The records a transaction does
 * write are read from here, where they travel once (see {@code WrittenRecords} of the model).
 *
 * <p>{@code if (WriteSets.changesNothing(WriteSets.actions(endorsed.getBytes()))) return ...;}
 */
public final class WriteSets {
  private WriteSets() {}

  /**
   * The chaincode actions of a prepared transaction.
   *
   * @param preparedTransaction the bytes of a {@code gateway.PreparedTransaction}, as {@code
   *     Transaction.getBytes()} gives them
   * @throws IllegalArgumentException if the bytes are not a prepared transaction
   */
  static List<ChaincodeAction> actions(byte[] preparedTransaction) {
    try {
      Payload payload =
          Payload.parseFrom(
              PreparedTransaction.parseFrom(preparedTransaction).getEnvelope().getPayload());
      return actions(Transaction.parseFrom(payload.getData()));
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("not a prepared transaction", e);
    }
  }

  /**
   * The chaincode actions of an endorser transaction, each with its event and read-write set.
   *
   * @throws InvalidProtocolBufferException if an action cannot be parsed
   */
  public static List<ChaincodeAction> actions(Transaction transaction)
      throws InvalidProtocolBufferException {
    List<ChaincodeAction> actions = new ArrayList<>();
    for (TransactionAction action : transaction.getActionsList()) {
      actions.add(
          ChaincodeAction.parseFrom(
              ProposalResponsePayload.parseFrom(
                      ChaincodeActionPayload.parseFrom(action.getPayload())
                          .getAction()
                          .getProposalResponsePayload())
                  .getExtension()));
    }
    return actions;
  }

  /**
   * Whether these actions write no key (public, private or metadata) in any namespace and emit no
   * event.
   */
  static boolean changesNothing(List<ChaincodeAction> actions) {
    try {
      for (ChaincodeAction action : actions) {
        if (emitsEvent(action) || writes(action)) {
          return false;
        }
      }
      return true;
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("not a prepared transaction", e);
    }
  }

  /**
   * The values an action writes in a namespace, as UTF-8 text by key; deleted keys are left out.
   *
   * @param action a chaincode action, from a prepared transaction or a block
   * @param namespace the chaincode whose writes to read
   * @throws InvalidProtocolBufferException if its read-write set cannot be parsed
   */
  public static Map<String, String> values(ChaincodeAction action, String namespace)
      throws InvalidProtocolBufferException {
    Map<String, String> values = new HashMap<>();
    for (NsReadWriteSet set : TxReadWriteSet.parseFrom(action.getResults()).getNsRwsetList()) {
      if (set.getNamespace().equals(namespace)) {
        for (KVWrite write : KVRWSet.parseFrom(set.getRwset()).getWritesList()) {
          if (!write.getIsDelete()) {
            values.put(write.getKey(), write.getValue().toString(StandardCharsets.UTF_8));
          }
        }
      }
    }
    return values;
  }

  private static boolean emitsEvent(ChaincodeAction action) throws InvalidProtocolBufferException {
    return !action.getEvents().isEmpty()
        && !ChaincodeEvent.parseFrom(action.getEvents()).getEventName().isEmpty();
  }

  private static boolean writes(ChaincodeAction action) throws InvalidProtocolBufferException {
    for (NsReadWriteSet namespace :
        TxReadWriteSet.parseFrom(action.getResults()).getNsRwsetList()) {
      KVRWSet set = KVRWSet.parseFrom(namespace.getRwset());
      if (set.getWritesCount() > 0
          || set.getMetadataWritesCount() > 0
          || namespace.getCollectionHashedRwsetCount() > 0) {
        return true;
      }
    }
    return false;
  }
}
