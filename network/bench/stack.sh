#!/usr/bin/env bash
# Benchmark of the whole stack on this machine, written to $FITLEDGER_RUN_DIR/bench/stack-<time>.txt
# (default run-bench/bench/…) and printed:
#   - wall time of `./fitledger up` warm (binaries and jars built, fresh run directory); with
#     --cold everything is built first as on a fresh machine: the jars from `mvn clean`, with empty
#     Go and Maven caches and an empty Fabric cache, so that Fabric and fabric-ca are built from
#     source (the empty caches are folders of the run directory; the machine's own stay as they
#     are, and FABRIC_BIN, FABRIC_CA_BIN and FABRIC_SOURCE are ignored);
#   - the time from the start of `up` until the chaincode is committed, and until an indexer is
#     active;
#   - the steady-state memory (RSS) of every process of the stack, and their sum.
# It uses its own run directory and ports (base 26100) and takes its stack down at the end.
#
#   network/bench/stack.sh [--cold]
set -euo pipefail
export FITLEDGER_RUN_DIR=${FITLEDGER_RUN_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/run-bench}
export FITLEDGER_PORT_BASE=${FITLEDGER_PORT_BASE:-26100}
source "$(dirname "$0")/../lib/common.sh"
source "$NETWORK_DIR/lib/proc.sh"
launcher="$FITLEDGER_HOME/fitledger"

mode=warm
if [ "${1:-}" = --cold ]; then
  mode=cold
  cold="$RUN_DIR.cold-caches"
  empty_cold_caches() { [ ! -d "$cold" ] || { chmod -R u+w "$cold" && rm -rf "$cold"; }; }
  empty_cold_caches
  export FITLEDGER_CACHE="$cold/fitledger" GOCACHE="$cold/go-build" GOMODCACHE="$cold/go-mod"
  export MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.repo.local=$cold/m2"
  unset FABRIC_BIN FABRIC_CA_BIN FABRIC_SOURCE
  (cd "$FITLEDGER_HOME" && mvn -B -q clean)
fi

"$launcher" clean >/dev/null 2>&1
trap '"$launcher" down >/dev/null 2>&1 || true; [ $mode = warm ] || empty_cold_caches' EXIT

start=$(date +%s.%N)
committed= indexing=
while IFS= read -r line; do
  printf '%s\n' "$line" >&2
  case $line in
    *"network up:"*) committed=$(date +%s.%N) ;;
    *"an active indexer:"*) indexing=$(date +%s.%N) ;;
  esac
done < <("$launcher" up 2>&1)
end=$(date +%s.%N)
[ -n "$committed" ] || die "up did not reach a committed chaincode"
[ -n "$indexing" ] || die "up did not reach an active indexer"

# Let the JVMs settle after start-up before reading their memory.
sleep "${FITLEDGER_BENCH_SETTLE:-20}"

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
# PSS shares each shared page among the processes that map it; PostgreSQL's backends all map the
# same shared buffers, which RSS counts once per backend.
pss_kib() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
mkdir -p "$RUN_DIR/bench"
out="$RUN_DIR/bench/stack-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "FitLedger stack benchmark, $(date -u +%FT%TZ), $(nproc) cores, $mode"
  awk -v s="$start" -v c="$committed" -v i="$indexing" -v e="$end" 'BEGIN {
    printf "up wall time:                    %6.1f s\n", e - s
    printf "up start to chaincode committed: %6.1f s\n", c - s
    printf "up start to an active indexer:   %6.1f s\n", i - s }'
  echo "memory after ${FITLEDGER_BENCH_SETTLE:-20} s:     RSS        PSS"
  total=0 total_pss=0
  for name in $(running_processes); do
    pid=$(cat "$PID_DIR/$name.pid")
    kib=$(rss_kib "$pid") pss=$(pss_kib "$pid")
    total=$((total + kib)) total_pss=$((total_pss + pss))
    printf '  %-20s %7d MiB %7d MiB\n' "$name" $((kib / 1024)) $((pss / 1024))
  done
  pg=0 pg_pss=0
  postmaster=$(head -1 "$RUN_DIR/postgres/data/postmaster.pid" 2>/dev/null || echo 0)
  for pid in "$postmaster" $(pgrep -P "$postmaster" || true); do
    pg=$((pg + $(rss_kib "$pid"))) pg_pss=$((pg_pss + $(pss_kib "$pid")))
  done
  total=$((total + pg)) total_pss=$((total_pss + pg_pss))
  printf '  %-20s %7d MiB %7d MiB\n' "postgres (all)" $((pg / 1024)) $((pg_pss / 1024))
  printf '  %-20s %7d MiB %7d MiB\n' "total" $((total / 1024)) $((total_pss / 1024))
} | tee "$out"
echo "written to $out" >&2
