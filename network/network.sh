#!/usr/bin/env bash
# The FitLedger Fabric network from native binaries: three Raft orderers, one peer and one Fabric
# CA for each of the Authority, Patrol and Contractor orgs, the `maintenance` channel, the demo
# people enrolled at their org's CA, and the `fitledger` chaincode run as a service by one
# chaincode server per org. Every step is skipped when already done, so `up` can be run again at
# any time.
#
#   network.sh up                  start (and on first use create) the network
#   network.sh down                stop the network's processes; the ledger stays in the run directory
#   network.sh peer ORG …          run the peer CLI as ORG's admin (authority, patrol or contractor)
#   network.sh as PERSON[@PEER] …  run the peer CLI as a demo person, against their org's peer or
#                                  PEER (ORG or ORG/N, e.g. supervisor1@authority/1)
#   network.sh enrol-code PERSON   issue PERSON a one-time code to enrol their own device with; a
#                                  person re-enrolling has every certificate they hold revoked first
#   network.sh revoke PERSON [REASON]
#                                  revoke PERSON at their org's CA and put the CA's CRL into the
#                                  org's MSP on the channel, so that every peer refuses them
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$NETWORK_DIR/lib/hosts.sh"
source "$NETWORK_DIR/lib/proc.sh"
source "$NETWORK_DIR/lib/nodes.sh"
source "$NETWORK_DIR/lib/artifacts.sh"
source "$NETWORK_DIR/lib/people.sh"
source "$NETWORK_DIR/lib/ca.sh"
source "$NETWORK_DIR/lib/channel.sh"

CHAINCODE_JAR=${FITLEDGER_CHAINCODE_JAR:-$FITLEDGER_HOME/chaincode/target/fitledger-chaincode.jar}

make_crypto() {
  [ -d "$CRYPTO_DIR" ] && return 0
  log "generating crypto material for the orderer org and the Authority, Patrol and Contractor orgs"
  mkdir -p "$CONFIG_DIR"
  write_crypto_config "$CONFIG_DIR/crypto-config.yaml"
  "$FABRIC_HOME/bin/cryptogen" generate --config="$CONFIG_DIR/crypto-config.yaml" \
    --output="$CRYPTO_DIR.partial" >/dev/null
  # The chaincode servers need only TLS; an MSP identity of theirs would be a spare peer identity.
  local org
  for org in "${ORGS[@]}"; do
    rm -rf "$CRYPTO_DIR.partial/peerOrganizations/$(org_domain "$org")/peers/chaincode.$(org_domain "$org")/msp"
  done
  mv "$CRYPTO_DIR.partial" "$CRYPTO_DIR"
}

make_channel_block() {
  local block="$CONFIG_DIR/$CHANNEL.block"
  [ -f "$block" ] && return 0
  log "creating the genesis block of channel $CHANNEL"
  write_configtx "$CONFIG_DIR/configtx.yaml"
  FABRIC_CFG_PATH="$CONFIG_DIR" "$FABRIC_HOME/bin/configtxgen" -profile Maintenance \
    -channelID "$CHANNEL" -outputBlock "$block.partial" 2>>"$LOG_DIR/configtxgen.log"
  mv "$block.partial" "$block"
}

start_orderers() {
  local name
  for name in "${ORDERERS[@]}"; do
    mkdir -p "$DATA_DIR/$name"
    # shellcheck disable=SC2046
    with orderer_env "$name" start_process "$name" $(on_host "$name") "$FABRIC_HOME/bin/orderer"
  done
  for name in "${ORDERERS[@]}"; do
    wait_ready "$name" "http://$(node_host "$name"):$(orderer_ops_port "$name")/healthz" 60
  done
}

