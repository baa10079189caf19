package org.fitledger.gateway.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fitledger.gateway.people.People;
import org.fitledger.gateway.people.Person;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.springframework.stereotype.Component;

/**
 * A Fabric {@link Gateway} per person, signing with that person's own key, over the shared {@link
 * PeerChannels}.
 */
@Component
class Gateways implements AutoCloseable {
  private final PeerChannels channels;
  private final Map<String, Gateway> gateways = new ConcurrentHashMap<>();

  /**
   * Builds everyone's gateway to their own organization's peer, so that a bad certificate, key or
   * MSP id stops the start-up.
   *
   * @param channels the peer channels
   * @param people everyone
   */
  Gateways(PeerChannels channels, People people) {
    this.channels = channels;
    people.all().forEach(this::of);
  }

  /** The person's gateway through their own organization's peer. */
  Gateway of(Person person) {
    return of(person, person.mspId());
  }

  /** The person's gateway through another organization's peer. */
  Gateway of(Person person, String peerMspId) {
    return gateways.computeIfAbsent(
        person.username() + "@" + peerMspId, key -> connect(person, peerMspId));
  }

  @Override
  public void close() {
    gateways.values().forEach(Gateway::close);
  }

  private Gateway connect(Person person, String peerMspId) {
    return Gateway.newInstance()
        .identity(new X509Identity(person.mspId(), certificate(person)))
        .signer(EcSigner.of(privateKey(person)))
        .hash(Hash.SHA256)
        .connection(channels.channel(peerMspId))
        .connect();
  }

  private static X509Certificate certificate(Person person) {
    try {
      return PemFiles.certificate(person.certificate());
    } catch (IOException e) {
      throw unreadable(person, "certificate", person.certificate(), e);
    }
  }

  private static PrivateKey privateKey(Person person) {
    try {
      return PemFiles.privateKey(person.privateKey());
    } catch (IOException e) {
      throw unreadable(person, "private key", person.privateKey(), e);
    }
  }

  private static IllegalStateException unreadable(
      Person person, String what, Path file, Exception e) {
    return new IllegalStateException(
        "the " + what + " of " + person.username() + " (" + file + ") is not usable: " + e, e);
  }
}
