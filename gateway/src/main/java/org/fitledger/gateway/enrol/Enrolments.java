package org.fitledger.gateway.enrol;

import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.x500.X500Principal;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.People;
import org.fitledger.gateway.people.Person;
import org.fitledger.model.error.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * Enrols a person's device: checks the request, has their organization's CA issue the certificate
 * against the one-time code, checks what it issued and keeps it as the certificate the person acts
 * under. One enrolment per person at a time, so that the newest certificate is the last issued.
 *
 * <p>{@code Enrolled enrolled = enrolments.enrol("inspector1", "7F3K-92QD-XM4T-PW8C", csrPem);}
 */
@Component
class Enrolments {
  /** Codes are printed in groups of four; a person may type them with or without the dashes. */
  private static final int MAX_CODE_CHARS = 64;

  private final People people;
  private final CertificateAuthority ca;
  private final EnrolledCertificates certificates;
  private final Map<String, Object> enrolling = new ConcurrentHashMap<>();

  Enrolments(People people, CertificateAuthority ca, EnrolledCertificates certificates) {
    this.people = people;
    this.ca = ca;
    this.certificates = certificates;
  }

  /**
   * A person and the certificate their device now acts under.
   *
   * @param person who enrolled
   * @param certificate what their CA issued
   */
  record Enrolled(Person person, X509Certificate certificate) {}

  /**
   * Enrols a device.
   *
   * @param username who enrols
   * @param code their one-time code
   * @param requestPem the device's certificate request (PEM)
   * @throws CodedException {@code INVALID_INPUT} for a bad request or code, {@code
   *     ENROLMENT_REFUSED} for an unknown person or a code the CA refuses, {@code CA_UNAVAILABLE}
   */
  Enrolled enrol(String username, String code, String requestPem) {
    String normalized = normalizedCode(code);
    CertificateRequest request = CertificateRequest.parse(requestPem);
    Person person =
        people
            .find(username == null ? "" : username)
            .filter(p -> !"device".equals(p.role()))
            .orElseThrow(
                () ->
                    new CodedException(
                        ErrorCode.ENROLMENT_REFUSED,
                        "the enrolment code is wrong, used already, or not this person's; ask your"
                            + " registrar for a new one"));
    if (!request.commonName().equals(person.username())) {
      throw new CodedException(
          ErrorCode.INVALID_INPUT,
          "the certificate request names '"
              + request.commonName()
              + "'; its common name (CN) must be the username, "
              + person.username());
    }
    synchronized (enrolling.computeIfAbsent(person.username(), name -> new Object())) {
      X509Certificate issued = ca.enrol(person.mspId(), person.username(), normalized, request);
      if (!issued.getPublicKey().equals(request.publicKey())
          || !person.username().equals(commonName(issued.getSubjectX500Principal()))) {
        throw new CodedException(
            ErrorCode.CA_UNAVAILABLE,
            "the certificate authority issued a certificate for another key or name; nothing was"
                + " enrolled");
      }
      certificates.add(person.username(), issued);
      return new Enrolled(person, issued);
    }
  }

  /** The code as the registrar issued it: upper case, without the dashes and spaces of print. */
  static String normalizedCode(String code) {
    String normalized = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (normalized.isEmpty()
        || normalized.length() > MAX_CODE_CHARS
        || !normalized.matches("[A-Z0-9]+")) {
      throw new CodedException(
          ErrorCode.INVALID_INPUT,
          "an enrolment code is letters and digits, as your registrar gave it (at most "
              + MAX_CODE_CHARS
              + ")");
    }
    return normalized;
  }

  private static String commonName(X500Principal subject) {
    for (String part : subject.getName(X500Principal.RFC2253).split(",")) {
      if (part.startsWith("CN=")) {
        return part.substring(3);
      }
    }
    return "";
  }
}
