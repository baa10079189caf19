package org.fitledger.gateway.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit benchmark's command line.
 *
 * @param dbUrl the JDBC URL of the PostgreSQL database
 * @param dbUser its user
 * @param dbPassword its password ({@code --db-password}, else {@code FITLEDGER_DB_PASSWORD})
 * @param schema the schema created afresh for the load (dropped first)
 * @param equipment pieces of equipment, spread over 2 cities
 * @param patrols patrols, each of {@code perPatrol} inspections
 * @param perPatrol inspections per patrol
 * @param blockSize ledger events per block (one database transaction each, as the indexer)
 * @param runs timed runs of each query, after {@code warmup} untimed ones
 * @param warmup untimed runs of each query
 * @param reuse whether to measure an earlier load in the schema instead of loading again
 * @param explain whether to add each query's plan to the report
 * @param out where to write the report, or null
 * @param at the instant the queries ask about ({@code --at}, an instant or {@code now}; the end of
 *     the simulated year unless told): the month, quarter and year they ask for are those before it
 * @param inspector whose inspections the diligence listing asks for
 */
record AuditOptions(
    String dbUrl,
    String dbUser,
    String dbPassword,
    String schema,
    int equipment,
    int patrols,
    int perPatrol,
    int blockSize,
    int runs,
    int warmup,
    boolean reuse,
    boolean explain,
    Path out,
    Instant at,
    String inspector) {

  static final String USAGE =
      "usage: AuditBenchmark --db-url JDBC_URL --db-user USER [--db-password PW]"
          + " [--schema audit_bench] [--equipment 20000] [--patrols 100000] [--per-patrol 10]"
          + " [--block-size 100] [--runs 100] [--warmup 5] [--reuse] [--explain] [--out FILE]"
          + " [--at INSTANT|now] [--inspector inspector-SH-PD-3]";

  private static final List<String> FLAGS = List.of("--reuse", "--explain");

  static AuditOptions parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (FLAGS.contains(args[i])) {
        values.put(args[i], "true");
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        values.put(args[i], args[++i]);
      } else {
        throw new IllegalArgumentException(USAGE);
      }
    }
    List<String> known =
        List.of(
            "--db-url",
            "--db-user",
            "--db-password",
            "--schema",
            "--equipment",
            "--patrols",
            "--per-patrol",
            "--block-size",
            "--runs",
            "--warmup",
            "--reuse",
            "--explain",
            "--out",
            "--at",
            "--inspector");
    if (!known.containsAll(values.keySet()) || !values.containsKey("--db-url")) {
      throw new IllegalArgumentException(USAGE);
    }
    String schema = values.getOrDefault("--schema", "audit_bench");
    if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("--schema must be a plain lower-case name: " + schema);
    }
    return new AuditOptions(
        values.get("--db-url"),
        values.getOrDefault("--db-user", "fitledger"),
        values.getOrDefault(
            "--db-password", System.getenv().getOrDefault("FITLEDGER_DB_PASSWORD", "")),
        schema,
        Integer.parseInt(values.getOrDefault("--equipment", "20000")),
        Integer.parseInt(values.getOrDefault("--patrols", "100000")),
        Integer.parseInt(values.getOrDefault("--per-patrol", "10")),
        Integer.parseInt(values.getOrDefault("--block-size", "100")),
        Integer.parseInt(values.getOrDefault("--runs", "100")),
        Integer.parseInt(values.getOrDefault("--warmup", "5")),
        values.containsKey("--reuse"),
        values.containsKey("--explain"),
        values.containsKey("--out") ? Path.of(values.get("--out")) : null,
        at(values.getOrDefault("--at", LedgerSimulation.END.toString())),
        values.getOrDefault("--inspector", "inspector-SH-PD-3"));
  }

  private static Instant at(String text) {
    return text.equals("now") ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : Instant.parse(text);
  }
}
