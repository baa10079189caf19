package org.fitledger.gateway.receipt;

import java.util.List;

/**
 * A member organization of the channel as its configuration names it: its MSP id and the PEM
 * certificates of its certificate authorities, which every signature of its members chains to.
 *
 * @param mspId e.g. {@code PatrolMSP}
 * @param rootCertificates the PEM root CA certificates
 * @param intermediateCertificates the PEM intermediate CA certificates, often none
 */
public record Organization(
    String mspId, List<String> rootCertificates, List<String> intermediateCertificates) {
  public Organization {
    rootCertificates = List.copyOf(rootCertificates);
    intermediateCertificates = List.copyOf(intermediateCertificates);
  }
}
