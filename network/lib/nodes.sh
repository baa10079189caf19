# Environment for each Fabric process and for the peer CLI acting as an org's admin. Sourced.

# Peers and orderers ping the nodes they call every 60 s when idle (core.yaml's
# peer.keepalive.client, orderer.yaml's cluster client). Fabric's default server minimum between
# pings is the same 60 s, so a ping that arrives a moment early counts as a strike, and after a few
# the server closes the connection with ENHANCE_YOUR_CALM "too_many_pings": the next endorsement
# sent over it fails. Servers here accept a ping every 2 s, well below what any client sends.
SERVER_MIN_PING_INTERVAL=2s
# A peer takes its blocks from one orderer. If that orderer's host drops off the network without
# closing the connection, only a ping that goes unanswered tells; until then the peer commits
# nothing, and no commit status comes. Pinging every 5 s and giving up after 5 more moves the peer
# to another orderer within about 10 s, where Fabric's default (60 s and 20 s) takes 80.
DELIVERY_PING_INTERVAL=5s
DELIVERY_PING_TIMEOUT=5s

# FITLEDGER_PROFILE=1 (set by network/bench/ledger.sh --profile) opens each peer's and orderer's Go
# profiling server (/debug/pprof) on its profile port; it is off otherwise, as it shows internals.

orderer_env() {
  local name=$1 dir host
  dir=$(orderer_dir "$name") host=$(node_host "$name")
  echo FABRIC_CFG_PATH="$FABRIC_HOME/config"
  echo FABRIC_LOGGING_SPEC="${FITLEDGER_FABRIC_LOGGING:-grpc=error:info}"
  echo ORDERER_GENERAL_LISTENADDRESS="$host"
  echo ORDERER_GENERAL_LISTENPORT="$(orderer_port "$name")"
  echo ORDERER_GENERAL_LOCALMSPID=OrdererMSP
  echo ORDERER_GENERAL_LOCALMSPDIR="$dir/msp"
  echo ORDERER_GENERAL_TLS_ENABLED=true
  echo ORDERER_GENERAL_TLS_PRIVATEKEY="$dir/tls/server.key"
  echo ORDERER_GENERAL_TLS_CERTIFICATE="$dir/tls/server.crt"
  echo ORDERER_GENERAL_TLS_ROOTCAS="[$dir/tls/ca.crt]"
  echo ORDERER_GENERAL_KEEPALIVE_SERVERMININTERVAL="$SERVER_MIN_PING_INTERVAL"
  echo ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY="$dir/tls/server.key"
  echo ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE="$dir/tls/server.crt"
  echo ORDERER_GENERAL_CLUSTER_ROOTCAS="[$dir/tls/ca.crt]"
  echo ORDERER_GENERAL_BOOTSTRAPMETHOD=none
  echo ORDERER_CHANNELPARTICIPATION_ENABLED=true
  echo ORDERER_ADMIN_LISTENADDRESS="$host:$(orderer_admin_port "$name")"
  echo ORDERER_ADMIN_TLS_ENABLED=true
  echo ORDERER_ADMIN_TLS_PRIVATEKEY="$dir/tls/server.key"
  echo ORDERER_ADMIN_TLS_CERTIFICATE="$dir/tls/server.crt"
  echo ORDERER_ADMIN_TLS_ROOTCAS="[$dir/tls/ca.crt]"
  echo ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true
  echo ORDERER_ADMIN_TLS_CLIENTROOTCAS="[$dir/tls/ca.crt]"
  echo ORDERER_OPERATIONS_LISTENADDRESS="$host:$(orderer_ops_port "$name")"
  echo ORDERER_METRICS_PROVIDER=prometheus
  echo ORDERER_FILELEDGER_LOCATION="$DATA_DIR/$name/ledger"
  echo ORDERER_CONSENSUS_WALDIR="$DATA_DIR/$name/etcdraft/wal"
  echo ORDERER_CONSENSUS_SNAPDIR="$DATA_DIR/$name/etcdraft/snapshot"
  if [ "${FITLEDGER_PROFILE:-0}" = 1 ]; then
    echo ORDERER_GENERAL_PROFILE_ENABLED=true
    echo ORDERER_GENERAL_PROFILE_ADDRESS="$host:$(orderer_profile_port "$name")"
  fi
}

