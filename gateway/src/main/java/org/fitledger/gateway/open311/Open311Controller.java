package org.fitledger.gateway.open311;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fitledger.gateway.index.RecordJson;
import org.fitledger.gateway.ledger.LedgerException;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.people.People;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.report.ContactVault;
import org.fitledger.gateway.web.Written;
import org.fitledger.gateway.write.LedgerWrites;
import org.fitledger.model.format.Formats;
import org.fitledger.model.ledger.Transactions;
import org.fitledger.model.people.Role;
import org.fitledger.model.report.ReportRequest;
import org.fitledger.model.report.SealedContact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoReport v2 at {@code /open311/v2}, without sign-in: filing needs a registered client app's
 * {@code api_key}. A filed request is recorded on the ledger by the Authority's intake identity and
 * answered with its {@code service_request_id} once the index holds it. A request that repeats a
 * fault of the same machine still awaiting triage is answered with that request's id, and a {@code
 * service_notice} saying so: the resident follows the request already there. A {@code media_url}
 * must name a photo the evidence store holds ({@link EvidencePhotos}).
 */
@RestController
@RequestMapping("/open311/v2")
@Hidden
class Open311Controller {
  private static final Logger log = LoggerFactory.getLogger(Open311Controller.class);
  private static final char[] ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  /** How far from a machine a position given by lat/long may lie and still name it. */
  static final double NEAREST_METERS = 50;

  private final LedgerWrites writes;
  private final LedgerPort ledger;
  private final People people;
  private final Open311Keys keys;
  private final PostRate rate;
  private final ServiceRequestRepository requests;
  private final ContactVault vault;
  private final EvidencePhotos photos;
  private final JsonMapper json;
  private final String mediaBase;
  private final SecureRandom random = new SecureRandom();
  private final Clock clock = Clock.systemUTC();

  Open311Controller(
      LedgerWrites writes,
      LedgerPort ledger,
      People people,
      Open311Keys keys,
      PostRate rate,
      ServiceRequestRepository requests,
      ContactVault vault,
      EvidencePhotos photos,
      JsonMapper json,
      @Value("${fitledger.open311.evidence-url:}") String mediaBase) {
    this.writes = writes;
    this.ledger = ledger;
    this.people = people;
    this.keys = keys;
    this.rate = rate;
    this.requests = requests;
    this.vault = vault;
    this.photos = photos;
    this.json = json;
    this.mediaBase =
        mediaBase.endsWith("/") ? mediaBase.substring(0, mediaBase.length() - 1) : mediaBase;
  }

  @GetMapping("/discovery.{format}")
  ResponseEntity<byte[]> discovery(@PathVariable String format) {
    String url =
        ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString();
    return Open311Format.of(format)
        .write(HttpStatus.OK, "discovery", Open311Services.discovery(url), json);
  }

  @GetMapping("/services.{format}")
  ResponseEntity<byte[]> services(@PathVariable String format) {
    return Open311Format.of(format).write(HttpStatus.OK, "services", Open311Services.list(), json);
  }

