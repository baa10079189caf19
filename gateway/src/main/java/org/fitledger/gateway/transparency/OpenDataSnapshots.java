package org.fitledger.gateway.transparency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fitledger.gateway.config.Timers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily snapshot of the open data: once each UTC day, every machine and every ticket as GeoJSON
 * and CSV, with a {@code manifest.json} naming the index's block, the licence and each file's
 * SHA-256, in {@code fitledger.open-data.dir/YYYY-MM-DD/}. A day's snapshot is written to a
 * temporary directory and renamed into place, so that it appears whole or not at all, once, however
 * many gateways run; it never changes after.
 *
 * <p>{@code snapshots.takeIfMissing(LocalDate.now(clock))}
 */
@Component
class OpenDataSnapshots implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(OpenDataSnapshots.class);
  static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  static final List<String> FILES =
      List.of("machines.geojson", "machines.csv", "tickets.geojson", "tickets.csv");
  static final String MANIFEST = "manifest.json";
  private static final int PAGE = OpenDataController.MAX_SIZE;

  private final PublicRepository repository;
  private final JsonMapper json;
  private final OpenData.License license;
  private final Path dir;
  private final Clock clock = Clock.systemUTC();
  private final ScheduledExecutorService timer = Timers.daemon("open-data-snapshots");

  OpenDataSnapshots(
      PublicRepository repository,
      JsonMapper json,
      OpenData.License license,
      @Value("${fitledger.open-data.dir:}") String dir) {
    this.repository = repository;
    this.json = json;
    this.license = license;
    this.dir = dir.isBlank() ? null : Path.of(dir);
  }

  /** Takes today's snapshot at start if it is missing, then checks again every hour. */
  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (dir == null) {
      log.info("no fitledger.open-data.dir: no daily open-data snapshots");
      return;
    }
    timer.scheduleWithFixedDelay(
        () -> takeIfMissing(LocalDate.now(clock.withZone(ZoneOffset.UTC))), 0, 1, TimeUnit.HOURS);
  }

  /** Writes the day's snapshot unless it exists; answers whether this call wrote it. */
  boolean takeIfMissing(LocalDate day) {
    Path target = dir.resolve(day.toString());
    if (Files.isDirectory(target)) {
      return false;
    }
    Path partial = null;
    try {
      Files.createDirectories(dir);
      partial = Files.createTempDirectory(dir, "." + day + "-");
      Map<String, Object> manifest = write(partial, day);
      Files.write(partial.resolve(MANIFEST), json.writeValueAsBytes(manifest));
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      log.info("took the open-data snapshot of {}", day);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException | UncheckedIOException | DataAccessException e) {
      log.warn("the open-data snapshot of {} failed; trying again within the hour", day, e);
      return false;
    } finally {
      deleteQuietly(partial);
    }
  }

  /** The days with a snapshot, newest first, each with its manifest. */
  List<Map<String, Object>> list() {
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> days = Files.list(dir)) {
      List<Map<String, Object>> snapshots = new ArrayList<>();
      for (Path day :
          days.filter(d -> DATE.matcher(d.getFileName().toString()).matches())
              .sorted(Comparator.reverseOrder())
              .toList()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest =
            json.readValue(Files.readAllBytes(day.resolve(MANIFEST)), Map.class);
        snapshots.add(manifest);
      }
      return snapshots;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of a day's snapshot, if there is one. */
  Optional<Path> file(String day, String name) {
    if (dir == null || !DATE.matcher(day).matches() || !FILES.contains(name)) {
      return Optional.empty();
    }
    Path file = dir.resolve(day).resolve(name);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  private Map<String, Object> write(Path into, LocalDate day) throws IOException {
    PublicRepository.Version version = repository.version();
    List<Map<String, Object>> machines = all((limit, offset) -> repository.machines(limit, offset));
    List<Map<String, Object>> tickets =
        all((limit, offset) -> repository.tickets(false, limit, offset));
    Map<String, String> hashes = new LinkedHashMap<>();
    hashes.put("machines.geojson", save(into, "machines.geojson", geoJson(machines)));
    hashes.put(
        "machines.csv",
        save(
            into,
            "machines.csv",
            OpenData.csv(machines, OpenDataController.MACHINE_COLUMNS, license)));
    hashes.put("tickets.geojson", save(into, "tickets.geojson", geoJson(tickets)));
    hashes.put(
        "tickets.csv",
        save(
            into,
            "tickets.csv",
            OpenData.csv(tickets, OpenDataController.TICKET_COLUMNS, license)));
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("date", day.toString());
    manifest.put("block", version.block());
    manifest.put("indexUpdated", version.updated().toString());
    manifest.put("license", Map.of("name", license.name(), "url", license.url()));
    manifest.put("machines", machines.size());
    manifest.put("tickets", tickets.size());
    manifest.put("sha256", hashes);
    return manifest;
  }

  private String geoJson(List<Map<String, Object>> rows) {
    return json.writeValueAsString(
        OpenData.geoJson(rows, license, new OpenData.Paging(1, rows.size(), rows.size()), null));
  }

  private static List<Map<String, Object>> all(
      BiFunction<Integer, Long, List<Map<String, Object>>> page) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (long offset = 0; ; offset += PAGE) {
      List<Map<String, Object>> next = page.apply(PAGE, offset);
      rows.addAll(next);
      if (next.size() < PAGE) {
        return rows;
      }
    }
  }

  private static String save(Path into, String name, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Files.write(into.resolve(name), bytes);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static void deleteQuietly(Path partial) {
    if (partial == null || !Files.exists(partial)) {
      return;
    }
    try (Stream<Path> files = Files.walk(partial)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("could not delete {}", partial, e);
    }
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
  }
}
