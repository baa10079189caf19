#!/usr/bin/env bash
# Benchmark of the audit queries at 1,000,000 inspections (issue 4's figures). It needs no Fabric
# network: a simulated year of ledger records (20,000 pieces of equipment in 2 cities x 5 districts
# x 4 streets x 5 communities, 100,000 patrols of 10 inspections by 100 inspectors, the tickets
# their DEFECT inspections open and every later step of those) is made in exactly the chaincode's
# stored format, cut into blocks of 100 events, and projected by the gateway's own projections,
# one database transaction per block as the indexer does, into a fresh schema migrated by the
# gateway's Flyway migrations: a documented bulk path that writes the same ledger records, not
# through the chaincode. Then each audit query of a supervisor of one city (coverage at depths
# 1..4 and its overdue list, SLA by company and by district with its steps, diligence with its
# inspections) runs through the audit repositories, first untimed, then timed one after another,
# and the report gives p50, p99, mean and max per query, with the table sizes, the load time and
# the load average. It goes to $FITLEDGER_RUN_DIR/bench/audit-<time>.txt and stdout.
#
#   network/bench/audit.sh [--patrols 100000] [--equipment 20000] [--per-patrol 10]
#                          [--runs 100] [--warmup 5] [--reuse] [--schema audit_bench]
#
# --reuse measures the schema loaded by an earlier run again, without loading, after migrating it
# with the gateway's migrations (vacuum analyze follows when one was applied). Before timing, the
# diligence figures and coverage as of three instants are checked against counts straight from
# the inspections; a difference stops the run. PostgreSQL is a
# cluster of its own in $FITLEDGER_RUN_DIR/postgres (run directory run-bench-audit/, port
# FITLEDGER_PORT_BASE+432 = 49432), started and stopped here as network/lib/postgres.sh does for
# the stack; with FITLEDGER_DB_URL (and FITLEDGER_DB_USER, FITLEDGER_DB_PASSWORD) it uses that
# database instead and creates the schema there. The benchmark is
# org.fitledger.gateway.bench.AuditBenchmark in the gateway's test sources, compiled against the
# gateway's classes and run on its test classpath (an unknown option prints the usage).
set -euo pipefail
export FITLEDGER_RUN_DIR=${FITLEDGER_RUN_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/run-bench-audit}
export FITLEDGER_PORT_BASE=${FITLEDGER_PORT_BASE:-49000}
source "$(dirname "$0")/../lib/common.sh"
source "$NETWORK_DIR/lib/postgres.sh"
bench="$RUN_DIR/bench"

log "load before: $(uptime)"
trap postgres_down EXIT
postgres_up

log "compiling the gateway and the benchmark"
source "$NETWORK_DIR/bench/classes.sh"
bench_compile "$bench"

out="$bench/audit-$(date -u +%Y%m%dT%H%M%SZ).txt"
# Nulls are bound untyped (no parameter-metadata round trip per null): the same rows, sooner.
FITLEDGER_DB_PASSWORD=$(db_password) java -Xmx1g -Dspring.jdbc.getParameterType.ignore=true \
  -cp "$bench_classpath" org.fitledger.gateway.bench.AuditBenchmark \
  --db-url "$(db_url)" --db-user "$(db_user)" --out "$out" "$@"
log "written to $out"
