#!/usr/bin/env bash
# Makes sure fabric-ca-server and fabric-ca-client of the pinned fabric-ca version exist, and prints
# the directory that holds them.
#
# FABRIC_CA_BIN names a directory that already holds both commands. Otherwise they are built once
# into the machine's cache and reused from there. They are built from the module source rather
# than with `go install …@version`, which also asks the proxy for the module's version list, and
# some proxy mirrors refuse that list while they serve the module itself. The module's hash is
# checked against the pinned go.sum hash before anything is built.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

check_bin() {
  [ -x "$1/fabric-ca-server" ] && [ -x "$1/fabric-ca-client" ] &&
    "$1/fabric-ca-server" version 2>/dev/null | grep -q "Version: ${FABRIC_CA_VERSION#v}\$"
}

if [ -n "${FABRIC_CA_BIN:-}" ]; then
  check_bin "$FABRIC_CA_BIN" ||
    die "FABRIC_CA_BIN=$FABRIC_CA_BIN does not hold fabric-ca-server and fabric-ca-client $FABRIC_CA_VERSION"
  (cd "$FABRIC_CA_BIN" && pwd)
  exit 0
fi

bin="$FITLEDGER_CACHE/fabric-ca-$FABRIC_CA_VERSION/bin"
if check_bin "$bin"; then
  echo "$bin"
  exit 0
fi

command -v go >/dev/null || die "Go is needed to build fabric-ca $FABRIC_CA_VERSION (or set FABRIC_CA_BIN)"
command -v gcc >/dev/null || die "gcc is needed to build fabric-ca $FABRIC_CA_VERSION (cgo, for SQLite)"
log "building fabric-ca $FABRIC_CA_VERSION (once per machine; a few minutes)"
module=github.com/hyperledger/fabric-ca
info=$(cd / && GOFLAGS=-mod=mod go mod download -json "$module@$FABRIC_CA_VERSION") ||
  die "could not download $module@$FABRIC_CA_VERSION (see above); set FABRIC_CA_BIN to use built commands instead"
read -r src sum < <(python3 -c 'import json,sys; m = json.load(sys.stdin); print(m["Dir"], m["Sum"])' <<<"$info")
[ "$sum" = "$FABRIC_CA_SUM" ] || die "$module@$FABRIC_CA_VERSION has hash $sum, expected $FABRIC_CA_SUM"
tmp="${bin%/bin}.partial"
rm -rf "$tmp" && mkdir -p "$tmp/bin"
(cd "$src" && CGO_ENABLED=1 go build -trimpath \
  -ldflags "-X $module/lib/metadata.Version=${FABRIC_CA_VERSION#v}" \
  -o "$tmp/bin/" ./cmd/fabric-ca-server ./cmd/fabric-ca-client) ||
  die "building fabric-ca $FABRIC_CA_VERSION failed (see above)"
rm -rf "${bin%/bin}"
mv "$tmp" "${bin%/bin}"
check_bin "$bin" || die "fabric-ca build in $bin is incomplete"
echo "$bin"
