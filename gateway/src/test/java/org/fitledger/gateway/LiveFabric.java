package org.fitledger.gateway;

import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fitledger.gateway.client.Device;
import org.fitledger.gateway.ledger.EndorsedAnswer;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.fitledger.gateway.ledger.NetworkFileReader;
import org.fitledger.gateway.ledger.OrgPeer;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live stack's Fabric network reached without the REST gateway: the fabric-gateway client
 * acting as a demo person, with the identity files of {@code
 * $FITLEDGER_RUN_DIR/gateway/people.json} and the peers of {@code .../network.json}.
 *
 * <pre>{@code
 * try (LiveFabric fabric = LiveFabric.fromEnvironment();
 *     Gateway gateway = fabric.connect("contractor1", "ContractorMSP")) {
 *   fabric.contract(gateway).newProposal("acknowledgeTicket")...
 * }
 * }</pre>
 */
public final class LiveFabric implements AutoCloseable {
  private final Path runDir;
  private final NetworkConfig network;
  private final Map<String, JsonNode> people = new LinkedHashMap<>();
  private final Map<String, ManagedChannel> channels = new LinkedHashMap<>();

  private LiveFabric(Path runDir, NetworkConfig network, JsonNode peopleFile) {
    this.runDir = runDir;
    this.network = network;
    peopleFile.get("people").forEach(p -> people.put(p.get("username").asString(), p));
  }

  /** The network of the stack in {@code FITLEDGER_RUN_DIR} (as {@code ./fitledger} finds it). */
  static LiveFabric fromEnvironment() {
    return of(Launcher.runDir());
  }

  /** The network of the stack in a run directory. */
  public static LiveFabric of(Path runDir) {
    Path dir = runDir.resolve("gateway");
    return new LiveFabric(
        runDir,
        NetworkFileReader.read(dir.resolve("network.json")),
        JsonMapper.shared().readTree(dir.resolve("people.json").toFile()));
  }

  /** A gateway acting as a person through an organization's peer, signing with the person's key. */
  Gateway connect(String person, String peerMspId) {
    return Gateway.newInstance()
        .identity(identity(person))
        .signer(signer(person))
        .hash(Hash.SHA256)
        .connection(channel(peerMspId))
        .connect();
  }

  /** The channel's name. */
  String channel() {
    return network.channel();
  }

  /** The FitLedger chaincode's name. */
  String chaincode() {
    return network.chaincode();
  }

  /** The channel's FitLedger chaincode through a gateway. */
  Contract contract(Gateway gateway) {
    return gateway.getNetwork(network.channel()).getContract(network.chaincode());
  }

  /** What an endorsed FitLedger transaction answers, as the gateway reads it. */
  JsonNode answer(Transaction endorsed) {
    return JsonMapper.shared().readTree(new EndorsedAnswer(endorsed, network.chaincode()).text());
  }

  /** The person's own device, with their own key. */
  public Device device(String person) {
    return new Device(identity(person), signer(person), channel(), chaincode());
  }

  /** The person's certificate with their MSP id. */
  X509Identity identity(String person) {
    try (Reader pem = Files.newBufferedReader(file(person, "certificate"))) {
      X509Certificate certificate = Identities.readX509Certificate(pem);
      return new X509Identity(person(person).get("mspId").asString(), certificate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Signs digests with the person's private key, as their device would: the key the person enrolled
   * with on their own machine ({@code people/NAME/msp/keystore} in the run directory), which the
   * gateway is not told of; a service identity's is the one the people file names.
   */
  Signer signer(String person) {
    try (Reader pem = Files.newBufferedReader(keyFile(person))) {
      PrivateKey key = Identities.readPrivateKey(pem);
      return Signers.newPrivateKeySigner(key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    for (ManagedChannel channel : channels.values()) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private JsonNode person(String name) {
    JsonNode person = people.get(name);
    if (person == null) {
      throw new IllegalArgumentException("people.json names no " + name);
    }
    return person;
  }

  /** The person's private key file, in their own keystore. */
  Path keyFile(String person) throws IOException {
    Path keystore = runDir.resolve("people").resolve(person).resolve("msp").resolve("keystore");
    if (!Files.isDirectory(keystore)) {
      return file(person, "privateKey");
    }
    try (var keys = Files.list(keystore)) {
      return keys.filter(key -> key.getFileName().toString().endsWith("_sk"))
          .findFirst()
          .orElseThrow(() -> new IOException("no key in " + keystore));
    }
  }

  private Path file(String person, String field) {
    return Path.of(person(person).get(field).asString());
  }

  /** The gRPC channel to an organization's peer. */
  ManagedChannel channelTo(String mspId) {
    return channel(mspId);
  }

  private ManagedChannel channel(String mspId) {
    return channels.computeIfAbsent(mspId, this::open);
  }

  private ManagedChannel open(String mspId) {
    OrgPeer peer = network.peer(mspId);
    TlsChannelCredentials.Builder tls = TlsChannelCredentials.newBuilder();
    try {
      tls.trustManager(peer.tlsCaCert().toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Grpc.newChannelBuilder(peer.endpoint(), tls.build())
        .overrideAuthority(peer.hostAlias())
        .build();
  }
}
