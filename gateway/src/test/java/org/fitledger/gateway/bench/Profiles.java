package org.fitledger.gateway.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU of a measurement went, per function: a Java Flight Recording of every JVM of the
 * stack (gateway, indexers, chaincode servers, patrol app) and a Go CPU profile of every peer and
 * orderer (their {@code /debug/pprof} servers, which {@code FITLEDGER_PROFILE=1} turns on), and
 * PostgreSQL's statements by time ({@code pg_stat_statements}, likewise), taken over the measured
 * window and summarised for the report; the raw files stay beside it, for {@code jfr print} and
 * {@code go tool pprof}.
 *
 * <pre>{@code
 * Profiles.Recording recording = profiles.start("patrol-64", Duration.ofSeconds(60));
 * ... the measured window ...
 * String summary = recording.summary();
 * }</pre>
 */
final class Profiles {
  private static final int TOP = 12;

  private final Path runDir;
  private final Path outDir;
  private final Map<String, String> goNodes;
  private final String postgresUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  /**
   * @param runDir the stack's run directory, for its PID files
   * @param outDir where the recordings go, or null to profile nothing
   * @param goNodes each peer's and orderer's name and profile address {@code host:port}
   * @param postgresUrl the index's JDBC URL (user fitledger, the run directory's password), or null
   */
  Profiles(Path runDir, Path outDir, Map<String, String> goNodes, String postgresUrl) {
    this.runDir = runDir;
    this.outDir = outDir;
    this.goNodes = Map.copyOf(goNodes);
    this.postgresUrl = postgresUrl;
  }

  /** The recordings of one measured window. */
  interface Recording {
    /** Waits for the recordings to end and summarises them, or says there are none. */
    String summary();
  }

  /** Starts recording every process for {@code duration}. */
  Recording start(String label, Duration duration) {
    if (outDir == null) {
      return () -> "";
    }
    // jcmd splits its arguments at spaces, so the folder (and the file names in it) have none.
    Path dir = outDir.resolve(label.replaceAll("[^A-Za-z0-9.-]+", "-"));
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Path> jfr = new TreeMap<>();
    List<String> failed = new ArrayList<>();
    javaProcesses()
        .forEach(
            (name, pid) -> {
              Path file = dir.resolve(name + ".jfr");
              if (run(
                  "jcmd",
                  pid.toString(),
                  "JFR.start",
                  "name=fitledger-bench",
                  "settings=profile",
                  "duration=" + duration.toSeconds() + "s",
                  "filename=" + file)) {
                jfr.put(name, file);
              } else {
                failed.add(name);
              }
            });
    Map<String, CompletableFuture<Path>> pprof = new TreeMap<>();
    goNodes.forEach(
        (name, address) ->
            pprof.put(
                name,
                http.sendAsync(
                        HttpRequest.newBuilder(
                                URI.create(
                                    "http://"
                                        + address
                                        + "/debug/pprof/profile?seconds="
                                        + duration.toSeconds()))
                            .timeout(duration.plusSeconds(30))
                            .build(),
                        HttpResponse.BodyHandlers.ofFile(dir.resolve(name + ".pprof")))
                    .thenApply(HttpResponse::body)));
    boolean statements = postgres("select pg_stat_statements_reset()", rs -> "").isPresent();
    long ends = System.nanoTime() + duration.toNanos();
    return () ->
        summarise(jfr, pprof, ends)
            + (statements ? postgresSummary() : String.format("%npostgres: no statement times%n"))
            + failures(failed);
  }

  private static String failures(List<String> failed) {
    return failed.isEmpty()
        ? ""
        : String.format("%nno Java Flight Recording could be started in %s%n", failed);
  }

