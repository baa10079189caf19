package org.fitledger.gateway;

import com.google.protobuf.ByteString;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.Metadata;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A genuine receipt changed in one place each, as a forger or a corrupted copy would change it,
 * with the reason the verifier must refuse it for.
 *
 * <p>{@code TamperedReceipts.of(receipt).forEach((name, variant) -> ...)}
 */
final class TamperedReceipts {
  private TamperedReceipts() {}

  /** A tampered receipt and the reason it must be refused for. */
  record Variant(ObjectNode receipt, String reason) {}

  static Map<String, Variant> of(JsonNode genuine) {
    Map<String, Variant> variants = new LinkedHashMap<>();
    variants.put(
        "the record's text",
        new Variant(
            edit(
                genuine,
                r ->
                    ((ObjectNode) r.get("record"))
                        .put("value", otherDigit(r.get("record").get("value").asString()))),
            "RECORD_DIFFERS"));
    variants.put(
        "the transaction id",
        new Variant(
            edit(genuine, r -> r.put("txId", "0".repeat(64))), "TRANSACTION_NOT_AT_POSITION"));
    variants.put(
        "the transaction's position",
        new Variant(
            edit(genuine, r -> r.put("position", r.get("position").asInt() + 1)),
            "TRANSACTION_NOT_AT_POSITION"));
    variants.put(
        "the channel",
        new Variant(
            edit(genuine, r -> r.put("channel", "elsewhere")), "TRANSACTION_NOT_AT_POSITION"));
    variants.put(
        "the block number",
        new Variant(
            edit(genuine, r -> r.put("blockNumber", r.get("blockNumber").asLong() + 1)),
            "BLOCK_NUMBER_MISMATCH"));
    variants.put(
        "a byte of the transaction in the block",
        new Variant(
            block(
                genuine,
                (b, position) ->
                    b.toBuilder()
                        .setData(
                            b.getData().toBuilder()
                                .setData(position, flip(b.getData().getData(position), 40)))
                        .build()),
            "DATA_HASH_MISMATCH"));
    variants.put(
        "the header's data hash",
        new Variant(
            block(
                genuine,
                (b, position) ->
                    b.toBuilder()
                        .setHeader(
                            b.getHeader().toBuilder()
                                .setDataHash(flip(b.getHeader().getDataHash(), 0)))
                        .build()),
            "DATA_HASH_MISMATCH"));
    variants.put(
        "the header's block number",
        new Variant(
            withBlockNumber(
                block(
                    genuine,
                    (b, position) ->
                        b.toBuilder()
                            .setHeader(
                                b.getHeader().toBuilder().setNumber(b.getHeader().getNumber() + 1))
                            .build()),
                genuine.get("blockNumber").asLong() + 1),
            "ORDERER_SIGNATURE_INVALID"));
    variants.put(
        "the orderer's signature",
        new Variant(
            block(
                genuine,
                (b, position) ->
                    withSignatures(
                        b,
                        m ->
                            m.toBuilder()
                                .setSignatures(
                                    0,
                                    m.getSignatures(0).toBuilder()
                                        .setSignature(flip(m.getSignatures(0).getSignature(), 8)))
                                .build())),
            "ORDERER_SIGNATURE_INVALID"));
    variants.put(
        "the signed block metadata",
        new Variant(
            block(
                genuine,
                (b, position) ->
                    withSignatures(b, m -> m.toBuilder().setValue(flip(m.getValue(), 0)).build())),
            "ORDERER_SIGNATURE_INVALID"));
    variants.put(
        "the validation flag",
        new Variant(
            block(
                genuine,
                (b, position) -> {
                  int index = BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE;
                  byte[] flags = b.getMetadata().getMetadata(index).toByteArray();
                  flags[position] = 11; // MVCC_READ_CONFLICT
                  return b.toBuilder()
                      .setMetadata(
                          b.getMetadata().toBuilder()
                              .setMetadata(index, ByteString.copyFrom(flags)))
                      .build();
                }),
            "TRANSACTION_INVALID"));
    variants.put(
        "the orderers' certificate authority",
        new Variant(
            edit(
                genuine,
                r -> {
                  JsonNode member = r.get("organizations").get(0).get("rootCertificates");
                  ((ObjectNode) r.get("ordererOrganizations").get(0))
                      .set("rootCertificates", member.deepCopy());
                }),
            "ORDERER_NOT_CERTIFIED"));
    variants.put(
        "the signer's certificate authority",
        new Variant(
            edit(
                genuine,
                r -> {
                  ArrayNode orgs = (ArrayNode) r.get("organizations");
                  JsonNode first = orgs.get(0).get("rootCertificates").deepCopy();
                  for (int i = 0; i < orgs.size(); i++) {
                    JsonNode next =
                        i + 1 < orgs.size() ? orgs.get(i + 1).get("rootCertificates") : first;
                    ((ObjectNode) orgs.get(i)).set("rootCertificates", next.deepCopy());
                  }
                }),
            "CREATOR_NOT_CERTIFIED"));
    return variants;
  }

  private interface BlockEdit {
    Block apply(Block block, int position);
  }

  private static ObjectNode edit(JsonNode genuine, java.util.function.Consumer<ObjectNode> change) {
    ObjectNode copy = (ObjectNode) genuine.deepCopy();
    change.accept(copy);
    return copy;
  }

  private static ObjectNode block(JsonNode genuine, BlockEdit change) {
    return edit(
        genuine,
        r -> {
          try {
            Block block = Block.parseFrom(Base64.getDecoder().decode(r.get("block").asString()));
            Block changed = change.apply(block, r.get("position").asInt());
            r.put("block", Base64.getEncoder().encodeToString(changed.toByteArray()));
          } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalStateException("the genuine receipt's block cannot be read", e);
          }
        });
  }

  private static ObjectNode withBlockNumber(ObjectNode receipt, long number) {
    receipt.put("blockNumber", number);
    return receipt;
  }

  private static Block withSignatures(Block block, UnaryOperator<Metadata> change) {
    try {
      int index = BlockMetadataIndex.SIGNATURES_VALUE;
      Metadata signatures = Metadata.parseFrom(block.getMetadata().getMetadata(index));
      return block.toBuilder()
          .setMetadata(
              block.getMetadata().toBuilder()
                  .setMetadata(index, change.apply(signatures).toByteString()))
          .build();
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new IllegalStateException("the block's signature metadata cannot be read", e);
    }
  }

  private static ByteString flip(ByteString bytes, int at) {
    byte[] copy = bytes.toByteArray();
    copy[at] ^= 0x01;
    return ByteString.copyFrom(copy);
  }

  /** The text with its first digit changed to another digit. */
  private static String otherDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        return text.substring(0, i) + (char) ('0' + (c - '0' + 1) % 10) + text.substring(i + 1);
      }
    }
    throw new IllegalArgumentException("the record has no digit to change");
  }
}