join_orderers() {
  local name admin
  admin=$(orderer_admin_tls)
  for name in "${ORDERERS[@]}"; do
    local flags=(-o "$(node_host "$name"):$(orderer_admin_port "$name")" --ca-file "$(orderer_tls_ca)"
      --client-cert "$admin/client.crt" --client-key "$admin/client.key")
    # The admin endpoint may open a moment after the operations endpoint that start_orderers waited
    # for; until it answers, "not joined yet" (404) cannot be told from "not listening yet".
    local status="" tries=0
    until
      status=$({ "$FABRIC_HOME/bin/osnadmin" channel list "${flags[@]}" --channelID "$CHANNEL" \
        2>/dev/null || true; } | sed -n 's/^Status: //p')
      [ -n "$status" ]
    do
      tries=$((tries + 1))
      [ "$tries" -lt 30 ] || die "the admin endpoint of $name does not answer; see $LOG_DIR/$name.log"
      sleep 1
    done
    [ "$status" = 200 ] && continue
    log "joining $name to $CHANNEL"
    "$FABRIC_HOME/bin/osnadmin" channel join "${flags[@]}" --channelID "$CHANNEL" \
      --config-block "$CONFIG_DIR/$CHANNEL.block" >/dev/null
  done
}

# The network's peers: each org's first (ORG), and the second that add-peer gave it (ORG/1).
peers() {
  local org
  for org in "${ORGS[@]}"; do
    echo "$org"
    if [ -d "$DATA_DIR/$(peer_name "$org" 1)" ]; then echo "$org/1"; fi
  done
}

start_peer() {
  local node=$1 org n
  org=$(peer_org "$node") n=$(peer_index "$node")
  mkdir -p "$DATA_DIR/$(peer_name "$org" "$n")"
  # shellcheck disable=SC2046
  with peer_env "$node" start_process "$(peer_process "$org" "$n")" $(on_host "$org") \
    "$FABRIC_HOME/bin/peer" node start
}

wait_peer() {
  local org n
  org=$(peer_org "$1") n=$(peer_index "$1")
  wait_ready "$(peer_process "$org" "$n")" "http://$(node_host "$org"):$(peer_ops_port "$org" "$n")/healthz" 60
}

start_peers() {
  local node
  for node in $(peers); do start_peer "$node"; done
  for node in $(peers); do wait_peer "$node"; done
}

join_peers() {
  local org
  for org in "${ORGS[@]}"; do
    if peer_cli "$org" channel list 2>/dev/null | grep -qx "$CHANNEL"; then
      continue
    fi
    log "joining $(peer_name "$org") to $CHANNEL"
    peer_cli "$org" channel join -b "$CONFIG_DIR/$CHANNEL.block" 2>>"$LOG_DIR/peer-cli.log"
  done
}

# A chaincode-as-a-service package holds only where the server is. The address is a template that
# each peer fills from CHAINCODE_AS_A_SERVICE_BUILDER_CONFIG, so one package serves every org.
# The tar is byte-for-byte reproducible, which keeps the package id stable across runs.
make_chaincode_package() {
  local pkg="$CONFIG_DIR/$CHAINCODE_LABEL.tar.gz" work="$CONFIG_DIR/package"
  [ -f "$pkg" ] && return 0
  rm -rf "$work" && mkdir -p "$work/src"
  printf '{"address":"{{.address}}","dial_timeout":"10s","tls_required":true,"client_auth_required":false,"root_cert":"{{.root_cert}}"}\n' \
    >"$work/src/connection.json"
  printf '{"type":"ccaas","label":"%s"}\n' "$CHAINCODE_LABEL" >"$work/metadata.json"
  deterministic_tgz "$work/code.tar.gz" "$work/src" connection.json
  deterministic_tgz "$pkg" "$work" metadata.json code.tar.gz
}

deterministic_tgz() {
  local out=$1 dir=$2; shift 2
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='1970-01-01 00:00Z' \
    --format=ustar -C "$dir" -cf - "$@" | gzip -n -9 >"$out"
}

package_id() {
  peer_cli authority lifecycle chaincode calculatepackageid "$CONFIG_DIR/$CHAINCODE_LABEL.tar.gz"
}

