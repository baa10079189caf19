#!/usr/bin/env bash
# The schema-driven fuzzer stage: schemathesis, pinned in requirements.txt beside this file, sends
# requests generated from the gateway's OpenAPI document (/v3/api-docs) to a running stack, once as
# each of a supervisor, an inspector and a contractor, with a fixed seed and a bounded number of
# examples per operation. It fails on a server error (5xx), a response that its schema does not
# describe, or a status code or content type the document does not declare.
#
#   FITLEDGER_GATEWAY_URL=http://127.0.0.1:8080 FITLEDGER_CREDENTIALS=run/demo-credentials.json \
#     gateway/src/test/fuzz/fuzz.sh
#
# Settings: FITLEDGER_FUZZ_PEOPLE (default "supervisor1 inspector1 contractor1"),
# FITLEDGER_FUZZ_SEED (default 20261122), FITLEDGER_FUZZ_EXAMPLES (per operation, default 20),
# FITLEDGER_FUZZ_WORKERS (operations tested at once, default 1), FITLEDGER_FUZZ_REPORT_DIR (default
# gateway/target/fuzz). The report directory gets, per person, schemathesis's output (PERSON.log),
# its JSON and NDJSON reports, and one line of summary.tsv: person, requests sent, server errors,
# schema violations, other failed checks, seconds.
#
# schemathesis is installed on first use into a virtualenv in the machine's cache
# (${FITLEDGER_CACHE:-~/.cache/fitledger}/schemathesis-VERSION-pyX.Y-HASH, HASH from requirements.txt;
# see network/lib/pinned_python.sh), with pip --require-hashes, and reused after that.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../../../network/lib/common.sh"
source "$NETWORK_DIR/lib/pinned_python.sh"

url=${FITLEDGER_GATEWAY_URL:?set FITLEDGER_GATEWAY_URL, e.g. http://127.0.0.1:8080}
credentials=${FITLEDGER_CREDENTIALS:?set FITLEDGER_CREDENTIALS to the demo-credentials.json of the stack}
people=${FITLEDGER_FUZZ_PEOPLE:-supervisor1 inspector1 contractor1}
seed=${FITLEDGER_FUZZ_SEED:-20261122}
examples=${FITLEDGER_FUZZ_EXAMPLES:-20}
# One operation at a time. With two worker threads, Python 3.11 (this machine's) once failed inside
# schemathesis's own case generation, "AST constructor recursion depth mismatch (before=66,
# after=60)": CPython keeps that depth in state the threads share while Hypothesis parses source
# files for its reports (python/cpython#106905), so the run ended with a tool error, not a finding.
# Each operation's requests come from the seed whatever the number of workers.
workers=${FITLEDGER_FUZZ_WORKERS:-1}
reports=${FITLEDGER_FUZZ_REPORT_DIR:-$FITLEDGER_HOME/gateway/target/fuzz}
checks=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance

# token PERSON: a bearer token from POST /api/v1/session.
token() {
  python3 - "$url/api/v1/session" "$credentials" "$1" <<'PY'
import json, sys, urllib.request
url, credentials, person = sys.argv[1:]
body = json.dumps({"username": person, "password": json.load(open(credentials))[person]}).encode()
request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
print(json.load(urllib.request.urlopen(request, timeout=30))["accessToken"])
PY
}

# summarize PERSON SECONDS: the summary line of one person's run, from its NDJSON events: every
# request sent, those answered 5xx, the cases whose response broke its schema, the other failures.
summarize() {
  python3 - "$reports/$1.ndjson" "$1" "$2" <<'PY'
import json, os, sys
events, person, seconds = sys.argv[1:]
requests = server_errors = schema = other = 0
# No events at all (schemathesis could not start) is no request sent.
for line in open(events) if os.path.exists(events) else ():
    event = json.loads(line).get("ScenarioFinished")
    if not event:
        continue
    recorder = event["recorder"]
    for interaction in recorder.get("interactions", {}).values():
        requests += 1
        response = interaction.get("response") or {}
        server_errors += response.get("status_code", 0) >= 500
    for results in recorder.get("checks", {}).values():
        for check in results:
            if check["status"] == "failure" and check["name"] != "not_a_server_error":
                if check["name"] == "response_schema_conformance":
                    schema += 1
                else:
                    other += 1
print("\t".join(map(str, (person, requests, server_errors, schema, other, seconds))))
PY
}

python=$(pinned_python "schemathesis-$(sed -n 's/^schemathesis==\([^ ]*\).*/\1/p' "$here/requirements.txt")" "$here/requirements.txt")
rm -rf "$reports"
mkdir -p "$reports"
status=0
for person in $people; do
  bearer=$(token "$person") || die "no token for $person from $url/api/v1/session"
  log "fuzzing $url as $person: seed $seed, at most $examples examples per operation"
  started=$SECONDS
  set +e
  # In the report directory, which also gets schemathesis's own cache (.schemathesis/).
  (cd "$reports" && "$python" -m schemathesis.cli --no-color run "$url/v3/api-docs" \
    -H "Authorization: Bearer $bearer" --checks "$checks" --seed "$seed" \
    --max-examples "$examples" --generation-database none --workers "$workers" --request-timeout 30 \
    --report json,ndjson --report-json-path "$reports/$person.json" \
    --report-ndjson-path "$reports/$person.ndjson" >"$reports/$person.log" 2>&1)
  code=$?
  set -e
  line=$(summarize "$person" $((SECONDS - started)))
  printf '%s\n' "$line" >>"$reports/summary.tsv"
  IFS=$'\t' read -r _ requests server_errors schema other seconds <<<"$line"
  if [ "$code" != 0 ]; then
    status=1
    sed -n '/^=* \(FAILURES\|ERRORS\) =*$/,$p' "$reports/$person.log" | grep . >&2 ||
      tail -n 40 "$reports/$person.log" >&2
  fi
  log "$person: $requests requests, $server_errors server errors, $schema schema violations," \
    "$other other failures in ${seconds}s (schemathesis exit $code; $reports/$person.log)"
done
exit $status
