# The demo people and the files the gateway reads to act as them. Sourced.
#
# Each person is an identity of their org's Fabric CA (see ca.sh), enrolled into
# people/NAME/msp with their FitLedger attributes in the certificate.

# NAME:ORG:ROLE:DISTRICTS:COMPANY; DISTRICTS is comma-separated, COMPANY only for contractors.
# Besides the people, the Authority's service identities: intake1 records residents' reports, and
# reader1 is what the gateway reads the ledger with (block events for its index, commit statuses,
# and reads for people who sign on their own devices); neither is a person nor signs in.
DEMO_PEOPLE=(
  supervisor1:authority:supervisor:SH:
  supervisor2:authority:supervisor:SH/PD:
  supervisor3:authority:supervisor:SH/XH:
  intake1:authority:intake:SH:
  reader1:authority:reader:SH:
  inspector1:patrol:inspector:SH/PD:
  inspector2:patrol:inspector:SH/PD:
  inspector3:patrol:inspector:SH/PD:
  inspector4:patrol:inspector:SH/XH:
  inspector5:patrol:inspector:SH/XH:
  inspector6:patrol:inspector:SH/XH:
  contractor1:contractor:contractor::GREENFIX
  contractor2:contractor:contractor::GREENFIX
  contractor3:contractor:contractor::FIXRIGHT
  contractor4:contractor:contractor::FIXRIGHT
)

# person NAME: prints NAME's entry of DEMO_PEOPLE.
person() {
  local entry
  for entry in "${DEMO_PEOPLE[@]}"; do
    [ "${entry%%:*}" = "$1" ] && { echo "$entry"; return; }
  done
  die "no person named '$1' (one of: $(printf '%s ' "${DEMO_PEOPLE[@]%%:*}"))"
}

person_org() { local entry; entry=$(person "$1"); entry=${entry#*:}; echo "${entry%%:*}"; }
person_home() { echo "$PEOPLE_DIR/$1"; }
person_msp() { echo "$PEOPLE_DIR/$1/msp"; }
is_enrolled() { [ -f "$(person_msp "$1")/signcerts/cert.pem" ]; }
is_revoked() { [ -f "$PEOPLE_DIR/$1/revoked" ]; }

# The peer CLI acting as a person against their org's peer.
person_env() {
  local org
  org=$(person_org "$1")
  echo FABRIC_CFG_PATH="$FABRIC_HOME/config"
  echo FABRIC_LOGGING_SPEC=WARN
  echo CORE_PEER_LOCALMSPID="$(msp_id "$org")"
  echo CORE_PEER_MSPCONFIGPATH="$(person_msp "$1")"
  echo CORE_PEER_ADDRESS="$(node_host "$org"):$(peer_port "$org")"
  echo CORE_PEER_TLS_ENABLED=true
  echo CORE_PEER_TLS_ROOTCERT_FILE="$(peer_tls_ca "$org")"
}

# person_at_env PERSON@PEER: the peer CLI acting as a person against one peer (ORG for the org's
# first, ORG/N for peer N), e.g. supervisor1@authority/1: person_env with that peer's address and
# TLS CA in place of their org's first peer's.
person_at_env() {
  local peer=${1#*@} org n
  org=$(peer_org "$peer") n=$(peer_index "$peer")
  person_env "${1%%@*}"
  echo CORE_PEER_ADDRESS="$(node_host "$org"):$(peer_port "$org" "$n")"
  echo CORE_PEER_TLS_ROOTCERT_FILE="$(peer_dir "$org" "$n")/tls/ca.crt"
}

# is_person_role ROLE: whether holders of ROLE are people (who sign on their own devices), not
# service identities.
is_person_role() { [[ $1 == supervisor || $1 == inspector || $1 == contractor ]]; }

# The people file names the key file of service identities only. FITLEDGER_UNSAFE_GATEWAY_SIGNING=true
# names the people's key files too, so that the gateway signs for them (off by default: whoever runs
# the gateway could then write a patrol, a repair or a contract in their name). The benchmarks set
# it to measure that path.
#
# Writes gateway/network.json, and with the gateway jar's `people write` (installed in run/lib by
# `up` before the network starts) gateway/people.json and demo-credentials.json (mode 600), keeping
# the passwords of an earlier run so that what `up` printed stays true; prints each person and their
# password. A revoked person stays in people.json: the peers refuse their proposals, which is the
# point of revoking them.
write_people() {
  local dir="$RUN_DIR/gateway" jar="$RUN_DIR/lib/fitledger-gateway.jar"
  [ -f "$jar" ] || die "no $jar to write the people file with; run: ./fitledger up"
  mkdir -p "$dir"
  {
    printf '{"channel":"%s","chaincode":"%s","orgs":{' "$CHANNEL" "$CHAINCODE_NAME"
    local org sep=""
    for org in "${ORGS[@]}"; do
      printf '%s"%s":{"peerEndpoint":"%s:%s","peerHostAlias":"%s","tlsCaCert":"%s","caUrl":"%s","caName":"%s"}' \
        "$sep" "$(msp_id "$org")" "$(node_host "$org")" "$(peer_port "$org")" "$(peer_name "$org")" \
        "$(peer_tls_ca "$org")" "$(ca_url "$org")" "$(ca_name "$org")"
      sep=,
    done
    printf '}}\n'
  } >"$dir/network.json"
  local lines=() entry name org role districts company indexer="" key
  for entry in "${DEMO_PEOPLE[@]}"; do
    IFS=: read -r name org role districts company <<<"$entry"
    if ! is_enrolled "$name"; then
      is_revoked "$name" && continue
      die "$name has no identity in $(person_msp "$name"); run: ./fitledger up"
    fi
    if [ -z "$indexer" ] && [ "$role" = reader ] && ! is_revoked "$name"; then
      indexer=$name
    fi
    key=$(ls "$(person_msp "$name")"/keystore/*_sk)
    if is_person_role "$role" && [ "${FITLEDGER_UNSAFE_GATEWAY_SIGNING:-false}" != true ]; then
      key=""
    fi
    lines+=("$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s' "$name" "$(msp_id "$org")" "$role" "$districts" \
      "$company" "$(person_msp "$name")/signcerts/cert.pem" "$key")")
  done
  # Connected machines' devices (./fitledger add-device): service identities that never sign in.
  local device machine msp
  while IFS=: read -r device machine; do
    [ -n "$device" ] || continue
    msp="$RUN_DIR/devices/$device/msp"
    lines+=("$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s' "$device" "$(msp_id authority)" device "" "" \
      "$msp/signcerts/cert.pem" "$(ls "$msp"/keystore/*_sk)")")
  done < <(cat "$RUN_DIR/devices.list" 2>/dev/null)
  [ -n "$indexer" ] || die "every reader is revoked; the gateway reads the ledger with one"
  printf '%s\n' "${lines[@]}" |
    java -XX:+UseSerialGC -Xmx64m -jar "$jar" people write --credentials "$RUN_DIR/demo-credentials.json" \
      --people "$dir/people.json" --indexer "$indexer"
}
