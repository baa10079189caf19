package org.fitledger.gateway.ledger;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.hyperledger.fabric.client.identity.Identities;

/**
 * The certificates and private keys of Fabric identities, in PEM files as Fabric CA enrolls them.
 *
 * <p>{@code PemFiles.certificate(Path.of("msp/signcerts/cert.pem"))}
 */
public final class PemFiles {
  private PemFiles() {}

  /** The X.509 certificate in a PEM file. */
  public static X509Certificate certificate(Path file) throws IOException {
    try (Reader pem = Files.newBufferedReader(file)) {
      return Identities.readX509Certificate(pem);
    } catch (GeneralSecurityException e) {
      throw new IOException("no usable X.509 certificate in " + file + ": " + e.getMessage(), e);
    }
  }

  /** The private key in a PEM file. */
  public static PrivateKey privateKey(Path file) throws IOException {
    try (Reader pem = Files.newBufferedReader(file)) {
      return Identities.readPrivateKey(pem);
    } catch (GeneralSecurityException e) {
      throw new IOException("no usable private key in " + file + ": " + e.getMessage(), e);
    }
  }
}
