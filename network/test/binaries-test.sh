#!/usr/bin/env bash
# Tests of network/binaries.sh's refusals, which need no build: each case runs it with an empty
# cache of its own and checks its exit status, its message, and that it left no cache behind.
#
#   network/test/binaries-test.sh
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binaries="$here/../binaries.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0 cases=0

# expect_refusal NAME PATTERN [VAR=VALUE...]: binaries.sh, run with the settings, exits non-zero,
# says PATTERN (grep -E) on stderr, prints nothing on stdout and leaves its cache empty.
expect_refusal() {
  local name=$1 pattern=$2 cache="$work/cache-$cases" out err status
  shift 2
  cases=$((cases + 1))
  out=$(env -u FABRIC_BIN -u FABRIC_SOURCE FITLEDGER_CACHE="$cache" GOPROXY=off "$@" "$binaries" 2>"$work/err")
  status=$? err=$(cat "$work/err")
  if [ $status -eq 0 ] || [ -n "$out" ] || ! tr '\n' ' ' <<<"$err" | grep -qE "$pattern" ||
    [ -n "$(ls -A "$cache" 2>/dev/null)" ]; then
    failures=$((failures + 1))
    printf 'FAIL %s: exit %s, stdout [%s], cache [%s], stderr:\n%s\n' "$name" "$status" "$out" \
      "$(ls -A "$cache" 2>/dev/null | tr '\n' ' ')" "$err" >&2
  else
    printf 'ok   %s\n' "$name" >&2
  fi
}

# An archive whose bytes differ from the pinned one by a single byte.
tampered="$work/fabric-3.1.5-src.tar.gz"
source "$here/../lib/common.sh"
if [ -f "$(dirname "$FITLEDGER_HOME")/shared/third_party/fabric/fabric-3.1.5-src.tar.gz" ]; then
  cp "$(dirname "$FITLEDGER_HOME")/shared/third_party/fabric/fabric-3.1.5-src.tar.gz" "$tampered"
  printf '\x00' | dd of="$tampered" bs=1 seek=4096 conv=notrunc status=none
else
  head -c 65536 /dev/urandom >"$tampered"
fi
expect_refusal "a tampered archive is refused before anything is extracted" \
  "has SHA-256 [0-9a-f]{64}, expected $FABRIC_SOURCE_SHA256.*refusing to build" FABRIC_SOURCE="$tampered"

mkdir -p "$work/not-fabric" && echo "module example.com/other" >"$work/not-fabric/go.mod"
expect_refusal "a tree that is not Fabric's source is refused" \
  "is not a Fabric source tree" FABRIC_SOURCE="$work/not-fabric"

expect_refusal "a FABRIC_SOURCE that does not exist is refused" \
  "FABRIC_SOURCE=$work/missing does not exist" FABRIC_SOURCE="$work/missing"

mkdir -p "$work/release/bin" "$work/release/config" && touch "$work/release/bin/peer" && chmod +x "$work/release/bin/peer"
expect_refusal "FABRIC_BIN without every command is refused" \
  "FABRIC_BIN=$work/release/bin lacks one of" FABRIC_BIN="$work/release/bin"

# A checkout with no source mirror beside it, on a machine whose proxy serves nothing: one error
# that lists every way.
expect_refusal "with no way left, one error lists them all" \
  "could not be had.*FABRIC_BIN=.*FABRIC_SOURCE=.*offline source mirror.*Go module proxy" \
  FITLEDGER_HOME="$work/checkout"

echo "binaries.sh: $((cases - failures)) of $cases cases passed" >&2
[ $failures -eq 0 ]
