package org.fitledger.gateway.enrol;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Tokens;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/enrolments}: a device sends the certificate request for the key it made and
 * the person's one-time enrolment code, and gets the certificate and a session. Needs no sign-in:
 * the code authenticates.
 */
@RestController
@Tag(name = "enrolment")
class EnrolmentController {
  static final String PATH = "/api/v1/enrolments";

  private final Enrolments enrolments;
  private final CaptureHeadsRepository captures;
  private final Tokens tokens;
  private final NetworkConfig network;

  EnrolmentController(
      Enrolments enrolments,
      CaptureHeadsRepository captures,
      Tokens tokens,
      NetworkConfig network) {
    this.enrolments = enrolments;
    this.captures = captures;
    this.tokens = tokens;
    this.network = network;
  }

  @PostMapping(PATH)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Enrol a device",
      description =
          "The device makes its ECDSA P-256 key (WebCrypto, extractable: false, or on the"
              + " client's own machine) and a PKCS #10 request for it with the username as its"
              + " common name. With the one-time code the registrar issued (./fitledger enrol-code"
              + " PERSON), the organization's Fabric CA issues the certificate, and the person"
              + " acts under it from now on: every write is then signed on the device"
              + " ('Fitledger-Signing: device'). Answers the certificate and a bearer token. 401"
              + " ENROLMENT_REFUSED for a wrong or used code, 400 INVALID_INPUT for a bad request.")
  Enrolment enrol(@RequestBody EnrolmentRequest request) {
    Enrolments.Enrolled enrolled =
        enrolments.enrol(request.username(), request.code(), request.certificateRequest());
    Person person = enrolled.person();
    Tokens.Issued session = tokens.issue(person);
    return new Enrolment(
        person.username(),
        person.mspId(),
        EnrolledCertificatesRepository.pem(enrolled.certificate()),
        enrolled.certificate().getSerialNumber().toString(16),
        enrolled.certificate().getNotAfter().toInstant().toString(),
        network.channel(),
        network.chaincode(),
        captures.of(person).orElse(null),
        session.token(),
        "Bearer",
        session.lifetime().toSeconds(),
        session.expiresAt().toString());
  }

  /**
   * A device's enrolment.
   *
   * @param username who enrols
   * @param code the one-time code from their registrar, with or without its dashes
   * @param certificateRequest the PKCS #10 request (PEM) for the device's key, CN = username
   */
  record EnrolmentRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String username,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String certificateRequest) {
    @Override
    public String toString() {
      return "EnrolmentRequest[username=" + username + "]";
    }
  }

  /**
   * An enrolled device.
   *
   * @param username who enrolled
   * @param mspId their organization
   * @param certificate the issued certificate (PEM)
   * @param serialNumber its serial number, hexadecimal
   * @param notAfter when it expires
   * @param channel the channel the device's transactions are for, which it checks before signing
   * @param chaincode the chaincode they call, checked likewise
   * @param lastCapture the hash of the person's last patrol signed at capture on the ledger, which
   *     the device's first capture follows; null if none
   * @param accessToken a bearer token for the person
   * @param tokenType always {@code Bearer}
   * @param expiresIn seconds until the token expires
   * @param expiresAt when the token expires
   */
  record Enrolment(
      String username,
      String mspId,
      String certificate,
      String serialNumber,
      String notAfter,
      String channel,
      String chaincode,
      @Schema(types = {"string", "null"}) String lastCapture,
      String accessToken,
      String tokenType,
      long expiresIn,
      String expiresAt) {}
}
