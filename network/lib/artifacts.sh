# Writes the network's crypto-config.yaml and configtx.yaml for the current settings. Sourced.

# write_crypto_config FILE [PEERS]: PEERS per org (1 unless told; add-peer extends to 2).
write_crypto_config() {
  local file=$1 peers=${2:-1} org name
  {
    echo "OrdererOrgs:"
    echo "  - Name: Orderer"
    echo "    Domain: orderer.$DOMAIN"
    echo "    EnableNodeOUs: true"
    echo "    Specs:"
    for name in "${ORDERERS[@]}"; do
      echo "      - Hostname: $name"
      echo "        SANS: [\"$(node_host "$name")\", localhost]"
    done
    echo "PeerOrgs:"
    for org in "${ORGS[@]}"; do
      echo "  - Name: $(msp_id "$org")"
      echo "    Domain: $(org_domain "$org")"
      echo "    EnableNodeOUs: true"
      echo "    Template:"
      echo "      Count: $peers"
      echo "      SANS: [\"$(node_host "$org")\", localhost]"
      echo "    Specs:"
      echo "      - Hostname: chaincode"
      echo "        SANS: [\"$(node_host "$org")\", localhost]"
    done
  } >"$file"
}

write_configtx() {
  local file=$1 org msp name
  {
    echo "Organizations:"
    echo "  - &OrdererOrg"
    echo "    Name: OrdererMSP"
    echo "    ID: OrdererMSP"
    echo "    MSPDir: $CRYPTO_DIR/ordererOrganizations/orderer.$DOMAIN/msp"
    echo "    Policies:"
    policy Readers "OR('OrdererMSP.member')"
    policy Writers "OR('OrdererMSP.member')"
    policy Admins "OR('OrdererMSP.admin')"
    echo "    OrdererEndpoints:"
    for name in "${ORDERERS[@]}"; do echo "      - $(node_host "$name"):$(orderer_port "$name")"; done
    for org in "${ORGS[@]}"; do
      msp=$(msp_id "$org")
      echo "  - &$msp"
      echo "    Name: $msp"
      echo "    ID: $msp"
      echo "    MSPDir: $CRYPTO_DIR/peerOrganizations/$(org_domain "$org")/msp"
      echo "    Policies:"
      policy Readers "OR('$msp.admin', '$msp.peer', '$msp.client')"
      policy Writers "OR('$msp.admin', '$msp.client')"
      policy Admins "OR('$msp.admin')"
      policy Endorsement "OR('$msp.peer')"
      echo "    AnchorPeers:"
      echo "      - Host: $(node_host "$org")"
      echo "        Port: $(peer_port "$org")"
    done
    cat <<YAML
Profiles:
  Maintenance:
    Capabilities:
      V3_0: true
    Policies:
      Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
      Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
      Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
    Orderer:
      OrdererType: etcdraft
      BatchTimeout: ${FITLEDGER_BATCH_TIMEOUT:-250ms}
      BatchSize:
        MaxMessageCount: ${FITLEDGER_BATCH_MAX_MESSAGES:-100}
        AbsoluteMaxBytes: 10 MB
        PreferredMaxBytes: 2 MB
      Capabilities:
        V2_0: true
      Policies:
        Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
        Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
        Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
        BlockValidation: {Type: ImplicitMeta, Rule: "ANY Writers"}
      Organizations:
        - *OrdererOrg
      EtcdRaft:
        # A follower that hears nothing from the leader for 10 ticks (2.5 s, drawn up to twice that)
        # stands for election, so writes resume a few seconds after the leader fails.
        Options:
          TickInterval: 250ms
          ElectionTick: 10
          HeartbeatTick: 1
          MaxInflightBlocks: 5
          SnapshotIntervalSize: 16 MB
        Consenters:
YAML
    for name in "${ORDERERS[@]}"; do
      echo "          - Host: $(node_host "$name")"
      echo "            Port: $(orderer_port "$name")"
      echo "            ClientTLSCert: $(orderer_dir "$name")/tls/server.crt"
      echo "            ServerTLSCert: $(orderer_dir "$name")/tls/server.crt"
    done
    cat <<YAML
    Application:
      Capabilities:
        V2_5: true
      Policies:
        Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
        Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
        Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
        LifecycleEndorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
        Endorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
      Organizations:
YAML
    for org in "${ORGS[@]}"; do echo "        - *$(msp_id "$org")"; done
  } >"$file"
}

policy() {
  echo "      $1:"
  echo "        Type: Signature"
  echo "        Rule: \"$2\""
}
