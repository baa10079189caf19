#!/usr/bin/env bash
# Replay at scale (issue 13's figures): builds a ledger of 100,000 patrols of 10 inspections each
# through the REST API, the gateway and the real chaincode (no bulk path), keeps it, and measures on
# it the index's replay (./fitledger index rebuild, from block 0, compared table by table with the
# live index) and then the audit queries on the live index it yielded (network/bench/audit.sh
# --reuse --schema public).
#
#   network/bench/replay.sh [--patrols 100000] [--equipment-per-site 5000] [--defect-every 20]
#                           [--clients 64]
#
# The stack is its own: run directory run-bench-replay/, ports from 1500 (below the kernel's
# ephemeral ports). The ledger stays there between runs: a later run restarts that network and
# writes only the patrols it lacks (org.fitledger.gateway.bench.PatrolLedger tops the index up to
# --patrols), so the replay and audit figures of several runs are of the same ledger. Writing
# 100,000 patrols takes 20-30 minutes on 2 cores; `./fitledger clean` with this run directory
# starts afresh. Every 20th patrol finds one MINOR defect, so the SLA queries have tickets to count.
#
# With FITLEDGER_BENCH_PROFILE=1 the rebuild's JVM records a Java Flight Recording
# (bench/rebuild-<time>.jfr), and the report ends with its hottest methods.
#
# The report goes to $FITLEDGER_RUN_DIR/bench/replay-<time>.txt and stdout: the build's counts,
# the rebuild's report (replayed blocks and transactions, rate, IDENTICAL or not) and the audit
# benchmark's table. The stack is taken down at the end; its logs and ledger stay.
set -euo pipefail
export FITLEDGER_RUN_DIR=${FITLEDGER_RUN_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/run-bench-replay}
export FITLEDGER_PORT_BASE=${FITLEDGER_PORT_BASE:-1500}
source "$(dirname "$0")/../lib/common.sh"
source "$NETWORK_DIR/lib/postgres.sh"
source "$NETWORK_DIR/bench/classes.sh"
launcher="$FITLEDGER_HOME/fitledger"
bench="$RUN_DIR/bench"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$bench/replay-$stamp.txt"

# Profiling also times PostgreSQL's statements (pg_stat_statements, which FITLEDGER_PROFILE=1 loads).
[ "${FITLEDGER_BENCH_PROFILE:-0}" = 1 ] && export FITLEDGER_PROFILE=1
sql() { stack_psql fitledger -qAtX "$@"; }

log "load before: $(uptime)"
trap '"$launcher" down >/dev/null 2>&1 || true' EXIT
"$launcher" up
bench_compile "$bench"
{ echo "FitLedger replay benchmark, $stamp, $(nproc) cores, run directory $RUN_DIR"; echo; } >"$out"

FITLEDGER_DB_PASSWORD=$(db_password) java -Xmx512m -cp "$bench_classpath" \
  org.fitledger.gateway.bench.PatrolLedger \
  --gateway "http://$HOST:$(gateway_port)" --credentials "$RUN_DIR/demo-credentials.json" \
  --db-url "$(db_url)" --db-user "$(db_user)" --out "$bench/ledger-$stamp.txt" "$@"
cat "$bench/ledger-$stamp.txt" >>"$out"

{ echo; echo "index rebuild from block 0 (./fitledger index rebuild), load $(cut -d' ' -f1-3 /proc/loadavg):"; } >>"$out"
# JDK_JAVA_OPTIONS adds the Flight Recording to the rebuild's own JVM options.
profile=
if [ "${FITLEDGER_BENCH_PROFILE:-0}" = 1 ]; then
  profile="-XX:StartFlightRecording=filename=$bench/rebuild-$stamp.jfr,settings=profile"
  sql -c "create extension if not exists pg_stat_statements" -c "select pg_stat_statements_reset()" >/dev/null
fi
rebuild_log="$bench/rebuild-$stamp.log"
# CpuMeter runs the rebuild and says where the machine's CPU went meanwhile, process by process.
if java -cp "$bench_classpath" org.fitledger.gateway.bench.CpuMeter "$RUN_DIR" \
  env JDK_JAVA_OPTIONS="$profile" "$launcher" index rebuild >"$rebuild_log" 2>&1; then
  grep -v -e '^[0-9T:.-]*Z ' -e '^NOTE: Picked up' -e '\[jfr,startup\]' "$rebuild_log" >>"$out" || true
else
  { echo "the rebuild FAILED; its last lines:"; tail -20 "$rebuild_log"; } >>"$out"
  cat "$out"
  exit 1
fi

{ echo; echo "audit queries on the live index (network/bench/audit.sh --reuse --schema public):"; } >>"$out"
# The index's settings are read before they are handed on: db_password reads FITLEDGER_DB_PASSWORD
# once FITLEDGER_DB_URL is set.
url=$(db_url) user=$(db_user) password=$(db_password)
FITLEDGER_DB_URL=$url FITLEDGER_DB_USER=$user FITLEDGER_DB_PASSWORD=$password \
  FITLEDGER_RUN_DIR="$RUN_DIR" "$NETWORK_DIR/bench/audit.sh" --reuse --schema public --at now \
  --inspector inspector1 --runs 100 >"$bench/audit-$stamp.log" 2>&1 \
  || { echo "the audit benchmark FAILED; its last lines:"; tail -20 "$bench/audit-$stamp.log"; } >>"$out"
sed -n '/^FitLedger audit benchmark/,$p' "$bench/audit-$stamp.log" | grep -v -e '^written to' -e '\[fitledger\]' >>"$out"

if [ "${FITLEDGER_BENCH_PROFILE:-0}" = 1 ]; then
  { echo; echo "PostgreSQL's statements during the rebuild and the audit benchmark, by total time (pg_stat_statements):"
    echo "calls|total ms|rows|statement"
    sql -c "select calls, round(total_exec_time::numeric), rows, left(regexp_replace(query, '\s+', ' ', 'g'), 150)
            from pg_stat_statements order by total_exec_time desc limit 12"; } >>"$out"
fi
if [ -f "$bench/rebuild-$stamp.jfr" ]; then
  { echo; echo "the rebuild's JVM, profiled:"
    java -cp "$bench_classpath" org.fitledger.gateway.bench.Profiles "$bench/rebuild-$stamp.jfr"; } >>"$out"
fi
cat "$out"
log "written to $out"
