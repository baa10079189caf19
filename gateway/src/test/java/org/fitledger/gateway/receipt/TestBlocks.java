package org.fitledger.gateway.receipt;

import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;

/** TestBlocks of endorser transactions that each write one key, for tests of pure logic. */
final class TestBlocks {
  private TestBlocks() {}

  /** A transaction: its id, and the key and value it writes in {@code namespace}. */
  record Write(String txId, String namespace, String key, String value) {}

  static Block of(long number, List<Write> writes) {
    BlockData.Builder data = BlockData.newBuilder();
    writes.forEach(w -> data.addData(envelope(w).toByteString()));
    return Block.newBuilder()
        .setHeader(BlockHeader.newBuilder().setNumber(number))
        .setData(data)
        .setMetadata(BlockMetadata.newBuilder().addMetadata(ByteString.EMPTY))
        .build();
  }

  private static Envelope envelope(Write write) {
    KVRWSet set =
        KVRWSet.newBuilder()
            .addWrites(
                KVWrite.newBuilder()
                    .setKey(write.key())
                    .setValue(ByteString.copyFrom(write.value(), StandardCharsets.UTF_8)))
            .build();
    TxReadWriteSet results =
        TxReadWriteSet.newBuilder()
            .addNsRwset(
                NsReadWriteSet.newBuilder()
                    .setNamespace(write.namespace())
                    .setRwset(set.toByteString()))
            .build();
    ChaincodeAction action =
        ChaincodeAction.newBuilder().setResults(results.toByteString()).build();
    ChaincodeActionPayload payload =
        ChaincodeActionPayload.newBuilder()
            .setAction(
                ChaincodeEndorsedAction.newBuilder()
                    .setProposalResponsePayload(
                        ProposalResponsePayload.newBuilder()
                            .setExtension(action.toByteString())
                            .build()
                            .toByteString()))
            .build();
    Transaction transaction =
        Transaction.newBuilder()
            .addActions(TransactionAction.newBuilder().setPayload(payload.toByteString()))
            .build();
    ChannelHeader header =
        ChannelHeader.newBuilder()
            .setType(HeaderType.ENDORSER_TRANSACTION_VALUE)
            .setTxId(write.txId())
            .setChannelId("maintenance")
            .build();
    return Envelope.newBuilder()
        .setPayload(
            Payload.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(header.toByteString()))
                .setData(transaction.toByteString())
                .build()
                .toByteString())
        .build();
  }
}
