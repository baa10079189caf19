# Changes to the channel configuration, made with the peer CLI and configtxlator. Sourced by
# network.sh, whose peer_cli it uses.

configtxlator() { "$FABRIC_HOME/bin/configtxlator" "$@"; }

# ordering_leader: prints the orderer that leads the channel's Raft cluster, as its metrics say;
# fails when none does.
ordering_leader() {
  local name metrics
  for name in "${ORDERERS[@]}"; do
    metrics=$(curl -fs --max-time 2 "http://$(node_host "$name"):$(orderer_ops_port "$name")/metrics" 2>/dev/null) &&
      grep -q "^consensus_etcdraft_is_leader{channel=\"$CHANNEL\"} 1\$" <<<"$metrics" && { echo "$name"; return 0; }
  done
  return 1
}

# wait_ordering_leader: until a Raft leader of the channel exists; right after the orderers start,
# transactions are refused with SERVICE_UNAVAILABLE until one is elected.
wait_ordering_leader() {
  local deadline=$((SECONDS + 60))
  until ordering_leader >/dev/null; do
    [ $SECONDS -lt $deadline ] || die "the orderers elected no Raft leader for $CHANNEL within 60s; see $LOG_DIR/orderer1.log"
    sleep 0.2
  done
}

# fetch_config ORG DIR: the channel's latest config block, fetched from the ordering service as
# ORG's admin, into DIR/block.pb and, decoded, DIR/block.json.
fetch_config() {
  local org=$1 dir=$2
  # shellcheck disable=SC2046
  peer_cli "$org" channel fetch config "$dir/block.pb" -c "$CHANNEL" $(orderer_flags) \
    2>>"$LOG_DIR/peer-cli.log" || die "fetching the config of $CHANNEL failed; see $LOG_DIR/peer-cli.log"
  configtxlator proto_decode --type common.Block --input "$dir/block.pb" --output "$dir/block.json"
}

# set_org_crl ORG CRL_PEM: makes CRL_PEM the revocation list of ORG's MSP on the channel, so that
# every peer refuses the certificates it lists. The MSP value's mod_policy is the org's Admins
# policy (checked by fabric_config.py), so ORG's admin alone signs the update.
set_org_crl() {
  local org=$1 crl=$2 work number
  mkdir -p "$CONFIG_DIR"
  work=$(mktemp -d "$CONFIG_DIR/update.XXXXXX")
  fetch_config "$org" "$work"
  python3 "$NETWORK_DIR/lib/fabric_config.py" set-crl "$work/block.json" "$(msp_id "$org")" "$crl" \
    "$work/config.json" "$work/updated.json"
  configtxlator proto_encode --type common.Config --input "$work/config.json" --output "$work/config.pb"
  configtxlator proto_encode --type common.Config --input "$work/updated.json" --output "$work/updated.pb"
  configtxlator compute_update --channel_id "$CHANNEL" --original "$work/config.pb" \
    --updated "$work/updated.pb" --output "$work/update.pb"
  configtxlator proto_decode --type common.ConfigUpdate --input "$work/update.pb" --output "$work/update.json"
  python3 "$NETWORK_DIR/lib/fabric_config.py" envelope "$CHANNEL" "$work/update.json" "$work/envelope.json"
  configtxlator proto_encode --type common.Envelope --input "$work/envelope.json" --output "$work/envelope.pb"
  log "updating the revocation list of $(msp_id "$org") on $CHANNEL"
  wait_ordering_leader
  # shellcheck disable=SC2046
  peer_cli "$org" channel update -f "$work/envelope.pb" -c "$CHANNEL" $(orderer_flags) \
    2>>"$LOG_DIR/peer-cli.log" || die "the channel update was refused; see $LOG_DIR/peer-cli.log"
  fetch_config "$org" "$work"
  number=$(python3 "$NETWORK_DIR/lib/fabric_config.py" block-number "$work/block.json")
  wait_peers_at "$((number + 1))"
  rm -rf "$work"
}

# wait_peers_at HEIGHT: until every peer has the channel's first HEIGHT blocks.
wait_peers_at() {
  local org height deadline=$((SECONDS + 60))
  for org in "${ORGS[@]}"; do
    until height=$(peer_cli "$org" channel getinfo -c "$CHANNEL" 2>/dev/null |
      sed -n 's/.*"height":\([0-9]*\).*/\1/p') && [ "${height:-0}" -ge "$1" ]; do
      [ $SECONDS -lt $deadline ] || die "$(peer_name "$org") did not reach block $(($1 - 1)) within 60s"
      sleep 0.2
    done
  done
}

# committed_chaincode: prints the committed definition's sequence, endorsement policy (as
# signature-policy text) and private data collections (NAME:BLOCKS_TO_LIVE, comma-separated), or
# "none" when the chaincode is not committed.
committed_chaincode() {
  local json tmp sequence policy
  if ! json=$(peer_cli authority lifecycle chaincode querycommitted -C "$CHANNEL" -n "$CHAINCODE_NAME" \
    -O json 2>&1); then
    if grep -q "namespace $CHAINCODE_NAME is not defined" <<<"$json"; then
      echo none
      return 0
    fi
    printf '%s\n' "$json" >>"$LOG_DIR/peer-cli.log"
    return 1
  fi
  tmp=$(mktemp -d "$CONFIG_DIR/chaincode.XXXXXX") || return 1
  sequence=$(python3 -c 'import base64,json,sys; d = json.load(sys.stdin)
open(sys.argv[1], "wb").write(base64.b64decode(d.get("validation_parameter", "")))
configs = [c.get("static_collection_config", {}) for c in d.get("collections", {}).get("config", [])]
print(d["sequence"], ",".join("%s:%s" % (c.get("name"), c.get("block_to_live", 0)) for c in configs) or "-")' \
    "$tmp/policy.pb" <<<"$json") &&
    configtxlator proto_decode --type protos.ApplicationPolicy --input "$tmp/policy.pb" \
      --output "$tmp/policy.json" &&
    policy=$(python3 "$NETWORK_DIR/lib/fabric_config.py" policy "$tmp/policy.json") || return 1
  rm -rf "$tmp"
  echo "${sequence%% *} $policy ${sequence#* }"
}

# collections_config FILE: writes the chaincode's private data collections.
collections_config() {
  cat >"$1" <<JSON
[{"name": "$CONTACT_COLLECTION", "policy": "OR('AuthorityMSP.member')",
  "requiredPeerCount": 0, "maxPeerCount": 1, "blockToLive": $CONTACT_BLOCKS,
  "memberOnlyRead": true, "memberOnlyWrite": true,
  "endorsementPolicy": {"signaturePolicy": "OR('AuthorityMSP.peer')"}}]
JSON
}
