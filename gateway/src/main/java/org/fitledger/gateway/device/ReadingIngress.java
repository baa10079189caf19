package org.fitledger.gateway.device;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.ledger.PemFiles;
import org.fitledger.gateway.people.People;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.web.Written;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.model.device.ReadingRequest;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.ledger.Transactions;
import org.fitledger.model.people.Role;
import org.fitledger.model.validation.Validation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /ingress/v1/readings}: a connected machine's reading, {@code ReadingRequest} JSON of
 * at most {@value #MAX_BODY_BYTES} bytes, sent by a device named in {@code X-FitLedger-Device} and
 * signed ({@link DeviceSignatures}) in {@code X-FitLedger-Signature}. A device the gateway does not
 * know, or a body its key did not sign, is refused (401) before anything reaches the ledger; the
 * reading is then recorded on the ledger under the device's own identity, where the chaincode
 * decides what the device may record.
 */
@RestController
@RequestMapping("/ingress/v1")
@Hidden
class ReadingIngress {
  static final int MAX_BODY_BYTES = 4096;

  private final People people;
  private final LedgerWrites writes;
  private final JsonMapper json;

  ReadingIngress(People people, LedgerWrites writes, JsonMapper json) {
    this.people = people;
    this.writes = writes;
    this.json = json;
  }

  @PostMapping("/readings")
  ResponseEntity<Written<JsonNode>> record(
      @RequestHeader(value = "X-FitLedger-Device", required = false) String name,
      @RequestHeader(value = "X-FitLedger-Signature", required = false) String signature,
      HttpServletRequest http)
      throws IOException {
    Person device = device(name);
    // Read no more than one byte past the limit, however much is sent.
    byte[] body = http.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length == 0 || body.length > MAX_BODY_BYTES) {
      throw Validation.invalid("a reading is 1.." + MAX_BODY_BYTES + " bytes of JSON");
    }
    if (signature == null
        || !DeviceSignatures.verify(certificate(device).getPublicKey(), body, signature)) {
      throw new CodedException(
          ErrorCode.UNAUTHENTICATED, "the reading is not signed by device " + name + "'s key");
    }
    ReadingRequest request;
    try {
      request = json.readValue(body, ReadingRequest.class);
    } catch (JacksonException e) {
      throw Validation.invalid("a reading must be ReadingRequest JSON");
    }
    request.validated();
    return writes.ok(device, Transactions.RECORD_READING, writes.json(request));
  }

  private Person device(String name) {
    Optional<Person> known =
        Optional.ofNullable(name)
            .flatMap(people::find)
            .filter(p -> p.role().equals(Role.DEVICE.attribute()));
    return known.orElseThrow(
        () -> new CodedException(ErrorCode.UNAUTHENTICATED, "X-FitLedger-Device names no device"));
  }

  private static java.security.cert.X509Certificate certificate(Person device) {
    try {
      return PemFiles.certificate(device.certificate());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
