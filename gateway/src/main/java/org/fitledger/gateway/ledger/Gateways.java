package org.fitledger.gateway.ledger;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fitledger.gateway.people.People;
import org.fitledger.gateway.people.Person;
import org.hyperledger.fabric.client.Commit;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.identity.Identity;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.gateway.CommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.SignedCommitStatusRequest;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.springframework.stereotype.Component;

/**
 * A Fabric {@link Gateway} per person over the shared {@link PeerChannels}, under the certificate
 * the person acts under: the one they enrolled from their device if they did ({@link
 * PersonCertificates}), else the people file's. Only for the people file's certificate does the
 * gateway sign, with the key the file names; a device's certificate comes with no signer, so its
 * transactions can only be signed on the device.
 */
@Component
class Gateways implements AutoCloseable {
  private final PeerChannels channels;
  private final PersonCertificates enrolled;
  private final Person indexer;
  private final Map<String, Gateway> gateways = new ConcurrentHashMap<>();
  private final Map<String, X509Certificate> fileCertificates = new ConcurrentHashMap<>();

  /**
   * Reads everyone's certificate, and the keys the people file names, so that a bad one stops the
   * start-up.
   *
   * @param channels the peer channels
   * @param people everyone
   * @param enrolled the certificates people enrolled from their devices
   */
  Gateways(PeerChannels channels, People people, PersonCertificates enrolled) {
    this.channels = channels;
    this.enrolled = enrolled;
    this.indexer = people.indexer();
    for (Person person : people.all()) {
      fileCertificates.put(person.username(), readCertificate(person));
      person.key().ifPresent(key -> privateKey(person));
    }
  }

  /** The gateway's own reader of the ledger, through the person's organization's peer. */
  Gateway reader(Person person) {
    return of(indexer, person.mspId());
  }

  /** The person's gateway through their own organization's peer. */
  Gateway of(Person person) {
    return of(person, person.mspId());
  }

  /**
   * The person's gateway through another organization's peer, made again when the person enrolled a
   * new certificate since.
   */
  Gateway of(Person person, String peerMspId) {
    X509Certificate current = certificate(person);
    return gateways.compute(
        person.username() + "@" + peerMspId,
        (key, made) ->
            made != null && ((X509Identity) made.getIdentity()).getCertificate().equals(current)
                ? made
                : connect(person, peerMspId, current));
  }

  /**
   * Whether the gateway signs for the person: only under the people file's certificate, and only
   * when the file names their key.
   */
  boolean signsFor(Person person) {
    return person.key().isPresent() && enrolled.enrolled(person.username()).isEmpty();
  }

  /**
   * A request for the commit status of a transaction, asked through its submitter's organization's
   * peer under the indexer's identity, which reads the whole channel. The submitter does not sign
   * it: who asks whether a transaction committed changes nothing on the ledger, and a person who
   * signs on their own device need not sign a third time.
   *
   * @param submitter who submitted the transaction
   * @param channel the channel
   * @param txId the transaction id
   */
  Commit commitStatus(Person submitter, String channel, String txId) {
    Gateway reader = of(indexer, submitter.mspId());
    Identity identity = reader.getIdentity();
    CommitStatusRequest request =
        CommitStatusRequest.newBuilder()
            .setChannelId(channel)
            .setTransactionId(txId)
            .setIdentity(
                SerializedIdentity.newBuilder()
                    .setMspid(identity.getMspId())
                    .setIdBytes(ByteString.copyFrom(identity.getCredentials()))
                    .build()
                    .toByteString())
            .build();
    return reader.newCommit(
        SignedCommitStatusRequest.newBuilder()
            .setRequest(request.toByteString())
            .build()
            .toByteArray());
  }

  /** The certificate the person acts under; the people file's is read once. */
  X509Certificate certificate(Person person) {
    return enrolled
        .enrolled(person.username())
        .orElseGet(
            () ->
                fileCertificates.computeIfAbsent(
                    person.username(), name -> readCertificate(person)));
  }

  @Override
  public void close() {
    gateways.values().forEach(Gateway::close);
  }

  private Gateway connect(Person person, String peerMspId, X509Certificate certificate) {
    Gateway.Builder builder =
        Gateway.newInstance()
            .identity(new X509Identity(person.mspId(), certificate))
            .hash(Hash.SHA256)
            .connection(channels.channel(peerMspId));
    if (signsFor(person)) {
      builder.signer(EcSigner.of(privateKey(person)));
    }
    return builder.connect();
  }

  private static X509Certificate readCertificate(Person person) {
    try {
      return PemFiles.certificate(person.certificate());
    } catch (IOException e) {
      throw unreadable(person, "certificate", person.certificate(), e);
    }
  }

  private static PrivateKey privateKey(Person person) {
    Path file = person.key().orElseThrow();
    try {
      return PemFiles.privateKey(file);
    } catch (IOException e) {
      throw unreadable(person, "private key", file, e);
    }
  }

  private static IllegalStateException unreadable(
      Person person, String what, Path file, Exception e) {
    return new IllegalStateException(
        "the " + what + " of " + person.username() + " (" + file + ") is not usable: " + e, e);
  }
}
