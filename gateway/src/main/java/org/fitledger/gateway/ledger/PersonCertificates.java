package org.fitledger.gateway.ledger;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * The certificates people enrolled from their own devices. A person who enrolled acts under that
 * certificate, and the gateway holds no key for it: each of their writes is signed on their device.
 *
 * <p>{@code Optional<X509Certificate> phone = certificates.enrolled("inspector1");}
 */
public interface PersonCertificates {
  /** The certificate the person enrolled last from a device, if they did. */
  Optional<X509Certificate> enrolled(String username);

  /** No one enrolled a device: everyone acts under the certificate of the people file. */
  PersonCertificates NONE = username -> Optional.empty();
}
