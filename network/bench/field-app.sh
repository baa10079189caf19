#!/usr/bin/env bash
# Benchmark of the field app (issue 5's figures) on a fresh stack of its own (run directory
# run-bench-field/, ports from 23000), in one run, in Debian's headless Chromium:
#   - the app shell's JS and CSS bytes after gzip -9 (each file the service worker caches);
#   - first load (empty cache) and repeat load (shell from the service worker) on loopback, from
#     navigation start until the sign-in screen is drawn, p50 and max of FITLEDGER_BENCH_LOADS (15);
#   - FITLEDGER_BENCH_QUEUED (200) inspections with a photo each recorded offline, then the time
#     from going online until every one is on the ledger, the ledger's count of them (duplicates),
#     and, as the reference in the same run, the same number of patrols with photos sent straight
#     to the API by 6 clients; the ratio of the two.
# The report goes to $FITLEDGER_RUN_DIR/bench/field-app-<time>.txt and stdout; the stack is taken
# down at the end. FABRIC_BIN and the stack's other settings pass through to `./fitledger up`.
# The benchmark is org.fitledger.patrolapp.FieldAppBenchmark in the patrol app's test sources.
#
#   network/bench/field-app.sh
set -euo pipefail
export FITLEDGER_RUN_DIR=${FITLEDGER_RUN_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/run-bench-field}
export FITLEDGER_PORT_BASE=${FITLEDGER_PORT_BASE:-23000}
source "$(dirname "$0")/../lib/common.sh"
launcher="$FITLEDGER_HOME/fitledger"
log "load before: $(uptime)"
"$launcher" clean >/dev/null 2>&1
trap '"$launcher" down >/dev/null 2>&1 || true' EXIT
"$launcher" up
mkdir -p "$RUN_DIR/bench"
out="$RUN_DIR/bench/field-app-$(date -u +%Y%m%dT%H%M%SZ).txt"
(cd "$FITLEDGER_HOME" && FITLEDGER_HOME="$FITLEDGER_HOME" FITLEDGER_GATEWAY_URL="http://$HOST:$(gateway_port)" \
  FITLEDGER_PATROL_APP_URL="http://$HOST:$(patrol_app_port)" \
  FITLEDGER_CREDENTIALS="$RUN_DIR/demo-credentials.json" FITLEDGER_BENCH_OUT="$out" \
  mvn -B -q -Pit -pl patrol-app verify -Dit.test=FieldAppBenchmark -Dspotless.check.skip=true)
echo "load after: $(uptime)" | tee -a "$out"
log "written to $out"
