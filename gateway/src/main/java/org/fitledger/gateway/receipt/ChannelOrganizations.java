package org.fitledger.gateway.receipt;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.common.OrdererBlockMetadata;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;

/**
 * The channel's ordering and application organizations, read from a configuration block.
 *
 * <pre>{@code
 * long config = ChannelOrganizations.lastConfig(block);
 * ChannelOrganizations orgs = ChannelOrganizations.of(blocks.number(config));
 * }</pre>
 *
 * @param orderers the organizations of the ordering service, whose nodes sign blocks
 * @param members the application organizations, whose people and peers sign transactions
 */
public record ChannelOrganizations(List<Organization> orderers, List<Organization> members) {
  private static final String ORDERER = "Orderer";
  private static final String APPLICATION = "Application";
  private static final String MSP = "MSP";

  public ChannelOrganizations {
    orderers = List.copyOf(orderers);
    members = List.copyOf(members);
  }

  /**
   * The number of the configuration block in force when {@code block} was cut, as the orderer wrote
   * it in the block's signed metadata.
   *
   * @throws IllegalArgumentException if the block's metadata holds no signature metadata
   */
  public static long lastConfig(Block block) {
    try {
      ByteString signatures = block.getMetadata().getMetadata(BlockMetadataIndex.SIGNATURES_VALUE);
      return OrdererBlockMetadata.parseFrom(Metadata.parseFrom(signatures).getValue())
          .getLastConfig()
          .getIndex();
    } catch (InvalidProtocolBufferException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException(
          "block " + block.getHeader().getNumber() + " holds no signature metadata", e);
    }
  }

  /**
   * The organizations a configuration block names.
   *
   * @throws IllegalArgumentException if the block is not a configuration block
   */
  public static ChannelOrganizations of(Block configBlock) {
    try {
      Payload payload =
          Payload.parseFrom(Envelope.parseFrom(configBlock.getData().getData(0)).getPayload());
      ConfigGroup channel =
          ConfigEnvelope.parseFrom(payload.getData()).getConfig().getChannelGroup();
      return new ChannelOrganizations(
          organizations(channel.getGroupsMap().get(ORDERER)),
          organizations(channel.getGroupsMap().get(APPLICATION)));
    } catch (InvalidProtocolBufferException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException(
          "block " + configBlock.getHeader().getNumber() + " is not a configuration block", e);
    }
  }

  private static List<Organization> organizations(ConfigGroup group)
      throws InvalidProtocolBufferException {
    if (group == null) {
      throw new InvalidProtocolBufferException("the configuration lacks a group");
    }
    List<Organization> organizations = new ArrayList<>();
    for (Map.Entry<String, ConfigGroup> org : new TreeMap<>(group.getGroupsMap()).entrySet()) {
      var msp = org.getValue().getValuesMap().get(MSP);
      if (msp == null) {
        continue;
      }
      FabricMSPConfig config =
          FabricMSPConfig.parseFrom(MSPConfig.parseFrom(msp.getValue()).getConfig());
      organizations.add(
          new Organization(
              config.getName(),
              pem(config.getRootCertsList()),
              pem(config.getIntermediateCertsList())));
    }
    return organizations;
  }

  private static List<String> pem(List<ByteString> certificates) {
    return certificates.stream().map(c -> c.toString(StandardCharsets.UTF_8)).toList();
  }
}
