package org.fitledger.gateway.ledger;

import com.google.protobuf.ByteString;
import org.fitledger.model.ledger.WrittenRecords;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.PreparedTransaction;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;

/** Endorsed transactions as the Fabric Gateway hands them over, built for the tests. */
final class PreparedTransactions {
  private PreparedTransactions() {}

  /** The patrol record {@link #reading} writes. */
  static final String PATROL = "{\"id\":\"p-1\",\"inspections\":[]}";

  /** A transaction that read patrol {@code p-1} and, if {@code writes}, wrote {@link #PATROL}. */
  static byte[] reading(boolean writes, String eventName) {
    String key = WrittenRecords.key("patrol", "p-1");
    KVRWSet.Builder set = KVRWSet.newBuilder().addReads(KVRead.newBuilder().setKey(key));
    if (writes) {
      set.addWrites(
          KVWrite.newBuilder()
              .setKey("\u0000patrol-index\u0000p-1\u0000")
              .setValue(ByteString.copyFrom(new byte[] {0})));
      set.addWrites(KVWrite.newBuilder().setKey(key).setValue(ByteString.copyFromUtf8(PATROL)));
    }
    ChaincodeAction.Builder action =
        ChaincodeAction.newBuilder()
            .setResults(
                TxReadWriteSet.newBuilder()
                    .addNsRwset(
                        NsReadWriteSet.newBuilder()
                            .setNamespace("fitledger")
                            .setRwset(set.build().toByteString()))
                    .build()
                    .toByteString());
    if (eventName != null) {
      action.setEvents(
          ChaincodeEvent.newBuilder()
              .setChaincodeId("fitledger")
              .setEventName(eventName)
              .build()
              .toByteString());
    }
    ChaincodeActionPayload payload =
        ChaincodeActionPayload.newBuilder()
            .setAction(
                ChaincodeEndorsedAction.newBuilder()
                    .setProposalResponsePayload(
                        ProposalResponsePayload.newBuilder()
                            .setExtension(action.build().toByteString())
                            .build()
                            .toByteString()))
            .build();
    Transaction transaction =
        Transaction.newBuilder()
            .addActions(TransactionAction.newBuilder().setPayload(payload.toByteString()))
            .build();
    return PreparedTransaction.newBuilder()
        .setTransactionId("ab12".repeat(16))
        .setEnvelope(
            Envelope.newBuilder()
                .setPayload(
                    Payload.newBuilder()
                        .setData(transaction.toByteString())
                        .build()
                        .toByteString()))
        .build()
        .toByteArray();
  }
}
