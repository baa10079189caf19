package org.fitledger.gateway.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import org.hyperledger.fabric.protos.common.Block;
import org.junit.jupiter.api.Test;

class ReceiptBuilderTest {
  private static final ChannelOrganizations ORGS =
      new ChannelOrganizations(
          List.of(new Organization("OrdererMSP", List.of("ORDERER CA"), List.of())),
          List.of(new Organization("PatrolMSP", List.of("PATROL CA"), List.of())));
  private static final String TICKET = ReceiptBuilder.key("ticket", "T-1");

  private final Block block =
      TestBlocks.of(
          7,
          List.of(
              new TestBlocks.Write(
                  "aa", "fitledger", ReceiptBuilder.key("patrol", "P-1"), "{\"p\":1}"),
              new TestBlocks.Write(
                  "bb", "fitledger", TICKET, "{\"id\":\"T-1\",\"state\":\"OPEN\"}"),
              new TestBlocks.Write("cc", "other", TICKET, "{\"elsewhere\":true}")));

  @Test
  void the_key_of_a_record_is_the_composite_key_of_its_kind_and_id() {
    assertThat(ReceiptBuilder.key("ticket", "T-1")).isEqualTo("\u0000ticket\u0000T-1\u0000");
  }

  @Test
  void finds_the_transaction_its_position_and_the_value_it_wrote() {
    Receipt receipt =
        ReceiptBuilder.of(block, "bb", "ticket", "T-1", ORGS, "maintenance", "fitledger")
            .orElseThrow();

    assertThat(receipt.format()).isEqualTo("fitledger-receipt/1");
    assertThat(receipt.blockNumber()).isEqualTo(7);
    assertThat(receipt.position()).isEqualTo(1);
    assertThat(receipt.record())
        .isEqualTo(
            new Receipt.WrittenRecord("ticket", "T-1", "{\"id\":\"T-1\",\"state\":\"OPEN\"}"));
    assertThat(receipt.ordererOrganizations()).isEqualTo(ORGS.orderers());
    assertThat(receipt.organizations()).isEqualTo(ORGS.members());
  }

  @Test
  void carries_the_whole_block_as_the_peer_gave_it() throws Exception {
    Receipt receipt =
        ReceiptBuilder.of(block, "bb", "ticket", "T-1", ORGS, "maintenance", "fitledger")
            .orElseThrow();

    assertThat(Block.parseFrom(Base64.getDecoder().decode(receipt.block()))).isEqualTo(block);
  }

  @Test
  void has_no_receipt_for_a_transaction_the_block_does_not_hold() {
    assertThat(ReceiptBuilder.of(block, "dd", "ticket", "T-1", ORGS, "maintenance", "fitledger"))
        .isEmpty();
  }

  @Test
  void has_no_receipt_for_a_record_the_transaction_did_not_write_in_the_chaincode() {
    assertThat(ReceiptBuilder.of(block, "aa", "ticket", "T-1", ORGS, "maintenance", "fitledger"))
        .isEmpty();
    assertThat(ReceiptBuilder.of(block, "cc", "ticket", "T-1", ORGS, "maintenance", "fitledger"))
        .isEmpty();
  }
}
