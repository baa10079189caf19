# Shared settings and helpers for the FitLedger network scripts. Sourced, never run.
# Every setting comes from the environment, with a default that suits one development machine.

FITLEDGER_HOME=${FITLEDGER_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
NETWORK_DIR="$FITLEDGER_HOME/network"

FABRIC_VERSION=v3.1.5
FABRIC_COMMIT=86c1172bec37e6590c6b1ae6f847833df48d65fc
# The SHA-256 of fabric-3.1.5-src.tar.gz, a `git archive` of FABRIC_COMMIT (see the README's
# "Where Fabric comes from"), checked before a source archive is extracted.
FABRIC_SOURCE_SHA256=eef0a2c316c0768255fcb7e3b4f406be8fc09694ec3da19d27d71bffa497c31e
FABRIC_CA_VERSION=v1.5.21
# The go.sum hash of the fabric-ca module at FABRIC_CA_VERSION, checked before it is built.
FABRIC_CA_SUM=h1:46qi5BD71N3VnaDBZTROIjy2g+cb+apPJjUFUTFEH08=
FITLEDGER_CACHE=${FITLEDGER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/fitledger}

RUN_DIR=${FITLEDGER_RUN_DIR:-$FITLEDGER_HOME/run}
HOST=${FITLEDGER_HOST:-127.0.0.1}
PORT_BASE=${FITLEDGER_PORT_BASE:-7000}

# Every port lies within PORT_BASE..PORT_BASE+3099 (see below). That range must stay outside the
# kernel's ephemeral ports, or an outgoing connection may hold one of them when a process wants to
# listen on it ("address already in use", at random).
check_port_base() {
  local low high
  read -r low high 2>/dev/null </proc/sys/net/ipv4/ip_local_port_range || return 0
  if [ $((PORT_BASE + 3099)) -ge "$low" ] && [ "$PORT_BASE" -le "$high" ]; then
    die "ports $PORT_BASE..$((PORT_BASE + 3099)) overlap the kernel's ephemeral ports $low..$high; choose a FITLEDGER_PORT_BASE (or FITLEDGER_TEST_PORT_BASE) below $((low - 3100))"
  fi
}
CHANNEL=${FITLEDGER_CHANNEL:-maintenance}
CHAINCODE_NAME=fitledger
CHAINCODE_LABEL=${CHAINCODE_NAME}_1
# The chaincode-level endorsement policy. Steps whose lateness matters carry a state-based policy
# set by the chaincode on top of it.
CHAINCODE_POLICY="AND('AuthorityMSP.peer','PatrolMSP.peer')"
# The private data collection of reporters' contacts. Only the Authority's peers hold it and
# endorse its writes; a contact that no purge removed first is gone after CONTACT_BLOCKS blocks.
CONTACT_COLLECTION=reporterContacts
CONTACT_BLOCKS=${FITLEDGER_CONTACT_BLOCKS:-100000}
# How far a proposal's timestamp may lie from an endorsing peer's clock (TimeWindowCheck filter).
TIME_WINDOW=${FITLEDGER_TIME_WINDOW:-5m}
DOMAIN=fitledger.example

ORGS=(authority patrol contractor)
ORDERERS=(orderer1 orderer2 orderer3)

CRYPTO_DIR="$RUN_DIR/crypto"
CONFIG_DIR="$RUN_DIR/config"
DATA_DIR="$RUN_DIR/data"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
CA_DIR="$RUN_DIR/ca"
PEOPLE_DIR="$RUN_DIR/people"
SECRETS_DIR="$RUN_DIR/secrets"

log() { printf '%s [fitledger] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

msp_id() {
  case $1 in
    authority) echo AuthorityMSP ;;
    patrol) echo PatrolMSP ;;
    contractor) echo ContractorMSP ;;
    orderer) echo OrdererMSP ;;
    *) die "unknown org $1" ;;
  esac
}

org_index() {
  local i
  for i in "${!ORGS[@]}"; do [ "${ORGS[$i]}" = "$1" ] && { echo "$i"; return; }; done
  die "unknown org $1"
}

# Ports: orderer N listens on base+50+100(N-1), its admin API on +3 and operations on +4.
orderer_port() { echo $((PORT_BASE + 50 + 100 * (${1#orderer} - 1))); }
orderer_admin_port() { echo $(($(orderer_port "$1") + 3)); }
orderer_ops_port() { echo $(($(orderer_port "$1") + 4)); }
orderer_profile_port() { echo $(($(orderer_port "$1") + 5)); }
# Org K's peer listens on base+1051+1000K, chaincode callbacks +1, operations +2, the org's Fabric
# CA on +3 (its operations on +4), and the org's chaincode server on +9. A second peer of the org
# (peer 1, from `add-peer`) has the same ports 20 higher.
peer_port() { echo $((PORT_BASE + 1051 + 1000 * $(org_index "$1") + 20 * ${2:-0})); }
peer_cc_port() { echo $(($(peer_port "$1" "${2:-0}") + 1)); }
peer_ops_port() { echo $(($(peer_port "$1" "${2:-0}") + 2)); }
ca_port() { echo $(($(peer_port "$1") + 3)); }
ca_ops_port() { echo $(($(peer_port "$1") + 4)); }
ca_name() { echo "ca-$1"; }
ca_url() { echo "https://$(node_host "$1"):$(ca_port "$1")"; }
peer_profile_port() { echo $(($(peer_port "$1" "${2:-0}") + 5)); }
chaincode_server_port() { echo $(($(peer_port "$1") + 9)); }
postgres_port() { echo $((PORT_BASE + 432)); }
gateway_port() { echo $((PORT_BASE + 1080)); }
patrol_app_port() { echo $((PORT_BASE + 1081)); }

org_domain() { echo "$1.$DOMAIN"; }
peer_name() { echo "peer${2:-0}.$(org_domain "$1")"; }
# A peer as the scripts name it: ORG for the org's first peer (peer0), ORG/N for peer N.
peer_org() { echo "${1%/*}"; }
peer_index() { if [[ $1 == */* ]]; then echo "${1#*/}"; else echo 0; fi; }
# The process of peer N of ORG: peer-ORG for peer 0, peerN-ORG for another.
peer_process() { if [ "${2:-0}" = 0 ]; then echo "peer-$1"; else echo "peer$2-$1"; fi; }
chaincode_tls_dir() { echo "$CRYPTO_DIR/peerOrganizations/$(org_domain "$1")/peers/chaincode.$(org_domain "$1")/tls"; }
peer_dir() { echo "$CRYPTO_DIR/peerOrganizations/$(org_domain "$1")/peers/$(peer_name "$1" "${2:-0}")"; }
org_admin_msp() { echo "$CRYPTO_DIR/peerOrganizations/$(org_domain "$1")/users/Admin@$(org_domain "$1")/msp"; }
orderer_dir() { echo "$CRYPTO_DIR/ordererOrganizations/orderer.$DOMAIN/orderers/$1.orderer.$DOMAIN"; }
orderer_admin_tls() { echo "$CRYPTO_DIR/ordererOrganizations/orderer.$DOMAIN/users/Admin@orderer.$DOMAIN/tls"; }
orderer_tls_ca() { echo "$CRYPTO_DIR/ordererOrganizations/orderer.$DOMAIN/tlsca/tlsca.orderer.$DOMAIN-cert.pem"; }
org_ca_dir() { echo "$CRYPTO_DIR/peerOrganizations/$(org_domain "$1")/ca"; }
peer_tls_ca() { echo "$CRYPTO_DIR/peerOrganizations/$(org_domain "$1")/tlsca/tlsca.$(org_domain "$1")-cert.pem"; }