install_chaincode() {
  local node id=$1
  for node in $(peers); do
    if peer_cli "$node" lifecycle chaincode queryinstalled 2>/dev/null | grep -q "Package ID: $id,"; then
      continue
    fi
    log "installing $CHAINCODE_LABEL on $(peer_name "$(peer_org "$node")" "$(peer_index "$node")")"
    peer_cli "$node" lifecycle chaincode install "$CONFIG_DIR/$CHAINCODE_LABEL.tar.gz" 2>>"$LOG_DIR/peer-cli.log"
  done
}

start_chaincode_servers() {
  local org id=$1
  [ -f "$CHAINCODE_JAR" ] || die "$CHAINCODE_JAR is missing; build it with: mvn -pl chaincode -am package"
  # The servers run with the optimizing compiler (C2): limited to C1 they spent about three times
  # the CPU per patrol (network/bench/ledger.sh), and the chaincode is on every write's path. At
  # INFO the shim logs every invocation with all its arguments (whole patrols, about 50 MB per
  # server in ten minutes of load), so they log warnings and errors only unless told otherwise.
  for org in "${ORGS[@]}"; do
    local tls
    tls=$(chaincode_tls_dir "$org")
    # The shim serves TLS with the CORE_TLS_CLIENT_*_FILE pair (PEM). It also builds a client
    # context from the *_PATH pair, which it reads as base64 of the PEM, so those files exist too.
    [ -f "$tls/server.key.b64" ] || base64 -w0 "$tls/server.key" >"$tls/server.key.b64"
    [ -f "$tls/server.crt.b64" ] || base64 -w0 "$tls/server.crt" >"$tls/server.crt.b64"
    # shellcheck disable=SC2046
    CHAINCODE_SERVER_ADDRESS="$(node_host "$org"):$(chaincode_server_port "$org")" CORE_CHAINCODE_ID_NAME="$id" \
      CORE_PEER_LOCALMSPID="$(msp_id "$org")" CORE_PEER_TLS_ENABLED=true \
      CORE_TLS_CLIENT_KEY_FILE="$tls/server.key" CORE_TLS_CLIENT_CERT_FILE="$tls/server.crt" \
      CORE_TLS_CLIENT_KEY_PATH="$tls/server.key.b64" CORE_TLS_CLIENT_CERT_PATH="$tls/server.crt.b64" \
      CORE_PEER_TLS_ROOTCERT_FILE="$tls/ca.crt" \
      CORE_CHAINCODE_LOGGING_LEVEL="${FITLEDGER_CHAINCODE_LOG_LEVEL:-WARNING}" \
      start_process "chaincode-$org" $(on_host "$org") java ${FITLEDGER_CHAINCODE_JAVA_OPTS:--Xmx96m -Xss512k -XX:+UseSerialGC} \
      -jar "$CHAINCODE_JAR"
  done
}

