package org.fitledger.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.gateway.ProposedTransaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's device reads each proposal it is asked to sign, with proposals made by
 * fabric-gateway itself as the gateway makes them: it signs what the person entered, and refuses
 * anything else, whatever the gateway says the proposal holds.
 */
class DeviceTest {
  private static final String CHANNEL = "maintenance";
  private static final String CHAINCODE = "fitledger";
  private static final String PATROL = "{\"id\":\"p-1\",\"equipmentId\":\"EQ-1\"}";

  private static KeyPair keys;
  private static X509Identity identity;
  private static ManagedChannel unused;
  private static Gateway gateway;

  @BeforeAll
  static void enrol() throws Exception {
    keys = keyPair();
    identity = new X509Identity("PatrolMSP", certificate("inspector1", keys));
    // The proposals are made offline: nothing is ever sent on this channel.
    unused = ManagedChannelBuilder.forTarget("127.0.0.1:1").usePlaintext().build();
    gateway =
        Gateway.newInstance()
            .identity(identity)
            .signer(Signers.newPrivateKeySigner(keys.getPrivate()))
            .connection(unused)
            .connect();
  }

  @AfterAll
  static void close() {
    gateway.close();
    unused.shutdownNow();
  }

  private static Device device(String channel, String chaincode) {
    return new Device(identity, Signers.newPrivateKeySigner(keys.getPrivate()), channel, chaincode);
  }

  /** What the gateway answers a write with: the proposal to sign. */
  private static JsonNode toSign(String channel, String function, String... arguments)
      throws Exception {
    Proposal proposal =
        gateway
            .getNetwork(channel)
            .getContract(CHAINCODE)
            .newProposal(function)
            .addArguments(arguments)
            .build();
    byte[] message =
        ProposedTransaction.parseFrom(proposal.getBytes())
            .getProposal()
            .getProposalBytes()
            .toByteArray();
    return JsonMapper.shared()
        .createObjectNode()
        .put("sign", "PROPOSAL")
        .put("transactionId", proposal.getTransactionId())
        .put("message", Base64.getEncoder().encodeToString(message));
  }

  @Test
  void signs_a_proposal_of_what_the_person_entered_with_their_own_key() throws Exception {
    JsonNode toSign = toSign(CHANNEL, "recordPatrol", PATROL);

    String signature = device(CHANNEL, CHAINCODE).signProposal(toSign, "recordPatrol", PATROL);

    Signature verifier = Signature.getInstance("SHA256withECDSA");
    verifier.initVerify(keys.getPublic());
    verifier.update(Base64.getDecoder().decode(toSign.get("message").asString()));
    assertThat(verifier.verify(Base64.getDecoder().decode(signature))).isTrue();
  }

  @Test
  void a_write_signs_the_function_and_arguments_its_route_names() throws Exception {
    DeviceWrites write =
        DeviceWrites.of("POST", "api/v1/tickets/t-1/repair", "{\"note\":\"done\"}").orElseThrow();

    assertThat(
            device(CHANNEL, CHAINCODE)
                .signProposalOf(
                    toSign(CHANNEL, "confirmRepair", "t-1", "{\"note\":\"done\"}"), write))
        .isNotEmpty();
    assertThatThrownBy(
            () ->
                device(CHANNEL, CHAINCODE)
                    .signProposalOf(
                        toSign(CHANNEL, "confirmRepair", "t-2", "{\"note\":\"done\"}"), write))
        .isInstanceOf(Device.Refused.class);
  }

  @Test
  void refuses_a_proposal_whose_arguments_differ_from_what_the_person_entered() throws Exception {
    JsonNode altered = toSign(CHANNEL, "recordPatrol", PATROL.replace("EQ-1", "EQ-2"));

    assertThatThrownBy(
            () -> device(CHANNEL, CHAINCODE).signProposal(altered, "recordPatrol", PATROL))
        .isInstanceOf(Device.Refused.class)
        .hasMessageContaining("EQ-2");
  }

  @Test
  void refuses_another_function_channel_chaincode_or_transaction_than_it_was_told()
      throws Exception {
    Device device = device(CHANNEL, CHAINCODE);
    JsonNode honest = toSign(CHANNEL, "recordPatrol", PATROL);

    assertThatThrownBy(() -> device.signProposal(honest, "verifyRepair", PATROL))
        .isInstanceOf(Device.Refused.class);
    assertThatThrownBy(
            () ->
                device.signProposal(
                    toSign("another-channel", "recordPatrol", PATROL), "recordPatrol", PATROL))
        .isInstanceOf(Device.Refused.class);
    assertThatThrownBy(
            () -> device(CHANNEL, "another-chaincode").signProposal(honest, "recordPatrol", PATROL))
        .isInstanceOf(Device.Refused.class);
    JsonNode renamed = honest.deepCopy();
    ((tools.jackson.databind.node.ObjectNode) renamed).put("transactionId", "ab".repeat(32));
    assertThatThrownBy(() -> device.signProposal(renamed, "recordPatrol", PATROL))
        .isInstanceOf(Device.Refused.class);
  }

  @Test
  void refuses_a_proposal_made_under_another_persons_certificate() throws Exception {
    KeyPair other = keyPair();
    Device someoneElse =
        new Device(
            new X509Identity("PatrolMSP", certificate("inspector2", other)),
            Signers.newPrivateKeySigner(other.getPrivate()),
            CHANNEL,
            CHAINCODE);

    assertThatThrownBy(
            () ->
                someoneElse.signProposal(
                    toSign(CHANNEL, "recordPatrol", PATROL), "recordPatrol", PATROL))
        .isInstanceOf(Device.Refused.class);
  }

  private static KeyPair keyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static X509Certificate certificate(String name, KeyPair keys) throws Exception {
    Instant now = Instant.now();
    return new JcaX509CertificateConverter()
        .getCertificate(
            new JcaX509v3CertificateBuilder(
                    new X500Name("CN=" + name),
                    BigInteger.ONE,
                    Date.from(now),
                    Date.from(now.plusSeconds(3600)),
                    new X500Name("CN=" + name),
                    keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
  }
}
