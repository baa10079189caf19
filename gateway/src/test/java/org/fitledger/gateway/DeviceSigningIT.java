package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.fitledger.gateway.client.Device;
import org.fitledger.gateway.ledger.Endorsers;
import org.fitledger.model.ledger.Transactions;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Writes signed on the person's own device, through the gateway's signing API: the gateway
 * prepares, the device reads and signs, the gateway never holds the key.
 *
 * <ul>
 *   <li>inspector1's patrol, signed on their device in three steps, is on the ledger under their
 *       certificate, and sent again it is answered from the ledger after the proposal, ordering
 *       nothing;
 *   <li>a gateway that alters the patrol before the device signs is refused by the device, and
 *       nothing reaches the ledger;
 *   <li>a proposal forged without the device's key (with another key, or with the device's
 *       signature of another proposal) is refused by every organization's peer, and the gateway's
 *       signing API refuses a signature that is not the person's.
 * </ul>
 */
class DeviceSigningIT {
  private static final String PATROLS = "api/v1/patrols";

  private final LiveGateway gateway = LiveGateway.fromEnvironment();
  private static LiveFabric fabric;

  @BeforeAll
  static void connect() {
    fabric = LiveFabric.fromEnvironment();
  }

  @AfterAll
  static void disconnect() throws InterruptedException {
    fabric.close();
  }

  @Test
  void a_patrol_signed_on_the_inspectors_device_is_on_the_ledger_under_their_certificate() {
    Device device = fabric.device("inspector1");
    String id = UUID.randomUUID().toString();
    String patrol = LiveGateway.patrol(id, gateway.freshEquipment());

    HttpResponse<String> created =
        gateway.postSignedOnDevice(
            "inspector1", PATROLS, patrol, device, Transactions.RECORD_PATROL, patrol);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/patrols/" + id));
    JsonNode written = LiveGateway.json(created);
    assertThat(written.get("record").get("id").asString()).isEqualTo(id);
    assertThat(written.get("record").get("inspector").asString()).isEqualTo("inspector1");
    HttpResponse<String> read = gateway.get("inspector1", PATROLS + "/" + id);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(creatorOnTheLedger(id)).isEqualTo(fabric.identity("inspector1").getCredentials());

    HttpResponse<String> again =
        gateway.postSignedOnDevice(
            "inspector1", PATROLS, patrol, device, Transactions.RECORD_PATROL, patrol);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    assertThat(LiveGateway.json(again).get("txId")).isEqualTo(written.get("txId"));
  }

  @Test
  void the_device_refuses_a_patrol_the_gateway_altered_and_nothing_reaches_the_ledger() {
    Device device = fabric.device("inspector1");
    String equipment = gateway.freshEquipment();
    String id = UUID.randomUUID().toString();
    String entered = LiveGateway.patrol(id, equipment);
    String altered = entered.replace("\"notes\":\"loose bolt\"", "\"notes\":\"all fine\"");
    assertThat(altered).isNotEqualTo(entered);

    HttpResponse<String> proposal = gateway.postToSign("inspector1", PATROLS, altered);

    assertThat(proposal.statusCode()).as(proposal.body()).isEqualTo(202);
    JsonNode toSign = LiveGateway.json(proposal);
    assertThat(toSign.get("sign").asString()).isEqualTo("PROPOSAL");
    Device.Refused refused =
        catchThrowableOfType(
            Device.Refused.class,
            () -> device.signProposal(toSign, Transactions.RECORD_PATROL, entered));
    assertThat(refused).hasMessageContaining("argument 1 is not what the person entered");
    // What the device would sign for what the person entered, the same way, is signed.
    JsonNode honest = LiveGateway.json(gateway.postToSign("inspector1", PATROLS, entered));
    assertThat(device.signProposal(honest, Transactions.RECORD_PATROL, entered)).isNotBlank();
    assertThat(gateway.get("inspector1", PATROLS + "/" + id).statusCode()).isEqualTo(404);
    assertNotOnTheLedger(id);
  }