# peer_env ORG or ORG/N: the environment of the org's peer (N).
peer_env() {
  local org n dir builder_config host bootstrap
  org=$(peer_org "$1") n=$(peer_index "$1")
  dir=$(peer_dir "$org" "$n") host=$(node_host "$org")
  # A peer learns the org's other peers through gossip from the first.
  bootstrap="$host:$(peer_port "$org")"
  # Fills the chaincode package's connection.json: where this org's chaincode server listens and
  # the CA that signed its TLS certificate.
  builder_config=$(python3 -c 'import json,sys; print(json.dumps({"address": sys.argv[1], "root_cert": open(sys.argv[2]).read()}))' \
    "$host:$(chaincode_server_port "$org")" "$(chaincode_tls_dir "$org")/ca.crt")
  echo FABRIC_CFG_PATH="$FABRIC_HOME/config"
  echo FABRIC_LOGGING_SPEC="${FITLEDGER_FABRIC_LOGGING:-grpc=error:info}"
  echo CORE_VM_ENDPOINT=
  echo CORE_PEER_ID="$(peer_name "$org" "$n")"
  echo CORE_PEER_ADDRESS="$host:$(peer_port "$org" "$n")"
  echo CORE_PEER_LISTENADDRESS="$host:$(peer_port "$org" "$n")"
  echo CORE_PEER_CHAINCODEADDRESS="$host:$(peer_cc_port "$org" "$n")"
  echo CORE_PEER_CHAINCODELISTENADDRESS="$host:$(peer_cc_port "$org" "$n")"
  echo CORE_PEER_GOSSIP_BOOTSTRAP="$bootstrap"
  echo CORE_PEER_GOSSIP_EXTERNALENDPOINT="$host:$(peer_port "$org" "$n")"
  echo CORE_PEER_LOCALMSPID="$(msp_id "$org")"
  echo CORE_PEER_MSPCONFIGPATH="$dir/msp"
  echo CORE_PEER_TLS_ENABLED=true
  echo CORE_PEER_TLS_CERT_FILE="$dir/tls/server.crt"
  echo CORE_PEER_TLS_KEY_FILE="$dir/tls/server.key"
  echo CORE_PEER_TLS_ROOTCERT_FILE="$dir/tls/ca.crt"
  echo CORE_PEER_FILESYSTEMPATH="$DATA_DIR/$(peer_name "$org" "$n")"
  echo CORE_LEDGER_STATE_STATEDATABASE=goleveldb
  echo CORE_LEDGER_SNAPSHOTS_ROOTDIR="$(snapshot_dir "$org" "$n")"
  echo CORE_OPERATIONS_LISTENADDRESS="$host:$(peer_ops_port "$org" "$n")"
  echo CORE_METRICS_PROVIDER=prometheus
  echo CORE_CHAINCODE_STARTUPTIMEOUT=60s
  echo CORE_PEER_AUTHENTICATION_TIMEWINDOW="$TIME_WINDOW"
  echo CORE_PEER_KEEPALIVE_MININTERVAL="$SERVER_MIN_PING_INTERVAL"
  echo CORE_PEER_KEEPALIVE_DELIVERYCLIENT_INTERVAL="$DELIVERY_PING_INTERVAL"
  echo CORE_PEER_KEEPALIVE_DELIVERYCLIENT_TIMEOUT="$DELIVERY_PING_TIMEOUT"
  echo CORE_CHAINCODE_EXTERNALBUILDERS="[{name: ccaas_builder, path: $FABRIC_HOME/builders/ccaas, propagateEnvironment: [CHAINCODE_AS_A_SERVICE_BUILDER_CONFIG]}]"
  echo CHAINCODE_AS_A_SERVICE_BUILDER_CONFIG="$builder_config"
  if [ "${FITLEDGER_PROFILE:-0}" = 1 ]; then
    echo CORE_PEER_PROFILE_ENABLED=true
    echo CORE_PEER_PROFILE_LISTENADDRESS="$host:$(peer_profile_port "$org" "$n")"
  fi
}

# A client chooses its proposal's timestamp. Each peer's TimeWindowCheck auth filter refuses a
# proposal whose timestamp lies further than TIME_WINDOW from the peer's clock, and the endorsement
# policies always involve an org other than the actor's, so a step cannot be backdated by more than
# the window. The filter is configured only in core.yaml's peer.handlers.authFilters; make sure
# the core.yaml the peers run with still lists it, and that no environment variable replaces it.
check_time_window() {
  [[ $TIME_WINDOW =~ ^([0-9]+(\.[0-9]+)?(ns|us|ms|s|m|h))+$ ]] ||
    die "FITLEDGER_TIME_WINDOW=$TIME_WINDOW is not a duration such as 5m or 90s"
  [ -z "${CORE_PEER_HANDLERS_AUTHFILTERS+set}" ] ||
    die "CORE_PEER_HANDLERS_AUTHFILTERS is set; it would replace the peers' auth filters, TimeWindowCheck among them"
  awk '
    /^[^[:space:]#]/ { top = $1; section = ""; list = "" }
    top == "peer:" && /^  [^[:space:]#]/ { section = $1; list = "" }
    section == "handlers:" && /^    [^[:space:]#-]/ { list = $1 }
    list == "authFilters:" && /^[[:space:]]*-[[:space:]]*name:[[:space:]]*TimeWindowCheck([[:space:]#]|$)/ { found = 1 }
    END { exit !found }' "$FABRIC_HOME/config/core.yaml" ||
    die "$FABRIC_HOME/config/core.yaml does not list TimeWindowCheck in peer.handlers.authFilters; the peers would accept backdated proposals"
}

# The peer CLI acting as ORG's admin against ORG's peer (ORG), or against its peer N (ORG/N).
admin_env() {
  local org n
  org=$(peer_org "$1") n=$(peer_index "$1")
  echo FABRIC_CFG_PATH="$FABRIC_HOME/config"
  echo FABRIC_LOGGING_SPEC=WARN
  echo CORE_PEER_LOCALMSPID="$(msp_id "$org")"
  echo CORE_PEER_MSPCONFIGPATH="$(org_admin_msp "$org")"
  echo CORE_PEER_ADDRESS="$(node_host "$org"):$(peer_port "$org" "$n")"
  echo CORE_PEER_TLS_ENABLED=true
  echo CORE_PEER_TLS_ROOTCERT_FILE="$(peer_dir "$org" "$n")/tls/ca.crt"
}

# Where peer N of ORG writes the snapshots of its ledger that an admin asks for.
snapshot_dir() { echo "$DATA_DIR/$(peer_name "$1" "${2:-0}")/snapshots"; }

# Runs a command with the environment printed by a function above, e.g. `with admin_env patrol peer ...`.
with() {
  local fn=$1 arg=$2; shift 2
  local vars=()
  mapfile -t vars < <("$fn" "$arg")
  (
    export "${vars[@]}"
    "$@"
  )
}

# Flags for peer CLI commands that talk to the ordering service.
orderer_flags() {
  echo -o "$(node_host orderer1):$(orderer_port orderer1)" --tls --cafile "$(orderer_tls_ca)"
}
