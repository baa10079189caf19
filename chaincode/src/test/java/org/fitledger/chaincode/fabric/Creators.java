package org.fitledger.chaincode.fabric;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Builds the creator bytes a peer passes to chaincode, from the test certificates. */
final class Creators {
  static final String SUPERVISOR_CERT = "supervisor-cert.pem";
  static final String CONTRACTOR_CERT = "contractor-cert.pem";

  private Creators() {}

  /** Encodes a Fabric {@code msp.SerializedIdentity}: field 1 the MSP id, field 2 the PEM. */
  static byte[] creator(String mspId, String certificateResource) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeField(out, 1, mspId.getBytes(UTF_8));
    writeField(out, 2, resource(certificateResource));
    return out.toByteArray();
  }

  private static void writeField(ByteArrayOutputStream out, int number, byte[] value) {
    out.write(number << 3 | 2);
    int length = value.length;
    while (length >= 0x80) {
      out.write(length & 0x7f | 0x80);
      length >>>= 7;
    }
    out.write(length);
    out.writeBytes(value);
  }

  private static byte[] resource(String name) {
    try (InputStream in = Creators.class.getResourceAsStream("/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
