package org.fitledger.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Test;

class BlockParserTest {
  private static final String VALID_TX = "a".repeat(64);
  private static final String INVALID_TX = "b".repeat(64);

  private static ByteString endorserTransaction(
      String txId, String chaincode, String eventName, String payload) {
    ChaincodeEvent event =
        ChaincodeEvent.newBuilder()
            .setChaincodeId(chaincode)
            .setTxId(txId)
            .setEventName(eventName)
            .setPayload(ByteString.copyFromUtf8(payload))
            .build();
    ChaincodeAction action = ChaincodeAction.newBuilder().setEvents(event.toByteString()).build();
    ProposalResponsePayload response =
        ProposalResponsePayload.newBuilder().setExtension(action.toByteString()).build();
    ChaincodeActionPayload actionPayload =
        ChaincodeActionPayload.newBuilder()
            .setAction(
                ChaincodeEndorsedAction.newBuilder()
                    .setProposalResponsePayload(response.toByteString()))
            .build();
    Transaction transaction =
        Transaction.newBuilder()
            .addActions(TransactionAction.newBuilder().setPayload(actionPayload.toByteString()))
            .build();
    return envelope(txId, HeaderType.ENDORSER_TRANSACTION, transaction.toByteString());
  }

  private static ByteString envelope(String txId, HeaderType type, ByteString data) {
    ChannelHeader channelHeader =
        ChannelHeader.newBuilder()
            .setType(type.getNumber())
            .setTxId(txId)
            .setChannelId("maintenance")
            .build();
    Payload payload =
        Payload.newBuilder()
            .setHeader(Header.newBuilder().setChannelHeader(channelHeader.toByteString()))
            .setData(data)
            .build();
    return Envelope.newBuilder().setPayload(payload.toByteString()).build().toByteString();
  }

  private static Block block(long number, byte[] validationCodes, ByteString... envelopes) {
    BlockData.Builder data = BlockData.newBuilder();
    for (ByteString envelope : envelopes) {
      data.addData(envelope);
    }
    return Block.newBuilder()
        .setHeader(BlockHeader.newBuilder().setNumber(number))
        .setData(data)
        .setMetadata(
            BlockMetadata.newBuilder()
                .addMetadata(ByteString.EMPTY) // SIGNATURES
                .addMetadata(ByteString.EMPTY) // LAST_CONFIG
                .addMetadata(ByteString.copyFrom(validationCodes)) // TRANSACTIONS_FILTER
                .addMetadata(ByteString.EMPTY)) // ORDERER
        .build();
  }

  private static byte code(TxValidationCode code) {
    return (byte) code.getNumber();
  }

  @Test
  void projects_the_event_of_the_valid_transaction_only() {
    Block block =
        block(
            7,
            new byte[] {code(TxValidationCode.VALID), code(TxValidationCode.MVCC_READ_CONFLICT)},
            endorserTransaction(VALID_TX, "fitledger", "PatrolRecorded", "{\"id\":\"p-1\"}"),
            endorserTransaction(INVALID_TX, "fitledger", "PatrolRecorded", "{\"id\":\"p-2\"}"));

    ParsedBlock parsed = BlockParser.parse(block, "fitledger");

    assertThat(parsed.number()).isEqualTo(7);
    assertThat(parsed.events())
        .containsExactly(
            new LedgerEvent(7, VALID_TX, "fitledger", "PatrolRecorded", "{\"id\":\"p-1\"}"));
    assertThat(parsed.skipped())
        .containsExactly(new InvalidTransaction(INVALID_TX, 7, "MVCC_READ_CONFLICT"));
  }

  @Test
  void ignores_events_of_other_chaincodes() {
    Block block =
        block(
            3,
            new byte[] {code(TxValidationCode.VALID)},
            endorserTransaction(VALID_TX, "othercc", "PatrolRecorded", "{}"));

    assertThat(BlockParser.parse(block, "fitledger").events()).isEmpty();
  }

  @Test
  void ignores_config_transactions() {
    Block block =
        block(
            0,
            new byte[] {code(TxValidationCode.VALID)},
            envelope("", HeaderType.CONFIG, ByteString.EMPTY));

    ParsedBlock parsed = BlockParser.parse(block, "fitledger");

    assertThat(parsed.events()).isEmpty();
    assertThat(parsed.skipped()).isEmpty();
  }

  @Test
  void skips_a_transaction_that_has_no_validation_code() {
    Block block =
        block(4, new byte[0], endorserTransaction(VALID_TX, "fitledger", "PatrolRecorded", "{}"));

    assertThat(BlockParser.parse(block, "fitledger").skipped())
        .containsExactly(new InvalidTransaction(VALID_TX, 4, "NO_VALIDATION_CODE"));
  }

  @Test
  void says_which_transaction_of_which_block_cannot_be_parsed() {
    Block block =
        block(
            9,
            new byte[] {code(TxValidationCode.VALID)},
            ByteString.copyFrom(new byte[] {(byte) 0xFF, (byte) 0xFF}));

    assertThatThrownBy(() -> BlockParser.parse(block, "fitledger"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("block 9 transaction 0 cannot be parsed");
  }
}
