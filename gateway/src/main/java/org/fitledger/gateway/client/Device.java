package org.fitledger.gateway.client;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's own device, as a client of the gateway's signing API: it holds the person's key (the
 * gateway does not), reads what the gateway asks it to sign, refuses anything that is not what the
 * person entered, and signs the rest.
 *
 * <p>A proposal is read whole: its type, channel and chaincode, its creator (this person), its
 * transaction id (derived from its nonce and creator), its function and every argument, and no
 * transient data. A transaction is read for its header (this transaction, this person) and for the
 * invocation it carries, which must be the proposal's, byte for byte.
 *
 * <pre>{@code
 * Device device = Device.ofMsp("PatrolMSP", Path.of("msp"), "maintenance", "fitledger");
 * String signature = device.signProposal(toSign, "recordPatrol", patrolJson);
 * }</pre>
 */
public final class Device {
  private static final JsonMapper JSON = JsonMapper.shared();

  private final X509Identity identity;
  private final Signer signer;
  private final String channel;
  private final String chaincode;
  private final Map<String, ByteString> invocations =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param identity the person's certificate, with their MSP id
   * @param signer signs with the person's own key
   * @param channel the channel the device signs for
   * @param chaincode the chaincode the device signs for
   */
  public Device(X509Identity identity, Signer signer, String channel, String chaincode) {
    this.identity = identity;
    this.signer = signer;
    this.channel = channel;
    this.chaincode = chaincode;
  }

  /**
   * The device of a person whose key is in an MSP directory on their own machine ({@code
   * signcerts/cert.pem}, {@code keystore/*_sk}), as Fabric's tools keep it.
   */
  public static Device ofMsp(String mspId, Path msp, String channel, String chaincode)
      throws IOException {
    Path key;
    try (Stream<Path> files = Files.list(msp.resolve("keystore"))) {
      key =
          files
              .filter(f -> f.getFileName().toString().endsWith("_sk"))
              .findFirst()
              .orElseThrow(() -> new IOException("no private key (*_sk) in " + msp + "/keystore"));
    }
    try (Reader certificate = Files.newBufferedReader(msp.resolve("signcerts/cert.pem"));
        Reader privateKey = Files.newBufferedReader(key)) {
      return new Device(
          new X509Identity(mspId, Identities.readX509Certificate(certificate)),
          Signers.newPrivateKeySigner(Identities.readPrivateKey(privateKey)),
          channel,
          chaincode);
    } catch (GeneralSecurityException e) {
      throw new IOException("the certificate or key in " + msp + " cannot be read: " + e, e);
    }
  }

  /** A device that refused to sign, saying why. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Refused(String why) {
      super(why);
    }
  }

  /**
   * Signs a proposal the gateway prepared ({@code ToSign} with {@code sign: PROPOSAL}) once it read
   * that it calls {@code function} with exactly the arguments the person entered; an argument the
   * person entered as a JSON object may hold more than they entered (ids the gateway derived),
   * never a different value of a field they entered.
   *
   * @return the signature, base64, for {@code …/proposal-signature}
   * @throws Refused if the proposal says anything else
   */
  public String signProposal(JsonNode toSign, String function, String... entered) {
    Read read = read(toSign, function);
    List<String> args = read.args();
    expect(
        args.size() == entered.length,
        "the proposal has " + args.size() + " arguments, not " + entered.length);
    for (int i = 0; i < entered.length; i++) {
      checkArgument(i + 1, args.get(i), entered[i]);
    }
    return signed(read, toSign);
  }