  @GetMapping("/services/{code}.{format}")
  ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format) {
    Open311Format as = Open311Format.of(format);
    return as.write(
        HttpStatus.OK,
        "service_definition",
        Open311Services.definition(Open311Services.require(code)),
        json);
  }

  @GetMapping("/requests.{format}")
  ResponseEntity<byte[]> search(
      @PathVariable String format,
      @RequestParam(name = "service_request_id", required = false) String ids,
      @RequestParam(name = "service_code", required = false) String codes,
      @RequestParam(name = "start_date", required = false) String start,
      @RequestParam(name = "end_date", required = false) String end,
      @RequestParam(required = false) String status) {
    Open311Format as = Open311Format.of(format);
    RequestSearch search = RequestSearch.parse(ids, codes, start, end, status, clock.instant());
    return as.write(HttpStatus.OK, "service_requests", requests.find(search, mediaBase), json);
  }

  @GetMapping("/requests/{id}.{format}")
  ResponseEntity<byte[]> read(@PathVariable String id, @PathVariable String format) {
    Open311Format as = Open311Format.of(format);
    List<Map<String, Object>> found = requests.find(byId(id), mediaBase);
    if (found.isEmpty()) {
      throw new Open311Exception(HttpStatus.NOT_FOUND, "no request " + id);
    }
    return as.write(HttpStatus.OK, "service_requests", found, json);
  }

  @GetMapping("/tokens/{token}.{format}")
  ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format) {
    Open311Format as = Open311Format.of(format);
    if (requests.find(byId(token), mediaBase).isEmpty()) {
      throw new Open311Exception(HttpStatus.NOT_FOUND, "no request for token " + token);
    }
    return as.write(
        HttpStatus.OK,
        "service_requests",
        List.of(Open311Format.fields("service_request_id", token, "token", token)),
        json);
  }

  @PostMapping(
      value = "/requests.{format}",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
  ResponseEntity<byte[]> file(
      @PathVariable String format,
      @RequestParam MultiValueMap<String, String> params,
      HttpServletRequest http) {
    Open311Format as = Open311Format.of(format);
    Open311Keys.Client client =
        keys.client(params.getFirst("api_key"))
            .orElseThrow(
                () ->
                    new Open311Exception(
                        HttpStatus.FORBIDDEN, "api_key is missing or not a registered client's"));
    boolean allowed =
        client.perMinute() == null
            ? rate.take(client.name(), http.getRemoteAddr())
            : rate.take(client.name(), http.getRemoteAddr(), client.perMinute());
    if (!allowed) {
      throw new Open311Exception(
          HttpStatus.TOO_MANY_REQUESTS,
          "too many requests from this client and address; try again in a minute");
    }
    FiledRequest filed = FiledRequest.parse(params);
    photos.requireStored(filed.photos());
    Person intake =
        people
            .withRole(Role.INTAKE.attribute())
            .orElseThrow(
                () ->
                    new Open311Exception(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "this FitLedger takes no reports: it has no intake identity"));
    String machine = filed.machineId() != null ? filed.machineId() : nearest(filed);
    String id = newId();
    Optional<ContactVault.Sealed> contact =
        vault.keeps() ? filed.contact().map(c -> vault.seal(id, c)) : Optional.empty();
    ReportRequest report =
        new ReportRequest(
                id,
                machine,
                filed.category().name(),
                filed.description(),
                filed.urgent(),
                filed.photos(),
                contact.map(ContactVault.Sealed::hash).orElse(null))
            .validated();
    Written<JsonNode> written =
        writes.ok(intake, Transactions.RECEIVE_REPORT, writes.json(report)).getBody();
    String recorded = RecordJson.text(written.record(), "id");
    String notice;
    if (!recorded.equals(id)) {
      vault.shred(id);
      notice =
          "This fault of the machine was already reported and awaits a check; follow request "
              + recorded
              + " 该器材的此故障已有人报告，请关注 "
              + recorded;
    } else {
      notice = contact.map(c -> keepContact(intake, id, c)).orElse("");
    }
    log.info("Open311 client {} filed {} for {}", client.name(), recorded, machine);
    return as.write(
        HttpStatus.CREATED,
        "service_requests",
        List.of(
            Open311Format.fields(
                "service_request_id", recorded, "service_notice", notice, "account_id", null)),
        json);
  }

  private String keepContact(Person intake, String id, ContactVault.Sealed contact) {
    try {
      ledger.submitPrivate(
          intake,
          Transactions.STORE_REPORT_CONTACT,
          Map.of("contact", writes.json(new SealedContact(contact.sealed()))),
          id);
      return "";
    } catch (LedgerException e) {
      vault.shred(id);
      log.warn("the contact of report {} could not be kept: {}", id, e.code());
      return "Your report is recorded, but we could not keep your contact; follow the request id"
          + " 报告已记录，但联系方式未能保存，请凭编号查询";
    }
  }

  private String nearest(FiledRequest filed) {
    return requests.machinesNear(filed.latitude(), filed.longitude(), NEAREST_METERS, 1).stream()
        .findFirst()
        .map(machine -> (String) machine.get("id"))
        .orElseThrow(
            () ->
                Open311Exception.badRequest(
                    "no machine stands within "
                        + (int) NEAREST_METERS
                        + " m of lat/long; give address_id, the id on the machine's QR tag"));
  }

  private static RequestSearch byId(String id) {
    if (!id.matches(Formats.ID)) {
      throw new Open311Exception(HttpStatus.NOT_FOUND, "no request " + id);
    }
    return RequestSearch.parse(id, null, null, null, null, null);
  }

  private String newId() {
    StringBuilder id = new StringBuilder("R-");
    for (int i = 0; i < 12; i++) {
      id.append(ID_ALPHABET[random.nextInt(ID_ALPHABET.length)]);
    }
    return id.toString();
  }
}
