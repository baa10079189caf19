package org.fitledger.gateway.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigValue;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.LastConfig;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.common.OrdererBlockMetadata;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;
import org.junit.jupiter.api.Test;

class ChannelOrganizationsTest {

  private static ConfigGroup org(String mspId, String root, String intermediate) {
    FabricMSPConfig.Builder msp =
        FabricMSPConfig.newBuilder()
            .setName(mspId)
            .addRootCerts(ByteString.copyFrom(root, StandardCharsets.UTF_8));
    if (intermediate != null) {
      msp.addIntermediateCerts(ByteString.copyFrom(intermediate, StandardCharsets.UTF_8));
    }
    MSPConfig config = MSPConfig.newBuilder().setConfig(msp.build().toByteString()).build();
    return ConfigGroup.newBuilder()
        .putValues("MSP", ConfigValue.newBuilder().setValue(config.toByteString()).build())
        .build();
  }

  private static Block configBlock() {
    ConfigGroup channel =
        ConfigGroup.newBuilder()
            .putGroups(
                "Orderer",
                ConfigGroup.newBuilder()
                    .putGroups("OrdererOrg", org("OrdererMSP", "O", null))
                    .build())
            .putGroups(
                "Application",
                ConfigGroup.newBuilder()
                    .putGroups("Patrol", org("PatrolMSP", "P", "P-INT"))
                    .putGroups("Authority", org("AuthorityMSP", "A", null))
                    .build())
            .build();
    ConfigEnvelope envelope =
        ConfigEnvelope.newBuilder().setConfig(Config.newBuilder().setChannelGroup(channel)).build();
    Payload payload = Payload.newBuilder().setData(envelope.toByteString()).build();
    return Block.newBuilder()
        .setHeader(BlockHeader.newBuilder().setNumber(3))
        .setData(
            BlockData.newBuilder()
                .addData(
                    Envelope.newBuilder()
                        .setPayload(payload.toByteString())
                        .build()
                        .toByteString()))
        .build();
  }

  @Test
  void reads_the_orderer_and_member_organizations_with_their_authorities() {
    ChannelOrganizations orgs = ChannelOrganizations.of(configBlock());

    assertThat(orgs.orderers())
        .containsExactly(new Organization("OrdererMSP", List.of("O"), List.of()));
    assertThat(orgs.members())
        .containsExactly(
            new Organization("AuthorityMSP", List.of("A"), List.of()),
            new Organization("PatrolMSP", List.of("P"), List.of("P-INT")));
  }

  @Test
  void refuses_a_block_that_is_not_a_configuration_block() {
    Block empty = Block.newBuilder().setHeader(BlockHeader.newBuilder().setNumber(9)).build();

    assertThatThrownBy(() -> ChannelOrganizations.of(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("block 9");
  }

  @Test
  void reads_the_last_configuration_from_the_signed_metadata() {
    OrdererBlockMetadata signed =
        OrdererBlockMetadata.newBuilder()
            .setLastConfig(LastConfig.newBuilder().setIndex(5))
            .build();
    Block block =
        Block.newBuilder()
            .setMetadata(
                BlockMetadata.newBuilder()
                    .addMetadata(
                        Metadata.newBuilder()
                            .setValue(signed.toByteString())
                            .build()
                            .toByteString()))
            .build();

    assertThat(ChannelOrganizations.lastConfig(block)).isEqualTo(5);
  }
}
