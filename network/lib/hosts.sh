# Where each of the network's nodes runs. Sourced, after common.sh.
#
# By default every process listens on HOST (127.0.0.1): one machine, one address. With test hosts
# (`./fitledger up --hosts`, recorded in the run directory as topology=hosts) each org is a host of
# its own: a Linux network namespace with its own address, in which its peer, its Fabric CA and its
# chaincode server run, and which holds one of the three orderers (orderer1 the Authority's,
# orderer2 Patrol's, orderer3 the Contractor's). The namespaces are joined by veth pairs to a
# bridge in the machine's own namespace, which is the application host: PostgreSQL, the gateway,
# the indexers and the patrol app listen on HOST there, and it reaches every org over the bridge
# at the bridge's address. A stack's subnet and names derive from its port base, so stacks of
# different port bases coexist.
#
#   org          namespace             address        runs
#   (app host)   the machine's own     10.77.S.1      PostgreSQL, gateway, indexers, patrol app
#   authority    fl<PORT_BASE>-authority   10.77.S.11     peer, CA, chaincode server, orderer1
#   patrol       fl<PORT_BASE>-patrol      10.77.S.12     peer, CA, chaincode server, orderer2
#   contractor   fl<PORT_BASE>-contractor  10.77.S.13     peer, CA, chaincode server, orderer3
#
# where S = PORT_BASE / 100 mod 256. Making namespaces needs root (CAP_NET_ADMIN and CAP_SYS_ADMIN).

TOPOLOGY_FILE="$RUN_DIR/topology"
HOSTS_SUBNET="10.77.$((PORT_BASE / 100 % 256))"

# single or hosts: what `up` recorded for this run directory, else what FITLEDGER_TOPOLOGY asks.
topology() {
  if [ -f "$TOPOLOGY_FILE" ]; then cat "$TOPOLOGY_FILE"; else echo "${FITLEDGER_TOPOLOGY:-single}"; fi
}

on_hosts() { [ "$(topology)" = hosts ]; }

# The org whose host runs a node: an org's own name, or the org an orderer is placed with.
node_org() {
  case $1 in
    orderer1) echo authority ;;
    orderer2) echo patrol ;;
    orderer3) echo contractor ;;
    *) org_index "$1" >/dev/null && echo "$1" ;;
  esac
}

# The address a node (an org's peer, CA and chaincode server, or an orderer) listens on.
node_host() {
  if on_hosts; then
    echo "$HOSTS_SUBNET.$((11 + $(org_index "$(node_org "$1")")))"
  else
    echo "$HOST"
  fi
}

host_namespace() { echo "fl$PORT_BASE-$(node_org "$1")"; }
host_bridge() { echo "flbr$PORT_BASE"; }
# The machine's end of an org's veth pair (15 characters at most, the kernel's limit).
host_link() { echo "fl$PORT_BASE$(org_index "$1")"; }

# Prints the words that run a command on a node's host: `ip netns exec NAMESPACE`, or nothing.
on_host() {
  if on_hosts; then echo ip netns exec "$(host_namespace "$1")"; fi
}

# Makes the bridge, and for each org its namespace and veth pair; leaves what exists as it is.
hosts_up() {
  on_hosts || return 0
  [ "$(id -u)" = 0 ] || die "test hosts need root, to make network namespaces"
  local bridge org ns link
  bridge=$(host_bridge)
  if ! ip link show "$bridge" >/dev/null 2>&1; then
    ip link add "$bridge" type bridge
    ip addr add "$HOSTS_SUBNET.1/24" dev "$bridge"
  fi
  ip link set "$bridge" up
  for org in "${ORGS[@]}"; do
    ns=$(host_namespace "$org") link=$(host_link "$org")
    if [ ! -e "/run/netns/$ns" ]; then
      ip netns add "$ns"
    fi
    if ! ip link show "$link" >/dev/null 2>&1; then
      ip link add "$link" type veth peer name eth0 netns "$ns"
      ip link set "$link" master "$bridge"
      ip -n "$ns" addr add "$(node_host "$org")/24" dev eth0
    fi
    ip link set "$link" up
    ip -n "$ns" link set lo up
    ip -n "$ns" link set eth0 up
  done
  log "test hosts up: $(for org in "${ORGS[@]}"; do printf '%s %s, ' "$org" "$(node_host "$org")"; done)the application host $HOSTS_SUBNET.1"
}

# Removes the namespaces and the bridge (deleting a namespace deletes its veth pair).
hosts_down() {
  on_hosts || return 0
  local org
  for org in "${ORGS[@]}"; do
    ip netns delete "$(host_namespace "$org")" 2>/dev/null || true
  done
  ip link delete "$(host_bridge)" 2>/dev/null || true
}

# Cuts an org's host off the others (its link down), or joins it again.
host_link_down() { ip link set "$(host_link "$1")" down; }
host_link_up() { ip link set "$(host_link "$1")" up; }
