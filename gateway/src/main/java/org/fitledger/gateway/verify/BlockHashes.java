package org.fitledger.gateway.verify;

import com.google.protobuf.ByteString;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The hashes that chain Fabric's blocks. A block's header hash is the SHA-256 of the ASN.1 DER
 * encoding of {@code SEQUENCE { number INTEGER, previousHash OCTET STRING, dataHash OCTET STRING
 * }}, and the next block's header carries it as its previous hash. The data hash is the SHA-256 of
 * the block's transaction envelopes, concatenated in order.
 *
 * <p>{@code BlockHashes.header(41, prev, data)} must equal block 42's {@code previous_hash}.
 */
final class BlockHashes {
  private BlockHashes() {}

  /** The hash of a block header, as the next block's {@code previous_hash} must hold it. */
  static byte[] header(long number, byte[] previousHash, byte[] dataHash) {
    return sha256(headerDer(number, previousHash, dataHash));
  }

  /** The hash of a block's data, as its header's {@code data_hash} must hold it. */
  static byte[] data(List<ByteString> envelopes) {
    MessageDigest digest = digest();
    envelopes.forEach(envelope -> digest.update(envelope.asReadOnlyByteBuffer()));
    return digest.digest();
  }

  /** The DER encoding of a header. */
  static byte[] headerDer(long number, byte[] previousHash, byte[] dataHash) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    element(body, 0x02, BigInteger.valueOf(number).toByteArray());
    element(body, 0x04, previousHash);
    element(body, 0x04, dataHash);
    ByteArrayOutputStream sequence = new ByteArrayOutputStream();
    element(sequence, 0x30, body.toByteArray());
    return sequence.toByteArray();
  }

  private static void element(ByteArrayOutputStream out, int tag, byte[] content) {
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      byte[] octets = BigInteger.valueOf(length).toByteArray();
      int skip = octets[0] == 0 ? 1 : 0;
      out.write(0x80 | (octets.length - skip));
      out.write(octets, skip, octets.length - skip);
    }
    out.writeBytes(content);
  }

  private static byte[] sha256(byte[] bytes) {
    return digest().digest(bytes);
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
