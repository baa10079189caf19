package org.fitledger.chaincode.patrol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.patrol.Capture;
import org.fitledger.model.patrol.CaptureLink;
import org.fitledger.model.patrol.Observation;
import org.fitledger.model.patrol.PatrolRequest;
import org.fitledger.model.validation.Validation;

/**
 * Checks a patrol that the inspector's phone signed when it was captured, and links it into the
 * inspector's chain of captures.
 *
 * <ul>
 *   <li>The signed text must hold this very patrol (its id and every inspection, as the chaincode
 *       reads them), and the signature must verify against the submitter's certificate: a patrol
 *       changed after capture, or captured under another key, is refused and never recorded.
 *   <li>The chain's head (the hash of the last capture the ledger took from that person) is kept
 *       under {@link RecordKind#CAPTURE_CHAIN}. A capture that names the head links; one that names
 *       another is recorded as {@code BROKEN}, naming the head it should have named, since a
 *       capture was dropped or the queue reordered between phone and ledger; either way it becomes
 *       the head.
 * </ul>
 */
final class Captures {
  private static final String SIGNING = "SHA256withECDSA";

  /** The signed text: the patrol as captured and the previous capture's hash. */
  record Signed(PatrolRequest patrol, String previous) {}

  /** The head of a person's chain: their last capture's hash, and its patrol. */
  record Head(String hash, String patrolId) {}

  private final JsonCodec json;

  Captures(JsonCodec json) {
    this.json = json;
  }

  /**
   * The patrol's place in its inspector's chain, after checking its capture; the chain's head moves
   * to it.
   *
   * @throws org.fitledger.model.error.Refusal INVALID_INPUT if the capture does not hold this
   *     patrol or its signature does not verify against the submitter's certificate
   */
  CaptureLink link(TransactionContext tx, PatrolRequest request, List<Observation> observations) {
    Capture capture = request.capture();
    byte[] signature = capture.validated("capture");
    Signed signed = json.decode(capture.signed(), Signed.class);
    if (signed.patrol() == null
        || signed.patrol().capture() != null
        || !request.id().equals(signed.patrol().id())
        || !observations.equals(signed.patrol().validated())) {
      throw Validation.invalid(
          "capture.signed does not hold this patrol: the patrol was changed after it was captured");
    }
    if (signed.previous() != null) {
      Validation.hashes("capture.signed previous", List.of(signed.previous()), 1, 1);
    }
    Caller caller = tx.caller();
    if (!verifies(caller.key(), capture.signed(), signature)) {
      throw Validation.invalid(
          "the capture's signature does not verify against your certificate: the patrol was"
              + " changed after it was captured, or captured under another key");
    }
    String hash = sha256(capture.signed());
    String chainId = caller.mspId() + "/" + caller.commonName();
    Optional<Head> head =
        tx.getState(RecordKind.CAPTURE_CHAIN, chainId).map(s -> json.decodeStored(s, Head.class));
    String expected = head.map(Head::hash).orElse(null);
    boolean linked =
        expected == null ? signed.previous() == null : expected.equals(signed.previous());
    tx.putState(RecordKind.CAPTURE_CHAIN, chainId, json.encode(new Head(hash, request.id())));
    return linked
        ? new CaptureLink(hash, signed.previous(), CaptureLink.LINKED, null)
        : new CaptureLink(hash, signed.previous(), CaptureLink.BROKEN, expected);
  }

  private static boolean verifies(PublicKey key, String signed, byte[] signature) {
    if (key == null) {
      throw Validation.invalid(
          "the submitter's certificate holds no key to check the capture with");
    }
    try {
      Signature verifier = Signature.getInstance(SIGNING);
      verifier.initVerify(key);
      verifier.update(signed.getBytes(StandardCharsets.UTF_8));
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      // A signature that is not DER, or a key of another kind, signs nothing here.
      return false;
    }
  }

  /** The SHA-256 of the signed text's UTF-8 bytes, hex: what the next capture names. */
  static String sha256(String signed) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(signed.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
