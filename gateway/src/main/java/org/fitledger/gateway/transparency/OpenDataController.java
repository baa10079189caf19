package org.fitledger.gateway.transparency;

import io.swagger.v3.oas.annotations.Hidden;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.query.Params;
import org.fitledger.model.error.ErrorCode;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Open data, without sign-in, under the licence {@code fitledger.open-data.license} (CC-BY-4.0 by
 * default):
 *
 * <ul>
 *   <li>{@code GET /public/v1/open-data/machines.geojson} and {@code .csv}: every machine with its
 *       position, state and last inspection;
 *   <li>{@code GET /public/v1/open-data/tickets.geojson} and {@code .csv} ({@code ?state=open} for
 *       the open ones): every ticket with its times and deadlines.
 * </ul>
 *
 * <p>{@code GET /public/v1/open-data/snapshots} lists the daily snapshots (each day's manifest: the
 * index's block, the licence, counts and each file's SHA-256), and {@code
 * /public/v1/open-data/snapshots/{day}/machines.csv} (and the other three) serves a day's file,
 * which never changes.
 *
 * <p>Pages of {@code size} rows (1000 by default, at most 5000), {@code page} from 1; the GeoJSON
 * names the next page, the CSV has a {@code Link: <…>; rel="next"} header. Each answer carries an
 * {@code ETag} (the index's last block) and {@code Last-Modified} (when the index last moved) and
 * answers 304 to a client that holds the same.
 */
@RestController
@RequestMapping("/public/v1/open-data")
@Hidden
class OpenDataController {
  static final int DEFAULT_SIZE = 1000;
  static final int MAX_SIZE = 5000;
  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  static final List<String> MACHINE_COLUMNS =
      List.of(
          "id",
          "type",
          "site",
          "district",
          "latitude",
          "longitude",
          "state",
          "openFaults",
          "worstSeverity",
          "lastInspected");
  static final List<String> TICKET_COLUMNS =
      List.of(
          "id",
          "machine",
          "site",
          "district",
          "latitude",
          "longitude",
          "severity",
          "category",
          "state",
          "company",
          "opened",
          "acknowledgeDeadline",
          "makeSafeDeadline",
          "repairDeadline",
          "acknowledged",
          "repaired",
          "closed",
          "nextStep",
          "nextDeadline",
          "repairOnTime");

  private final PublicRepository repository;
  private final OpenData.License license;
  private final OpenDataSnapshots snapshots;

  OpenDataController(
      PublicRepository repository, OpenData.License license, OpenDataSnapshots snapshots) {
    this.repository = repository;
    this.license = license;
    this.snapshots = snapshots;
  }

  @GetMapping("/snapshots")
  Map<String, Object> snapshots() {
    return Map.of("snapshots", snapshots.list());
  }

  @GetMapping("/snapshots/{day}/{dataset:machines|tickets}.{format:geojson|csv}")
  ResponseEntity<Resource> snapshot(
      @PathVariable String day, @PathVariable String dataset, @PathVariable String format) {
    String name = dataset + "." + format;
    Path file =
        snapshots
            .file(day, name)
            .orElseThrow(
                () ->
                    new CodedException(
                        ErrorCode.INVALID_INPUT.equals(null)
                            ? null
                            : ErrorCode.TRANSACTION_NOT_FOUND,
                        "no snapshot " + day + "/" + name));
    return ResponseEntity.ok()
        .contentType(format.equals("csv") ? CSV : GEO_JSON)
        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(day + "-" + name).build().toString())
        .body(new FileSystemResource(file));
  }

  @GetMapping("/{dataset:machines|tickets}.{format:geojson|csv}")
  ResponseEntity<?> dataset(
      @PathVariable String dataset,
      @PathVariable String format,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size,
      @RequestParam(required = false) String state,
      WebRequest request) {
    boolean open = "open".equals(Params.oneOf("state", state, List.of("open", "all"), "all"));
    int pageNumber = Params.integer("page", page, 1, 1_000_000, 1);
    int pageSize = Params.integer("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
    PublicRepository.Version version = repository.version();
    String etag =
        "\""
            + version.block()
            + "-"
            + dataset
            + "-"
            + format
            + "-"
            + pageNumber
            + "-"
            + pageSize
            + "-"
            + open
            + "\"";
    if (request.checkNotModified(etag, version.updated().toEpochMilli())) {
      return null;
    }
    long offset = (long) (pageNumber - 1) * pageSize;
    List<Map<String, Object>> rows;
    long total;
    List<String> columns;
    if (dataset.equals("machines")) {
      rows = repository.machines(pageSize, offset);
      total = repository.machineCount();
      columns = MACHINE_COLUMNS;
    } else {
      rows = repository.tickets(open, pageSize, offset);
      total = repository.ticketCount(open);
      columns = TICKET_COLUMNS;
    }
    OpenData.Paging paging = new OpenData.Paging(pageNumber, pageSize, total);
    String next =
        "/public/v1/open-data/"
            + dataset
            + "."
            + format
            + "?page="
            + (pageNumber + 1)
            + "&size="
            + pageSize
            + (open ? "&state=open" : "");
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.ok()
            .eTag(etag)
            .lastModified(version.updated())
            .cacheControl(CacheControl.noCache().cachePublic())
            .header(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(dataset + "." + format).build().toString());
    if (paging.hasNext()) {
      answer.header("Link", "<" + next + ">; rel=\"next\"");
    }
    return format.equals("csv")
        ? answer.contentType(CSV).body(OpenData.csv(rows, columns, license))
        : answer.contentType(GEO_JSON).body(OpenData.geoJson(rows, license, paging, next));
  }
}
