# The demo people and the files the gateway reads to act as them. Sourced.
#
# Each person has their own X.509 identity from their org. Until the orgs run their own CAs, the
# identities are cryptogen's users: supervisor1, inspector1 and contractor1 are User1 of the
# Authority, Patrol and Contractor orgs.

DEMO_PEOPLE=(supervisor1:authority:supervisor inspector1:patrol:inspector contractor1:contractor:contractor)

person_msp() {
  local org=$1
  echo "$CRYPTO_DIR/peerOrganizations/$(org_domain "$org")/users/User1@$(org_domain "$org")/msp"
}

# Writes gateway/network.json, gateway/people.json and demo-credentials.json (mode 600), keeping
# the passwords of an earlier run so that what `up` printed stays true.
write_people() {
  local dir="$RUN_DIR/gateway" creds="$RUN_DIR/demo-credentials.json"
  mkdir -p "$dir"
  {
    printf '{"channel":"%s","chaincode":"%s","orgs":{' "$CHANNEL" "$CHAINCODE_NAME"
    local org sep=""
    for org in "${ORGS[@]}"; do
      printf '%s"%s":{"peerEndpoint":"%s:%s","peerHostAlias":"%s","tlsCaCert":"%s"}' "$sep" \
        "$(msp_id "$org")" "$HOST" "$(peer_port "$org")" "$(peer_name "$org")" "$(peer_tls_ca "$org")"
      sep=,
    done
    printf '}}\n'
  } >"$dir/network.json"
  local spec=() entry
  for entry in "${DEMO_PEOPLE[@]}"; do
    IFS=: read -r name org role <<<"$entry"
    local msp
    msp=$(person_msp "$org")
    spec+=("$name" "$(msp_id "$org")" "$role" "$(ls "$msp"/signcerts/*.pem)" "$(ls "$msp"/keystore/*)")
  done
  (umask 077 && python3 "$NETWORK_DIR/lib/people.py" "$creds" "$dir/people.json" "${spec[@]}")
}