  @Test
  void a_proposal_forged_without_the_devices_key_is_refused_by_every_peer() throws Exception {
    Device device = fabric.device("inspector1");
    String id = UUID.randomUUID().toString();
    String entered = LiveGateway.patrol(id, gateway.freshEquipment());
    String forgedPatrol = entered.replace("\"notes\":\"loose bolt\"", "\"notes\":\"all fine\"");
    JsonNode toSign = LiveGateway.json(gateway.postToSign("inspector1", PATROLS, entered));
    String genuine = device.signProposal(toSign, Transactions.RECORD_PATROL, entered);

    var keys = KeyPairGenerator.getInstance("EC");
    keys.initialize(new ECGenParameterSpec("secp256r1"));
    var otherKey = Signers.newPrivateKeySigner(keys.generateKeyPair().getPrivate());
    List<String> refusals = new ArrayList<>();
    for (String org : List.of(Endorsers.AUTHORITY, Endorsers.PATROL, Endorsers.CONTRACTOR)) {
      try (Gateway forger =
          Gateway.newInstance()
              .identity(fabric.identity("inspector1"))
              .signer(otherKey)
              .hash(Hash.SHA256)
              .connection(fabric.channelTo(org))
              .connect()) {
        Proposal withOtherKey = forgedProposal(forger, forgedPatrol, org);
        refusals.add(org + " (another key): " + refusal(withOtherKey));
        Proposal unsigned = forgedProposal(forger, forgedPatrol, org);
        Proposal withGenuineSignature =
            forger.newSignedProposal(unsigned.getBytes(), Base64.getDecoder().decode(genuine));
        refusals.add(
            org
                + " (the device's signature of another proposal): "
                + refusal(withGenuineSignature));
      }
      // The control: the same proposal signed with inspector1's own key is endorsed (and never
      // submitted), so the refusals above are for the signature alone.
      try (Gateway own = fabric.connect("inspector1", org)) {
        assertThat(forgedProposal(own, forgedPatrol, org).endorse().getTransactionId())
            .isNotBlank();
      }
    }
    System.out.println("forged proposals of inspector1's patrol " + id + ": " + refusals);
    assertThat(refusals).hasSize(6);

    String otherSignature =
        Base64.getEncoder()
            .encodeToString(
                otherKey.sign(
                    java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Base64.getDecoder().decode(toSign.get("message").asString()))));
    HttpResponse<String> refused = gateway.sendSignature("inspector1", toSign, otherSignature);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(LiveGateway.json(refused).get("code").asString()).isEqualTo("SIGNATURE_INVALID");
    HttpResponse<String> notTheirs = gateway.sendSignature("inspector2", toSign, genuine);
    assertThat(notTheirs.statusCode()).as(notTheirs.body()).isEqualTo(404);
    assertThat(gateway.get("inspector1", PATROLS + "/" + id).statusCode()).isEqualTo(404);
    assertNotOnTheLedger(id);
  }

  private static Proposal forgedProposal(Gateway forger, String patrol, String org) {
    return fabric
        .contract(forger)
        .newProposal(Transactions.RECORD_PATROL)
        .addArguments(patrol)
        .setEndorsingOrganizations(org)
        .build();
  }

  /** How a peer refused a proposal; fails the test if one endorsed it. */
  private static String refusal(Proposal proposal) {
    EndorseException refused =
        catchThrowableOfType(EndorseException.class, () -> proposal.endorse());
    assertThat(refused).as("a peer endorsed a forged proposal").isNotNull();
    return refused.getDetails().stream()
        .map(d -> d.getMspId() + ": " + d.getMessage())
        .toList()
        .toString();
  }

  /** The certificate of the creator of the transaction that wrote a patrol, from its receipt. */
  private byte[] creatorOnTheLedger(String patrolId) {
    HttpResponse<String> answer = gateway.get("supervisor1", PATROLS + "/" + patrolId + "/receipt");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode receipt = LiveGateway.json(answer);
    try {
      Block block = Block.parseFrom(Base64.getDecoder().decode(receipt.get("block").asString()));
      Envelope envelope =
          Envelope.parseFrom(block.getData().getData(receipt.get("position").asInt()));
      SignatureHeader header =
          SignatureHeader.parseFrom(
              Payload.parseFrom(envelope.getPayload()).getHeader().getSignatureHeader());
      return SerializedIdentity.parseFrom(header.getCreator()).getIdBytes().toByteArray();
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new AssertionError("the receipt's block cannot be read", e);
    }
  }

  /** Asserts that the ledger holds no patrol of this id, asking inspector1's own peer. */
  private static void assertNotOnTheLedger(String patrolId) {
    try (Gateway reader = fabric.connect("inspector1", Endorsers.PATROL)) {
      assertThatThrownBy(
              () -> fabric.contract(reader).evaluateTransaction(Transactions.READ_PATROL, patrolId))
          .isInstanceOf(GatewayException.class)
          .hasMessageContaining("PATROL_NOT_FOUND");
    }
  }
}