  /**
   * Signs the proposal of one of the people's writes ({@link DeviceWrites}), checked as a client
   * that knows each write's function but not how the gateway lays out its arguments: every argument
   * must be something the person entered (an id of the path, or a JSON object holding every field
   * of the body they entered, the path's id as its {@code id} at most added), and everything they
   * entered must be in one.
   *
   * @throws Refused if the proposal says anything else
   */
  public String signProposalOf(JsonNode toSign, DeviceWrites write) {
    Read read = read(toSign, write.function());
    List<String> args = read.args();
    List<String> unused = new ArrayList<>(args);
    for (String entered : write.entered()) {
      JsonNode body = parse(entered);
      boolean found;
      if (body != null && body.isObject()) {
        found = unused.removeIf(arg -> parse(arg) != null && holds(parse(arg), body));
      } else {
        found =
            unused.remove(entered)
                || args.stream()
                    .map(Device::parse)
                    .anyMatch(
                        json ->
                            json != null
                                && json.isObject()
                                && entered.equals(json.path("id").asString()));
      }
      expect(found, "the proposal's arguments " + args + " do not hold " + entered);
    }
    expect(unused.isEmpty(), "the proposal carries arguments nobody entered: " + unused);
    return signed(read, toSign);
  }

  /** A proposal read: its transaction, its invocation and its arguments after the function. */
  private record Read(String txId, ByteString invocation, List<String> args) {}

  /** Signs a proposal that passed its checks, remembering its invocation for its transaction. */
  private String signed(Read read, JsonNode toSign) {
    invocations.put(read.txId(), read.invocation());
    return sign(message(toSign));
  }

  private static byte[] message(JsonNode toSign) {
    return Base64.getDecoder().decode(toSign.path("message").asString());
  }

  /**
   * Reads a proposal to sign: its header (this person, this transaction), no transient data, this
   * chaincode, and the function; answers its arguments and keeps its invocation for the
   * transaction.
   */
  private Read read(JsonNode toSign, String function) {
    expect("PROPOSAL".equals(toSign.path("sign").asString()), "this is not a proposal to sign");
    try {
      Proposal proposal = Proposal.parseFrom(message(toSign));
      String txId = checkHeader(Header.parseFrom(proposal.getHeader()));
      expect(
          txId.equals(toSign.path("transactionId").asString()),
          "the proposal is not transaction " + toSign.path("transactionId").asString());
      ChaincodeProposalPayload payload = ChaincodeProposalPayload.parseFrom(proposal.getPayload());
      expect(payload.getTransientMapCount() == 0, "the proposal carries hidden transient data");
      ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.parseFrom(payload.getInput());
      expect(
          invocation.getChaincodeSpec().getChaincodeId().getName().equals(chaincode),
          "the proposal calls chaincode "
              + invocation.getChaincodeSpec().getChaincodeId().getName());
      List<String> args = new ArrayList<>();
      invocation
          .getChaincodeSpec()
          .getInput()
          .getArgsList()
          .forEach(a -> args.add(a.toString(StandardCharsets.UTF_8)));
      expect(!args.isEmpty() && args.get(0).equals(function), "the proposal calls " + args);
      return new Read(txId, proposal.getPayload(), List.copyOf(args.subList(1, args.size())));
    } catch (InvalidProtocolBufferException e) {
      throw new Refused("the proposal cannot be read: " + e.getMessage());
    }
  }

  /**
   * Signs the transaction the peers endorsed ({@code ToSign} with {@code sign: TRANSACTION}) once
   * it read that it is the transaction of a proposal this device signed, carrying that proposal's
   * invocation unchanged.
   *
   * @return the signature, base64, for {@code …/transaction-signature}
   * @throws Refused if it is anything else
   */
  public String signTransaction(JsonNode toSign) {
    expect(
        "TRANSACTION".equals(toSign.path("sign").asString()), "this is not a transaction to sign");
    byte[] message = Base64.getDecoder().decode(toSign.path("message").asString());
    try {
      Payload payload = Payload.parseFrom(message);
      String txId = checkHeader(payload.getHeader());
      ByteString invocation = invocations.get(txId);
      expect(invocation != null, "this device signed no proposal of transaction " + txId);
      Transaction transaction = Transaction.parseFrom(payload.getData());
      expect(transaction.getActionsCount() == 1, "the transaction holds other actions");
      ChaincodeActionPayload action =
          ChaincodeActionPayload.parseFrom(transaction.getActions(0).getPayload());
      expect(
          action.getChaincodeProposalPayload().equals(invocation),
          "the transaction carries another invocation than the proposal signed");
      invocations.remove(txId);
    } catch (InvalidProtocolBufferException e) {
      throw new Refused("the transaction cannot be read: " + e.getMessage());
    }
    return sign(message);
  }

