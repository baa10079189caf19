#!/usr/bin/env bash
# Benchmark of the ledger's rules through the gateway's REST API (issue 3's figures), on a fresh
# stack of its own (run directory run-bench-ledger/, ports from 13500, below the kernel's ephemeral ports), in one run on one network.
# It seeds a site-scoped contract per company and equipment in SH/PD, then at each concurrency
# measures, each for a warm-up and then a fixed time, with closed-loop clients:
#   - the no-op ping (POST /api/v1/ledger/ping), the ceiling;
#   - patrol submissions of 10 inspections, all OK, by inspector1..3;
#   - the same patrols signed on each inspector's own device (the gateway prepares, the device
#     reads and signs the proposal, then the endorsed transaction: three requests per patrol),
#     with their ratios to the gateway-signed patrols of the same run;
#   - ticket transitions (acknowledge, repair, verify) on MINOR tickets opened just before;
# Each measurement also reports how long the writes took from commit until their rows were visible
# in the index (p50/p99 of the gateway's fitledger.index.visibility histogram). At the end the
# index is rebuilt from block 0 (./fitledger index rebuild), which reports the replay rate.
# Each workload first runs once unmeasured (the prewarm), so that the JVMs have compiled their hot
# code before the first measurement. It reports committed tx/s, p50 and p99 latency, errors by code, the ratios to the ceiling, the
# CPU of every process and the load average. The report goes to
# $FITLEDGER_RUN_DIR/bench/ledger-<time>.txt and stdout; the stack is taken down at the end (its
# logs stay in the run directory).
#
#   network/bench/ledger.sh [--clients 16,64,128] [--prewarm 60] [--warmup 20] [--measure 60]
#                           [--workloads ping,patrol,device,transitions]
#
# With FITLEDGER_BENCH_PROFILE=1 it also profiles every measured window, per process and per
# function: a Java Flight Recording of each JVM (gateway, indexers, chaincode servers) and a Go CPU
# profile of each peer and orderer (FITLEDGER_PROFILE=1 opens their /debug/pprof servers). The
# report ends with each one's summary; the recordings stay in $FITLEDGER_RUN_DIR/bench/profile-<time>/
# for `jfr print` and `go tool pprof`.
#
# Defaults: 64 clients, 60 s prewarm, 20 s warm-up, 60 s measured (FITLEDGER_BENCH_CLIENTS,
# _PREWARM, _WARMUP, _MEASURE);
# the stack's own settings (FITLEDGER_BATCH_TIMEOUT, FITLEDGER_GATEWAY_JAVA_OPTS, FABRIC_BIN, …)
# pass through to `./fitledger up`. The benchmark is org.fitledger.gateway.bench.LedgerBenchmark
# in the gateway's test sources, compiled and run on the gateway's test classpath:
# (network/bench/classes.sh compiles it):
#   java -cp CLASSPATH org.fitledger.gateway.bench.LedgerBenchmark [options]
# (an unknown option prints the usage)
set -euo pipefail
export FITLEDGER_RUN_DIR=${FITLEDGER_RUN_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/run-bench-ledger}
export FITLEDGER_PORT_BASE=${FITLEDGER_PORT_BASE:-13500}
# The gateway-signed workloads (ping, patrol, transitions) are the unsafe custodial path, measured
# beside the device-signed one: this benchmark's own stack, and only it, lets the gateway sign for
# the inspectors and contractors.
export FITLEDGER_UNSAFE_GATEWAY_SIGNING=true
source "$(dirname "$0")/../lib/common.sh"
launcher="$FITLEDGER_HOME/fitledger"
bench="$RUN_DIR/bench"

log "load before: $(uptime)"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
profile_args=()
if [ "${FITLEDGER_BENCH_PROFILE:-0}" = 1 ]; then
  export FITLEDGER_PROFILE=1
  go_nodes=()
  for org in "${ORGS[@]}"; do go_nodes+=("peer-$org=$HOST:$(peer_profile_port "$org")"); done
  for n in 1 2 3; do go_nodes+=("orderer$n=$HOST:$(orderer_profile_port "orderer$n")"); done
  profile_args=(--profile-dir "$bench/profile-$stamp" --go-profiles "$(IFS=,; echo "${go_nodes[*]}")"
    --postgres "jdbc:postgresql://$HOST:$(postgres_port)/fitledger")
fi
"$launcher" clean >/dev/null 2>&1
trap '"$launcher" down >/dev/null 2>&1 || true' EXIT
"$launcher" up

source "$NETWORK_DIR/bench/classes.sh"
bench_compile "$bench"

out="$bench/ledger-$stamp.txt"
java -Xmx512m -cp "$bench_classpath" \
  org.fitledger.gateway.bench.LedgerBenchmark \
  --gateway "http://$HOST:$(gateway_port)" \
  --credentials "$RUN_DIR/demo-credentials.json" \
  --run-dir "$RUN_DIR" \
  --out "$out" \
  --clients "${FITLEDGER_BENCH_CLIENTS:-64}" \
  --prewarm "${FITLEDGER_BENCH_PREWARM:-60}" \
  --warmup "${FITLEDGER_BENCH_WARMUP:-20}" \
  --measure "${FITLEDGER_BENCH_MEASURE:-60}" \
  --label "orderer BatchTimeout ${FITLEDGER_BATCH_TIMEOUT:-250ms}, MaxMessageCount ${FITLEDGER_BATCH_MAX_MESSAGES:-100}; chaincode JVM ${FITLEDGER_CHAINCODE_JAVA_OPTS:-default}; gateway JVM ${FITLEDGER_GATEWAY_JAVA_OPTS:-default}" \
  "${profile_args[@]}" \
  "$@"
echo "load after: $(uptime)" | tee -a "$out"
# The index's replay rate on the ledger the benchmark just wrote: a rebuild from block 0, compared
# table by table with the live index.
{ echo; echo "index rebuild from block 0 of this ledger (./fitledger index rebuild):"; } >>"$out"
# A failed rebuild says so in the report, with its last lines, rather than leaving the section empty.
rebuild_log="$bench/rebuild-$stamp.log"
if "$launcher" index rebuild >"$rebuild_log" 2>&1; then
  grep -v '^[0-9T:.-]*Z ' "$rebuild_log" | tee -a "$out" || true
else
  { echo "the rebuild FAILED (exit $?); its last lines:"; tail -20 "$rebuild_log"; } | tee -a "$out"
fi
log "written to $out"
