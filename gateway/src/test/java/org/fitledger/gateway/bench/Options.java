package org.fitledger.gateway.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The benchmark's settings, from {@code --name value} arguments, each with a default; the stack's
 * URL, credentials and run directory default to the environment the ITs use.
 *
 * @param gateway the gateway's base URL ({@code FITLEDGER_GATEWAY_URL})
 * @param credentials the demo passwords ({@code FITLEDGER_CREDENTIALS})
 * @param runDir the stack's run directory, for its PID files ({@code FITLEDGER_RUN_DIR})
 * @param out the report file, or null for stdout only
 * @param prewarm how long each workload runs once, unmeasured, before any measurement, so that the
 *     JVMs of the stack have compiled their hot code whichever concurrency comes first
 * @param warmup the warm-up before each measurement
 * @param measure each measurement
 * @param clients the concurrencies to measure each workload at
 * @param workloads which of {@code ping}, {@code patrol}, {@code device} (patrols signed on the
 *     inspectors' devices), {@code transitions} to run
 * @param equipmentPerSite equipment registered at each of the two sites (at least 50)
 * @param label what to say about the stack's settings in the report
 * @param profileDir where to keep a CPU profile of every process per measurement, or null for none
 * @param goProfiles the peers' and orderers' profile servers, {@code name=host:port,...}
 * @param postgresUrl the index's JDBC URL, for its statement times while profiling, or null
 * @param pacedShare after each patrol measurement, patrols are measured again paced at this share
 *     of its throughput (0.8 unless told; 0 for none), for the index lag below the ceiling
 */
record Options(
    String gateway,
    Path credentials,
    Path runDir,
    Path out,
    Duration prewarm,
    Duration warmup,
    Duration measure,
    List<Integer> clients,
    List<String> workloads,
    int equipmentPerSite,
    String label,
    Path profileDir,
    Map<String, String> goProfiles,
    String postgresUrl,
    double pacedShare) {
  static final String USAGE =
      "LedgerBenchmark [--gateway URL] [--credentials FILE] [--run-dir DIR] [--out FILE]"
          + " [--prewarm SECONDS] [--warmup SECONDS] [--measure SECONDS] [--clients N[,N...]]"
          + " [--workloads ping,patrol,device,transitions] [--equipment-per-site N] [--label TEXT]"
          + " [--profile-dir DIR [--go-profiles NAME=HOST:PORT,...] [--postgres JDBC-URL]]"
          + " [--paced-share 0.8]";

  static Options parse(String... args) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("usage: " + USAGE);
      }
      given.put(args[i].substring(2), args[i + 1]);
    }
    Options options =
        new Options(
            value(given, "gateway", System.getenv("FITLEDGER_GATEWAY_URL")),
            Path.of(value(given, "credentials", System.getenv("FITLEDGER_CREDENTIALS"))),
            Path.of(value(given, "run-dir", System.getenv("FITLEDGER_RUN_DIR"))),
            given.containsKey("out") ? Path.of(given.remove("out")) : null,
            Duration.ofSeconds(Long.parseLong(value(given, "prewarm", "60"))),
            Duration.ofSeconds(Long.parseLong(value(given, "warmup", "20"))),
            Duration.ofSeconds(Long.parseLong(value(given, "measure", "60"))),
            Arrays.stream(value(given, "clients", "64").split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .collect(Collectors.toList()),
            List.of(value(given, "workloads", "ping,patrol,device,transitions").split(",")),
            Integer.parseInt(value(given, "equipment-per-site", "60")),
            value(given, "label", ""),
            given.containsKey("profile-dir") ? Path.of(given.remove("profile-dir")) : null,
            pairs(value(given, "go-profiles", "")),
            given.remove("postgres"),
            Double.parseDouble(value(given, "paced-share", "0.8")));
    if (!given.isEmpty()) {
      throw new IllegalArgumentException("unknown " + given.keySet() + "; usage: " + USAGE);
    }
    if (!(options.pacedShare >= 0 && options.pacedShare < 1)) {
      throw new IllegalArgumentException("--paced-share must be at least 0 and below 1");
    }
    if (options.equipmentPerSite < 50) {
      throw new IllegalArgumentException("--equipment-per-site must be at least 50");
    }
    return options;
  }

  /** {@code a=1,b=2} as a map; empty text is an empty map. */
  private static Map<String, String> pairs(String text) {
    Map<String, String> pairs = new TreeMap<>();
    for (String pair : text.split(",")) {
      if (!pair.isBlank()) {
        String[] parts = pair.trim().split("=", 2);
        if (parts.length != 2) {
          throw new IllegalArgumentException("--go-profiles takes NAME=HOST:PORT,...");
        }
        pairs.put(parts[0], parts[1]);
      }
    }
    return pairs;
  }

  private static String value(Map<String, String> given, String name, String fallback) {
    String value = given.containsKey(name) ? given.remove(name) : fallback;
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required; usage: " + USAGE);
    }
    return value;
  }
}
