package org.fitledger.gateway.ledger;

import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.PreparedTransaction;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;

/**
 * What an endorsed transaction would change: nothing, when the chaincode answered from the state it
 * read (the same patrol sent again, an SLA set to the terms it has). Such a transaction is not sent
 * for ordering: it would only add an empty transaction to a block.
 *
 * <p>{@code if (WriteSets.changesNothing(endorsed.getBytes())) return the result as it is;}
 */
final class WriteSets {
  private WriteSets() {}

  /**
   * Whether a prepared transaction writes no key (public, private or metadata) in any namespace and
   * emits no event.
   *
   * @param preparedTransaction the bytes of a {@code gateway.PreparedTransaction}, as {@code
   *     Transaction.getBytes()} gives them
   * @throws IllegalArgumentException if the bytes are not a prepared transaction
   */
  static boolean changesNothing(byte[] preparedTransaction) {
    try {
      Payload payload =
          Payload.parseFrom(
              PreparedTransaction.parseFrom(preparedTransaction).getEnvelope().getPayload());
      for (TransactionAction action : Transaction.parseFrom(payload.getData()).getActionsList()) {
        ChaincodeAction chaincodeAction =
            ChaincodeAction.parseFrom(
                ProposalResponsePayload.parseFrom(
                        ChaincodeActionPayload.parseFrom(action.getPayload())
                            .getAction()
                            .getProposalResponsePayload())
                    .getExtension());
        if (emitsEvent(chaincodeAction) || writes(chaincodeAction)) {
          return false;
        }
      }
      return true;
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("not a prepared transaction", e);
    }
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