  private String summarise(
      Map<String, Path> jfr, Map<String, CompletableFuture<Path>> pprof, long ends) {
    StringBuilder out = new StringBuilder();
    // JFR writes its file a moment after the duration ends.
    sleepUntil(ends + TimeUnit.SECONDS.toNanos(3));
    jfr.forEach((name, file) -> out.append(javaSummary(name, file)));
    pprof.forEach(
        (name, future) -> {
          try {
            out.append(goSummary(name, future.get(30, TimeUnit.SECONDS)));
          } catch (Exception e) {
            out.append(String.format("%n%s: no Go profile (%s)%n", name, e));
          }
        });
    return out.toString();
  }

  /**
   * Summarises Java Flight Recordings made elsewhere (the replay benchmark's rebuild): {@code
   * Profiles FILE.jfr...} prints {@link #javaSummary} of each.
   */
  public static void main(String[] files) {
    for (String file : files) {
      System.out.print(javaSummary(Path.of(file).getFileName().toString(), Path.of(file)));
    }
  }

  /**
   * A JVM's samples: the share of each library, counting a sample for the first frame that is not
   * the JDK's (the code that asked for the work), then the methods most often on top of the stack,
   * and FitLedger's methods most often nearest the top (the work they do or ask for).
   */
  static String javaSummary(String name, Path file) {
    Map<String, Long> libraries = new HashMap<>();
    Map<String, Long> methods = new HashMap<>();
    Map<String, Long> ours = new HashMap<>();
    long samples = 0;
    try (RecordingFile recording = new RecordingFile(file)) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample")
            || event.getStackTrace() == null
            || event.getStackTrace().getFrames().isEmpty()) {
          continue;
        }
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        samples++;
        methods.merge(method(frames.get(0).getMethod()), 1L, Long::sum);
        libraries.merge(library(frames), 1L, Long::sum);
        frames.stream()
            .filter(frame -> frame.getMethod().getType().getName().startsWith("org.fitledger."))
            .findFirst()
            .ifPresent(frame -> ours.merge(method(frame.getMethod()), 1L, Long::sum));
      }
    } catch (IOException e) {
      return String.format("%n%s: no Java profile (%s)%n", name, e.getMessage());
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format("%n%s (JFR, %d samples)%n  by library:", name, samples));
    for (Map.Entry<String, Long> library : top(libraries)) {
      out.append(String.format(" %s %.0f%%,", library.getKey(), share(library, samples)));
    }
    out.setLength(out.length() - 1);
    out.append(String.format("%n  hottest methods:%n"));
    for (Map.Entry<String, Long> method : top(methods)) {
      out.append(String.format("    %5.1f%%  %s%n", share(method, samples), method.getKey()));
    }
    out.append(String.format("  FitLedger's methods nearest the top:%n"));
    for (Map.Entry<String, Long> method : top(ours)) {
      out.append(String.format("    %5.1f%%  %s%n", share(method, samples), method.getKey()));
    }
    return out.toString();
  }

  /** The library a sample's work is for: the first frame outside the JDK decides. */
  static String library(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (!(type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun."))) {
        return libraryOf(type);
      }
    }
    return "JDK";
  }

  static String libraryOf(String type) {
    String[][] names = {
      {"org.fitledger.", "FitLedger"},
      {"org.hyperledger.", "Fabric client/shim"},
      {"io.grpc.", "gRPC/Netty"},
      {"io.netty.", "gRPC/Netty"},
      {"com.google.protobuf.", "protobuf"},
      {"tools.jackson.", "JSON"},
      {"com.fasterxml.", "JSON"},
      {"com.owlike.genson.", "JSON"},
      {"org.json.", "JSON"},
      {"org.bouncycastle.", "crypto"},
      {"org.postgresql.", "PostgreSQL JDBC"},
      {"com.zaxxer.", "PostgreSQL JDBC"},
      {"org.springframework.", "Spring/Tomcat"},
      {"org.apache.", "Spring/Tomcat"},
      {"io.vertx.", "Vert.x"},
    };
    for (String[] name : names) {
      if (type.startsWith(name[0])) {
        return name[1];
      }
    }
    return "other";
  }

  private static String method(RecordedMethod method) {
    return method.getType().getName() + "." + method.getName();
  }

  private static List<Map.Entry<String, Long>> top(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(TOP)
        .toList();
  }

  private static double share(Map.Entry<String, Long> entry, long samples) {
    return samples == 0 ? 0 : 100.0 * entry.getValue() / samples;
  }

  /** A Go profile's hottest functions, as {@code go tool pprof -top} lists them. */
  private static String goSummary(String name, Path file) throws IOException, InterruptedException {
    Process pprof =
        new ProcessBuilder("go", "tool", "pprof", "-top", "-nodecount=" + TOP, file.toString())
            .redirectErrorStream(true)
            .start();
    String text = new String(pprof.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    pprof.waitFor();
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.startsWith("File:") && !line.startsWith("Type:") && !line.startsWith("Time:")) {
        lines.add("  " + line);
      }
    }
    return String.format("%n%s (Go CPU profile)%n%s%n", name, String.join("\n", lines));
  }

  /** PostgreSQL's statements since the reset, by time spent planning and executing them. */
  private String postgresSummary() {
    return postgres(
            "select calls, round((total_plan_time + total_exec_time)::numeric, 0) as ms,"
                + " round(total_plan_time::numeric, 0) as plan_ms, rows,"
                + " left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query"
                + " from pg_stat_statements order by total_plan_time + total_exec_time desc"
                + " limit "
                + TOP,
            rs -> {
              StringBuilder out =
                  new StringBuilder(
                      String.format(
                          "%npostgres (pg_stat_statements)%n  %8s %8s %8s %9s  %s%n",
                          "calls", "ms", "plan ms", "rows", "statement"));
              while (rs.next()) {
                out.append(
                    String.format(
                        "  %8d %8d %8d %9d  %s%n",
                        rs.getLong("calls"),
                        rs.getLong("ms"),
                        rs.getLong("plan_ms"),
                        rs.getLong("rows"),
                        rs.getString("query")));
              }
              return out.toString();
            })
        .orElse(String.format("%npostgres: the statement times could not be read%n"));
  }

  /**
   * A query's result read by {@code reader}, or empty if PostgreSQL or the extension is not there.
   */
  private Optional<String> postgres(String sql, ResultReader reader) {
    if (postgresUrl == null || outDir == null) {
      return Optional.empty();
    }
    try (Connection connection =
            DriverManager.getConnection(
                postgresUrl,
                "fitledger",
                Files.readString(runDir.resolve("secrets/db-password")).trim());
        Statement statement = connection.createStatement()) {
      statement.execute("create extension if not exists pg_stat_statements");
      try (ResultSet rs = statement.executeQuery(sql)) {
        return Optional.of(reader.read(rs));
      }
    } catch (SQLException | IOException e) {
      return Optional.empty();
    }
  }

  private interface ResultReader {
    String read(ResultSet rs) throws SQLException;
  }

  /** The stack's JVMs by the name of their PID file. */
  private Map<String, Long> javaProcesses() {
    Map<String, Long> found = new TreeMap<>();
    Path dir = runDir.resolve("pids");
    if (!Files.isDirectory(dir)) {
      return found;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(
          file -> {
            String name = file.getFileName().toString().replace(".pid", "");
            pid(file)
                .flatMap(ProcessHandle::of)
                .flatMap(Profiles::java)
                .ifPresent(handle -> found.put(name, handle.pid()));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** The process itself if it is a JVM, else its first JVM child (a launcher script's). */
  private static Optional<ProcessHandle> java(ProcessHandle process) {
    return Stream.concat(Stream.of(process), process.descendants())
        .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
        .findFirst();
  }

  private static Optional<Long> pid(Path file) {
    try {
      String text = Files.readString(file).trim();
      return text.matches("[0-9]+") ? Optional.of(Long.valueOf(text)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean run(String... command) {
    try {
      Process process =
          new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void sleepUntil(long nanos) {
    long left;
    while ((left = nanos - System.nanoTime()) > 0) {
      try {
        Thread.sleep(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
