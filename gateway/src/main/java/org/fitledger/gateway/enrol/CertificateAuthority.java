package org.fitledger.gateway.enrol;

import java.security.cert.X509Certificate;

/**
 * An organization's certificate authority, as far as enrolling a device goes.
 *
 * <p>{@code X509Certificate issued = ca.enrol("PatrolMSP", "inspector1", code, request);}
 */
public interface CertificateAuthority {
  /**
   * Has the CA of the person's organization issue a certificate for the request.
   *
   * @param mspId the person's organization
   * @param username their enrolment id at the CA
   * @param code the one-time enrolment code their registrar issued
   * @param request the device's certificate request
   * @return the issued certificate
   * @throws org.fitledger.gateway.error.CodedException {@code ENROLMENT_REFUSED} if the CA does not
   *     accept the code, {@code CA_UNAVAILABLE} if it cannot be reached or fails
   */
  X509Certificate enrol(String mspId, String username, String code, CertificateRequest request);
}