# Commits the chaincode with CHAINCODE_POLICY. A run directory whose chaincode was committed with
# another policy gets the next sequence of the same definition with CHAINCODE_POLICY.
approve_and_commit() {
  local org id=$1 sequence=1 current
  current=$(committed_chaincode) ||
    die "could not read the committed definition of $CHAINCODE_NAME; see $LOG_DIR/peer-cli.log"
  if [ "$current" != none ]; then
    local committed_sequence=${current%% *} committed=${current#* } wanted
    wanted=${CHAINCODE_POLICY//[[:space:]]/} wanted=${wanted//\"/\'}
    wanted="$wanted $CONTACT_COLLECTION:$CONTACT_BLOCKS"
    [ "$committed" = "$wanted" ] && return 0
    sequence=$((committed_sequence + 1))
    log "$CHAINCODE_NAME is committed at sequence $committed_sequence as '$committed'; committing sequence $sequence as '$wanted'"
  fi
  collections_config "$CONFIG_DIR/collections.json"
  local definition=(-C "$CHANNEL" -n "$CHAINCODE_NAME" -v 1.0 --sequence "$sequence"
    --signature-policy "$CHAINCODE_POLICY" --collections-config "$CONFIG_DIR/collections.json")
  wait_ordering_leader
  local readiness
  readiness=$(peer_cli authority lifecycle chaincode checkcommitreadiness "${definition[@]}" 2>/dev/null || true)
  for org in "${ORGS[@]}"; do
    if grep -q "$(msp_id "$org"): true" <<<"$readiness"; then
      continue
    fi
    log "approving $CHAINCODE_NAME for $(msp_id "$org")"
    # shellcheck disable=SC2046
    peer_cli "$org" lifecycle chaincode approveformyorg "${definition[@]}" --package-id "$id" \
      $(orderer_flags) 2>>"$LOG_DIR/peer-cli.log"
  done
  local targets=()
  for org in "${ORGS[@]}"; do
    targets+=(--peerAddresses "$(node_host "$org"):$(peer_port "$org")" --tlsRootCertFiles "$(peer_dir "$org")/tls/ca.crt")
  done
  log "committing $CHAINCODE_NAME on $CHANNEL"
  # shellcheck disable=SC2046
  peer_cli authority lifecycle chaincode commit "${definition[@]}" "${targets[@]}" $(orderer_flags) \
    2>>"$LOG_DIR/peer-cli.log"
}

wait_chaincode() {
  local org deadline=$((SECONDS + 60))
  for org in "${ORGS[@]}"; do
    until (exec 3<>"/dev/tcp/$(node_host "$org")/$(chaincode_server_port "$org")") 2>/dev/null; do
      [ $SECONDS -lt $deadline ] || die "chaincode-$org is not listening after 60s (see $LOG_DIR/chaincode-$org.log)"
      sleep 0.2
    done
  done
  until peer_cli authority chaincode query -C "$CHANNEL" -n "$CHAINCODE_NAME" \
    -c '{"function":"org.hyperledger.fabric:GetMetadata","Args":[]}' >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || die "chaincode $CHAINCODE_NAME did not answer within 60s (see $LOG_DIR)"
    sleep 0.5
  done
}

peer_cli() {
  local org=$1; shift
  with admin_env "$org" "$FABRIC_HOME/bin/peer" "$@"
}

up() {
  check_port_base
  mkdir -p "$RUN_DIR" "$LOG_DIR" "$DATA_DIR"
  check_time_window
  make_crypto
  make_channel_block
  start_cas
  # The people need only their CA; enroll them while the rest starts.
  enroll_people &
  local enrolling=$!
  start_orderers
  join_orderers
  start_peers
  join_peers
  make_chaincode_package
  local id
  id=$(package_id)
  install_chaincode "$id"
  start_chaincode_servers "$id"
  approve_and_commit "$id"
  wait_chaincode
  wait "$enrolling" || die "enrolling the demo people failed (see above)"
  log "network up: channel $CHANNEL, chaincode $CHAINCODE_NAME ($id), people in $PEOPLE_DIR"
}

# Starts again whatever node of a running network has stopped (a killed orderer, peer, CA or
# chaincode server), each as `up` started it, and waits until each answers.
start_stopped() {
  start_cas
  start_orderers
  start_peers
  start_chaincode_servers "$(package_id)"
  wait_cas
  wait_chaincode
}

# add-peer ORG: a second peer for ORG (peer1, on the org's host), which joins the channel from a
# snapshot of the org's first peer instead of replaying every block from 0, then takes the blocks
# after the snapshot from the ordering service. On separate machines, the snapshot's directory is
# copied to the new peer's machine first.
add_peer() {
  local org=${1:?usage: network.sh add-peer ORG} node snapshot
  msp_id "$org" >/dev/null
  node="$org/1"
  if [ -d "$DATA_DIR/$(peer_name "$org" 1)" ]; then
    log "$(peer_name "$org" 1) is there already"
    return 0
  fi
  extend_crypto "$org"
  snapshot=$(take_snapshot "$org")
  start_peer "$node"
  wait_peer "$node"
  log "joining $(peer_name "$org" 1) to $CHANNEL from the snapshot at block $(basename "$snapshot")"
  peer_cli "$node" channel joinbysnapshot --snapshotpath "$snapshot" 2>>"$LOG_DIR/peer-cli.log"
  local deadline=$((SECONDS + 120))
  until peer_cli "$node" channel joinbysnapshotstatus 2>/dev/null | grep -q "No joinbysnapshot operation"; do
    [ $SECONDS -lt $deadline ] || die "$(peer_name "$org" 1) did not finish joining from the snapshot within 120s"
    sleep 1
  done
  install_chaincode "$(package_id)"
  log "$(peer_name "$org" 1) is on $CHANNEL at $(node_host "$org"):$(peer_port "$org" 1)"
}

# Certificates for each org's second peer, from the org's own CA (cryptogen extend keeps what is
# there and adds what the configuration names besides).
extend_crypto() {
  [ -d "$(peer_dir "$1" 1)" ] && return 0
  write_crypto_config "$CONFIG_DIR/crypto-config.yaml" 2
  "$FABRIC_HOME/bin/cryptogen" extend --input="$CRYPTO_DIR" --config="$CONFIG_DIR/crypto-config.yaml" >/dev/null
}

# take_snapshot ORG: asks the org's first peer for a snapshot of the channel at its last block, and
# prints the directory it wrote once complete.
take_snapshot() {
  local org=$1 dir before newest deadline=$((SECONDS + 120))
  dir="$(snapshot_dir "$org")/completed/$CHANNEL"
  before=$(ls "$dir" 2>/dev/null | sort -n | tail -n 1)
  log "taking a snapshot of $CHANNEL on $(peer_name "$org")"
  # The snapshot commands require the peer and its CA as flags, whatever the environment says.
  peer_cli "$org" snapshot submitrequest -c "$CHANNEL" -b 0 \
    --peerAddress "$(node_host "$org"):$(peer_port "$org")" \
    --tlsRootCertFile "$(peer_dir "$org")/tls/ca.crt" >>"$LOG_DIR/peer-cli.log" 2>&1 ||
    die "$(peer_name "$org") refused the snapshot request (see $LOG_DIR/peer-cli.log)"
  while true; do
    newest=$(ls "$dir" 2>/dev/null | sort -n | tail -n 1)
    [ -n "$newest" ] && [ "$newest" != "$before" ] && break
    [ $SECONDS -lt $deadline ] || die "no snapshot of $CHANNEL from $(peer_name "$org") within 120s"
    sleep 1
  done
  echo "$dir/$newest"
}

down() {
  local name
  for name in "${ORGS[@]/#/chaincode-}" "${ORGS[@]/#/peer-}" "${ORGS[@]/#/peer1-}" "${ORGS[@]/#/ca-}" "${ORDERERS[@]}"; do
    stop_process "$name" &
  done
  wait
}

revoke() {
  local name=${1:?usage: network.sh revoke PERSON [REASON]} reason=${2:-unspecified} crl
  crl=$(revoke_at_ca "$name" "$reason")
  set_org_crl "$(person_org "$name")" "$crl"
  log "$name is revoked: the peers refuse their proposals"
}

# The Fabric and Fabric CA commands: `up` finds them (binaries.sh, ca-binaries.sh) and records them
# in the run directory, and every later command on the same stack uses what `up` recorded.
use_commands() {
  local fabric ca
  fabric=$("$NETWORK_DIR/binaries.sh") && ca=$("$NETWORK_DIR/ca-binaries.sh") || exit 1
  mkdir -p "$RUN_DIR"
  echo "$fabric" >"$RUN_DIR/fabric-home"
  echo "$ca" >"$RUN_DIR/fabric-ca-bin"
  recorded_commands
}

recorded_commands() {
  [ -f "$RUN_DIR/fabric-home" ] && [ -f "$RUN_DIR/fabric-ca-bin" ] ||
    die "no stack in $RUN_DIR: run ./fitledger up"
  FABRIC_HOME=$(cat "$RUN_DIR/fabric-home") FABRIC_CA_BIN_DIR=$(cat "$RUN_DIR/fabric-ca-bin")
  [ -x "$FABRIC_HOME/bin/peer" ] && [ -x "$FABRIC_CA_BIN_DIR/fabric-ca-client" ] ||
    die "the Fabric commands this stack was started with are gone ($FABRIC_HOME, $FABRIC_CA_BIN_DIR); run ./fitledger up again"
}

# purge_contact REPORT_ID: purges a reporter's sealed contact from the Authority's private data
# collection as supervisor1 (the whole city), endorsed by the Authority's peer alone (no other
# org's peer holds the collection), then destroys the key it was sealed with, which the gateway
# keeps in gateway/contact-keys.
purge_contact() {
  local report=${1:?usage: ./fitledger purge-contact REPORT_ID} name=supervisor1 args
  [[ $report =~ ^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$ ]] || die "not a report id: $report"
  is_enrolled "$name" || die "$name is not enrolled; run: ./fitledger up"
  args=$(python3 -c 'import json,sys; print(json.dumps({"Args": ["purgeReportContact", sys.argv[1]]}))' "$report")
  # shellcheck disable=SC2046
  with person_env "$name" "$FABRIC_HOME/bin/peer" chaincode invoke -C "$CHANNEL" -n "$CHAINCODE_NAME" \
    --peerAddresses "$(node_host authority):$(peer_port authority)" \
    --tlsRootCertFiles "$(peer_tls_ca authority)" $(orderer_flags) --waitForEvent -c "$args" ||
    die "the peer did not purge the contact of $report (see above)"
  rm -f "$RUN_DIR/gateway/contact-keys/$report.key"
  log "purged the contact of $report and destroyed its key"
}

# as PERSON[@PEER] ARGS…: the peer CLI as a demo person, against their org's first peer or against
# PEER (ORG or ORG/N), one of this stack's peers: e.g. a query of a private data collection on each
# of the Authority's peers in turn, as each peer keeps its own private store.
as_person() {
  local name=${1:?usage: network.sh as PERSON[@ORG[/N]] ARGS…} peer org n
  shift
  is_enrolled "${name%%@*}" || die "${name%%@*} is not enrolled; run: ./fitledger up"
  if [[ $name != *@* ]]; then
    with person_env "$name" "$FABRIC_HOME/bin/peer" "$@"
    return
  fi
  peer=${name#*@}
  org=$(peer_org "$peer") n=$(peer_index "$peer")
  [[ " ${ORGS[*]} " == *" $org "* && $n =~ ^[0-9]+$ ]] || die "not a peer: $peer (ORG or ORG/N)"
  [ -d "$DATA_DIR/$(peer_name "$org" "$n")" ] || die "this stack has no peer $peer"
  with person_at_env "$name" "$FABRIC_HOME/bin/peer" "$@"
}

case ${1:-} in
  up) use_commands; up ;;
  down) down ;;
  start) recorded_commands; start_stopped ;;
  leader) ordering_leader || die "no orderer leads $CHANNEL's Raft cluster now" ;;
  peer) recorded_commands; shift; org=${1:?usage: network.sh peer ORG ARGS…}; shift; peer_cli "$org" "$@" ;;
  as) recorded_commands; shift; as_person "$@" ;;
  revoke) recorded_commands; shift; revoke "$@" ;;
  purge-contact) recorded_commands; shift; purge_contact "$@" ;;
  demo-codes) recorded_commands; wait_cas; for org in "${ORGS[@]}"; do enroll_registrar "$org"; done; demo_codes ;;
  enrol-code) recorded_commands; shift; wait_cas; enroll_registrar "$(person_org "${1:?usage: network.sh enrol-code PERSON}")"; enrol_code "$1" ;;
  add-device) recorded_commands; shift; enroll_device "${1:?usage: network.sh add-device MACHINE}" ;;
  add-peer) recorded_commands; shift; add_peer "$@" ;;
  *) echo "usage: network.sh up|down|start|peer ORG[/N] ARGS…|as PERSON[@ORG[/N]] ARGS…|revoke PERSON [REASON]|enrol-code PERSON|add-peer ORG|purge-contact REPORT_ID|add-device MACHINE" >&2; exit 2 ;;
esac