  /**
   * A patrol as the phone captures it, offline too: the text {@code
   * {"patrol":PATROL,"previous":HASH}} signed with the person's own key, carried in the patrol as
   * its {@code capture}.
   *
   * @param patrol the patrol's JSON, as the person entered it
   * @param previous the hash of the person's previous capture, or null for a first
   * @return the request to send, and the capture's hash for the next one to name
   */
  public Captured capture(String patrol, String previous) {
    String signed =
        "{\"patrol\":"
            + patrol
            + ",\"previous\":"
            + (previous == null ? "null" : "\"" + previous + "\"")
            + "}";
    String capture =
        JSON.createObjectNode()
            .put("signed", signed)
            .put("signature", sign(signed.getBytes(StandardCharsets.UTF_8)))
            .toString();
    String request = patrol.substring(0, patrol.lastIndexOf('}')) + ",\"capture\":" + capture + "}";
    try {
      String hash =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(signed.getBytes(StandardCharsets.UTF_8)));
      return new Captured(request, hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A captured patrol.
   *
   * @param request the patrol with its capture, to send
   * @param hash the capture's hash, which the next capture names as previous
   */
  public record Captured(String request, String hash) {}

  /** Signs bytes as this device signs them: ECDSA over SHA-256, DER with a low S, base64. */
  String sign(byte[] message) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(message);
      return Base64.getEncoder().encodeToString(signer.sign(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Checks a header's type, channel, creator and transaction id; answers the transaction id. */
  private String checkHeader(Header header) throws InvalidProtocolBufferException {
    ChannelHeader channelHeader = ChannelHeader.parseFrom(header.getChannelHeader());
    expect(
        channelHeader.getType() == HeaderType.ENDORSER_TRANSACTION_VALUE,
        "not an endorser transaction");
    expect(
        channelHeader.getChannelId().equals(channel),
        "the transaction is for channel " + channelHeader.getChannelId());
    SignatureHeader signature = SignatureHeader.parseFrom(header.getSignatureHeader());
    SerializedIdentity creator = SerializedIdentity.parseFrom(signature.getCreator());
    expect(
        creator.getMspid().equals(identity.getMspId())
            && creator.getIdBytes().equals(ByteString.copyFrom(identity.getCredentials())),
        "the transaction names another creator than this person");
    String derived = txId(signature.getNonce(), signature.getCreator());
    expect(
        derived.equals(channelHeader.getTxId()),
        "the transaction id is not the one its nonce and creator make");
    return derived;
  }

  private static String txId(ByteString nonce, ByteString creator) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(nonce.toByteArray());
      sha256.update(creator.toByteArray());
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void checkArgument(int position, String actual, String entered) {
    JsonNode expected = parse(entered);
    if (expected != null && expected.isObject()) {
      JsonNode proposed = parse(actual);
      expect(
          proposed != null && holds(proposed, expected),
          "argument " + position + " is not what the person entered: " + actual);
    } else {
      expect(actual.equals(entered), "argument " + position + " is " + actual);
    }
  }

  /** Whether {@code actual} holds every field of {@code entered} with the same value. */
  private static boolean holds(JsonNode actual, JsonNode entered) {
    if (entered.isObject()) {
      if (!actual.isObject()) {
        return false;
      }
      for (String name : entered.propertyNames()) {
        // A field entered as null is a field not given: the gateway may leave it out.
        boolean absent = !actual.has(name) && entered.get(name).isNull();
        if (!absent && (!actual.has(name) || !holds(actual.get(name), entered.get(name)))) {
          return false;
        }
      }
      return true;
    }
    if (entered.isArray()) {
      if (!actual.isArray() || actual.size() != entered.size()) {
        return false;
      }
      for (int i = 0; i < entered.size(); i++) {
        if (!holds(actual.get(i), entered.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (entered.isNumber()) {
      return actual.isNumber() && actual.decimalValue().compareTo(entered.decimalValue()) == 0;
    }
    return actual.equals(entered);
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void expect(boolean condition, String why) {
    if (!condition) {
      throw new Refused(why);
    }
  }
}
