package org.fitledger.gateway.index;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.ArrayList;
import java.util.List;
import org.fitledger.gateway.ledger.WriteSets;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Reads a full block: Block → Envelope → Payload → Transaction → ChaincodeActionPayload →
 * ProposalResponsePayload → ChaincodeAction → its ChaincodeEvent and the values its read-write set
 * writes, keeping only valid transactions by the {@code TRANSACTIONS_FILTER} block metadata.
 *
 * <p>{@code ParsedBlock parsed = BlockParser.parse(block, "fitledger");}
 */
public final class BlockParser {

  private BlockParser() {}

  /**
   * Parses a block.
   *
   * @param block a block as delivered by the peer
   * @param chaincode the chaincode whose events to keep
   * @return its events and skipped transactions
   * @throws IllegalArgumentException if the block cannot be parsed
   */
  public static ParsedBlock parse(Block block, String chaincode) {
    long number = block.getHeader().getNumber();
    ByteString filter = validationCodes(block);
    List<LedgerEvent> events = new ArrayList<>();
    List<InvalidTransaction> skipped = new ArrayList<>();
    for (int i = 0; i < block.getData().getDataCount(); i++) {
      try {
        Payload payload =
            Payload.parseFrom(Envelope.parseFrom(block.getData().getData(i)).getPayload());
        ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
        if (header.getType() != HeaderType.ENDORSER_TRANSACTION_VALUE) {
          continue;
        }
        String code = validationCode(filter, i);
        if (!TxValidationCode.VALID.name().equals(code)) {
          skipped.add(new InvalidTransaction(header.getTxId(), number, code));
          continue;
        }
        for (ChaincodeAction action : WriteSets.actions(Transaction.parseFrom(payload.getData()))) {
          if (action.getEvents().isEmpty()) {
            continue;
          }
          ChaincodeEvent event = ChaincodeEvent.parseFrom(action.getEvents());
          if (chaincode.equals(event.getChaincodeId()) && !event.getEventName().isEmpty()) {
            events.add(
                new LedgerEvent(
                    number,
                    header.getTxId(),
                    event.getChaincodeId(),
                    event.getEventName(),
                    event.getPayload().toStringUtf8(),
                    WriteSets.values(action, chaincode)));
          }
        }
      } catch (InvalidProtocolBufferException e) {
        throw new IllegalArgumentException(
            "block " + number + " transaction " + i + " cannot be parsed", e);
      }
    }
    return new ParsedBlock(number, events, skipped);
  }

  private static ByteString validationCodes(Block block) {
    int index = BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE;
    List<ByteString> metadata = block.getMetadata().getMetadataList();
    return index < metadata.size() ? metadata.get(index) : ByteString.EMPTY;
  }

  private static String validationCode(ByteString filter, int transaction) {
    if (transaction >= filter.size()) {
      return "NO_VALIDATION_CODE";
    }
    int value = filter.byteAt(transaction) & 0xFF;
    TxValidationCode code = TxValidationCode.forNumber(value);
    return code == null ? "UNKNOWN_VALIDATION_CODE_" + value : code.name();
  }
}
