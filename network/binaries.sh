#!/usr/bin/env bash
# Makes sure the pinned Fabric commands and the chaincode-as-a-service builder exist, and prints
# the directory that holds them in Fabric's release layout: bin/, config/ and builders/ccaas/bin/.
# It says on stderr which of these it used, tried in this order:
#
#   1. FABRIC_BIN: the bin/ directory of Fabric release binaries a user already has; its siblings
#      config/ and builders/ccaas/bin/ are used with it;
#   2. the machine's cache ($FITLEDGER_CACHE/fabric-VERSION-COMMIT), filled by 3 or 4 on first use;
#   3. a source archive: FABRIC_SOURCE names an archive or an extracted tree; without it, the
#      offline source mirror ../shared/third_party/fabric/fabric-VERSION-src.tar.gz beside the
#      checkout. An archive's SHA-256 must equal FABRIC_SOURCE_SHA256 before anything is extracted;
#   4. `go install` at the pinned commit, for machines whose Go module proxy serves Fabric.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

COMMANDS=(peer orderer osnadmin configtxgen configtxlator cryptogen)
BUILDER_COMMANDS=(detect build release)
MODULE=github.com/hyperledger/fabric
LDFLAGS="-X $MODULE/common/metadata.Version=$FABRIC_VERSION -X $MODULE/common/metadata.CommitSHA=${FABRIC_COMMIT:0:7}"
MIRROR_ARCHIVE="$(dirname "$FITLEDGER_HOME")/shared/third_party/fabric/fabric-${FABRIC_VERSION#v}-src.tar.gz"

check_home() {
  local home=$1 cmd
  for cmd in "${COMMANDS[@]}"; do [ -x "$home/bin/$cmd" ] || return 1; done
  for cmd in "${BUILDER_COMMANDS[@]}"; do [ -x "$home/builders/ccaas/bin/$cmd" ] || return 1; done
  [ -f "$home/config/core.yaml" ] && [ -f "$home/config/orderer.yaml" ]
}

started=$SECONDS
step() { log "Fabric $FABRIC_VERSION: $* ($((SECONDS - started)) s)"; }

# build_from_tree SRC OUT: builds the commands, the builder and the sample configuration of the
# Fabric source tree SRC into OUT.
build_from_tree() {
  local src=$1 out=$2
  mkdir -p "$out/bin" "$out/builders/ccaas/bin" "$out/config"
  step "building ${COMMANDS[*]} (go build, with the dependencies vendored in the source)"
  (cd "$src" && go build -trimpath -ldflags "$LDFLAGS" -o "$out/bin/" "${COMMANDS[@]/#/./cmd/}") ||
    die "building Fabric $FABRIC_VERSION from $src failed (see above)"
  step "building the chaincode-as-a-service builder (its few dependencies come from the Go module proxy)"
  (cd "$src/ccaas_builder" && go build -trimpath -o "$out/builders/ccaas/bin/" "${BUILDER_COMMANDS[@]/#/./cmd/}") ||
    die "building the chaincode-as-a-service builder from $src/ccaas_builder failed (see above)"
  cp "$src/sampleconfig/core.yaml" "$src/sampleconfig/orderer.yaml" "$out/config/"
  chmod -R u+w "$out/config"
}

# from_source SOURCE OUT: SOURCE is an archive (checked against its pinned hash, then extracted)
# or an extracted tree.
from_source() {
  local source=$1 out=$2
  if [ -d "$source" ]; then
    [ -f "$source/go.mod" ] && grep -q "^module $MODULE\$" "$source/go.mod" ||
      die "FABRIC_SOURCE=$source is not a Fabric source tree (no go.mod of $MODULE)"
    step "using the source tree $source"
    build_from_tree "$source" "$out"
    return
  fi
  local sum
  sum=$(sha256sum "$source" | cut -d' ' -f1)
  [ "$sum" = "$FABRIC_SOURCE_SHA256" ] ||
    die "$source has SHA-256 $sum, expected $FABRIC_SOURCE_SHA256 (Fabric $FABRIC_VERSION); refusing to build from it"
  step "extracting $source (SHA-256 checked)"
  mkdir -p "$out/src"
  tar -xzf "$source" -C "$out/src" --strip-components=1 || die "could not extract $source"
  build_from_tree "$out/src" "$out"
  rm -rf "$out/src"
}

from_go_install() {
  local out=$1 src
  mkdir -p "$out/bin" "$out/builders/ccaas/bin" "$out/config"
  step "building with go install at commit $FABRIC_COMMIT"
  GOBIN="$out/bin" go install -trimpath -ldflags "$LDFLAGS" "${COMMANDS[@]/#/$MODULE/cmd/}" ||
    return 1
  GOBIN="$out/builders/ccaas/bin" go install -trimpath \
    "${BUILDER_COMMANDS[@]/#/$MODULE/ccaas_builder/cmd/}" || return 1
  src=$(go mod download -json "$MODULE@$FABRIC_COMMIT" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [ -n "$src" ] || return 1
  cp "$src/sampleconfig/core.yaml" "$src/sampleconfig/orderer.yaml" "$out/config/"
  chmod -R u+w "$out/config"
}

if [ -n "${FABRIC_BIN:-}" ]; then
  home=$(cd "$FABRIC_BIN/.." && pwd)
  check_home "$home" || die "FABRIC_BIN=$FABRIC_BIN lacks one of ${COMMANDS[*]}, ../config/{core,orderer}.yaml or ../builders/ccaas/bin/{detect,build,release}"
  log "Fabric $FABRIC_VERSION: release binaries from FABRIC_BIN ($home)"
  echo "$home"
  exit 0
fi

home="$FITLEDGER_CACHE/fabric-$FABRIC_VERSION-${FABRIC_COMMIT:0:12}"
if check_home "$home"; then
  log "Fabric $FABRIC_VERSION: the machine's cache ($home)"
  echo "$home"
  exit 0
fi

command -v go >/dev/null || die "Go is needed to build Fabric $FABRIC_VERSION; or set FABRIC_BIN to release binaries"
# Whatever builds, builds into a partial folder that becomes the cache only when complete.
partial="$home.partial"
rm -rf "$partial"
source=${FABRIC_SOURCE:-}
[ -n "$source" ] || { [ -f "$MIRROR_ARCHIVE" ] && source=$MIRROR_ARCHIVE; } || true
if [ -n "$source" ]; then
  [ -e "$source" ] || die "FABRIC_SOURCE=$source does not exist"
  log "Fabric $FABRIC_VERSION: building from source $source into $home (once per machine)"
  from_source "$source" "$partial"
elif ! { log "Fabric $FABRIC_VERSION: no source archive at $MIRROR_ARCHIVE; trying go install"
  from_go_install "$partial"; }; then
  rm -rf "$partial"
  die "Fabric $FABRIC_VERSION could not be had. Any one of these gives it:
  - FABRIC_BIN=DIR/bin: Fabric $FABRIC_VERSION release binaries (with DIR/config and DIR/builders/ccaas);
  - FABRIC_SOURCE=ARCHIVE_OR_TREE: Fabric's source at $FABRIC_COMMIT (an archive must have SHA-256 $FABRIC_SOURCE_SHA256);
  - the offline source mirror $MIRROR_ARCHIVE;
  - a Go module proxy that serves $MODULE@$FABRIC_COMMIT (this one did not)."
fi
check_home "$partial" || die "the Fabric build in $partial is incomplete"
rm -rf "$home"
mv "$partial" "$home"
step "built into $home"
echo "$home"
