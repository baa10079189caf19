#!/usr/bin/env bash
# Makes sure the pinned Fabric commands and the chaincode-as-a-service builder exist, and prints
# the directory that holds them in Fabric's release layout: bin/, config/ and builders/ccaas/bin/.
#
# FABRIC_BIN names the bin/ directory of Fabric release binaries a user already has; its sibling
# config/ and builders/ccaas/ are used with it. Otherwise the commands are built once with
# `go install` at the pinned commit into the machine's cache and reused from there.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

COMMANDS=(peer orderer osnadmin configtxgen configtxlator cryptogen)

check_home() {
  local home=$1 cmd
  for cmd in "${COMMANDS[@]}"; do
    [ -x "$home/bin/$cmd" ] || return 1
  done
  for cmd in detect build release; do
    [ -x "$home/builders/ccaas/bin/$cmd" ] || return 1
  done
  [ -f "$home/config/core.yaml" ] && [ -f "$home/config/orderer.yaml" ]
}

if [ -n "${FABRIC_BIN:-}" ]; then
  home=$(cd "$FABRIC_BIN/.." && pwd)
  check_home "$home" || die "FABRIC_BIN=$FABRIC_BIN lacks one of ${COMMANDS[*]}, ../config/{core,orderer}.yaml or ../builders/ccaas/bin/{detect,build,release}"
  echo "$home"
  exit 0
fi

home="$FITLEDGER_CACHE/fabric-$FABRIC_VERSION-${FABRIC_COMMIT:0:12}"
if check_home "$home"; then
  echo "$home"
  exit 0
fi

command -v go >/dev/null || die "Go is needed to build Fabric $FABRIC_VERSION (or set FABRIC_BIN)"
ldflags="-X github.com/hyperledger/fabric/common/metadata.Version=$FABRIC_VERSION"
# A cache built before a command joined the list only lacks that command.
if [ -d "$home" ]; then
  missing=()
  for cmd in "${COMMANDS[@]}"; do
    [ -x "$home/bin/$cmd" ] || missing+=("github.com/hyperledger/fabric/cmd/$cmd@$FABRIC_COMMIT")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "adding what the Fabric $FABRIC_VERSION cache lacks: ${missing[*]}"
    GOBIN="$home/bin" go install -ldflags "$ldflags" "${missing[@]}" || die "go install failed (see above)"
  fi
  if check_home "$home"; then
    echo "$home"
    exit 0
  fi
fi
log "building Fabric $FABRIC_VERSION commands with go install (once per machine; a few minutes)"
tmp="$home.partial"
rm -rf "$tmp"
mkdir -p "$tmp/bin" "$tmp/builders/ccaas/bin" "$tmp/config"
pkgs=()
for cmd in "${COMMANDS[@]}"; do
  pkgs+=("github.com/hyperledger/fabric/cmd/$cmd@$FABRIC_COMMIT")
done
GOBIN="$tmp/bin" go install -ldflags "$ldflags" "${pkgs[@]}" ||
  die "go install of Fabric $FABRIC_VERSION failed (see above); set FABRIC_BIN to use release binaries instead"
GOBIN="$tmp/builders/ccaas/bin" go install \
  "github.com/hyperledger/fabric/ccaas_builder/cmd/detect@$FABRIC_COMMIT" \
  "github.com/hyperledger/fabric/ccaas_builder/cmd/build@$FABRIC_COMMIT" \
  "github.com/hyperledger/fabric/ccaas_builder/cmd/release@$FABRIC_COMMIT" ||
  die "go install of the chaincode-as-a-service builder failed (see above)"
# The sample configuration of the same commit: the peer and orderer read their defaults from it.
src=$(go mod download -json "github.com/hyperledger/fabric@$FABRIC_COMMIT" |
  sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p') && [ -n "$src" ] ||
  die "could not locate the Fabric module in the Go module cache"
cp "$src/sampleconfig/core.yaml" "$src/sampleconfig/orderer.yaml" "$tmp/config/"
chmod -R u+w "$tmp/config"
rm -rf "$home"
mv "$tmp" "$home"
check_home "$home" || die "Fabric build in $home is incomplete"
echo "$home"
