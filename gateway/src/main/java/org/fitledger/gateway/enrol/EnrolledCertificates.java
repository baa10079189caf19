package org.fitledger.gateway.enrol;

import java.security.cert.X509Certificate;
import org.fitledger.gateway.ledger.PersonCertificates;

/** The certificates people enrolled from their devices, to which an enrolment adds the newest. */
interface EnrolledCertificates extends PersonCertificates {
  /** Keeps a newly enrolled certificate as the person's newest. */
  void add(String username, X509Certificate certificate);
}
