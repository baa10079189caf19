# One Fabric CA per peer org, the people it enrolls, and their revocation. Sourced.
#
# cryptogen still makes the orderer org and every node's identity. Each org's Fabric CA signs with
# that org's cryptogen CA key and certificate, so the people it enrolls chain to the root that is
# already in the org's MSP on the channel, and get OU=client from it (NodeOUs). The CA's registrar
# is of type `registrar`, which is none of the NodeOU types, so its own certificate is no identity
# on the channel: it can register and revoke people, not act as one.

ca_home() { echo "$CA_DIR/$1"; }
registrar_secret() { echo "$SECRETS_DIR/ca-$1-registrar"; }
enrollment_secret() { echo "$SECRETS_DIR/enrollment/$1"; }

# The CA's TLS server certificate, from the org's TLS CA like the org's nodes.
make_ca_tls() {
  local org=$1 tls dom san host
  tls="$(ca_home "$org")/tls" dom=$(org_domain "$org") host=$(node_host "$org")
  [ -f "$tls/server.crt" ] && return 0
  mkdir -p "$tls"
  if [[ $host =~ ^[0-9.]+$|: ]]; then san="IP:$host"; else san="DNS:$host"; fi
  (umask 077 && openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$tls/server.key")
  openssl req -new -key "$tls/server.key" -subj "/O=$dom/CN=ca.$dom" -out "$tls/server.csr"
  openssl x509 -req -in "$tls/server.csr" -CA "$(peer_tls_ca "$org")" \
    -CAkey "$CRYPTO_DIR/peerOrganizations/$dom/tlsca/priv_sk" -set_serial "0x$(openssl rand -hex 16)" \
    -days 3650 -sha256 -out "$tls/server.crt.partial" -extfile <(
      echo "basicConstraints=critical,CA:FALSE"
      echo "keyUsage=critical,digitalSignature,keyEncipherment"
      echo "extendedKeyUsage=serverAuth"
      echo "subjectAltName=$san,DNS:localhost,DNS:ca.$dom"
      echo "subjectKeyIdentifier=hash"
      echo "authorityKeyIdentifier=keyid"
    ) 2>>"$LOG_DIR/ca-$org.log"
  rm -f "$tls/server.csr"
  mv "$tls/server.crt.partial" "$tls/server.crt"
}

# write_ca_config ORG [REGISTRAR_PASSWORD]: the server's configuration. The registrar is listed,
# with its password, only for `fabric-ca-server init`, which stores it (bcrypt) in the CA's
# database; the configuration the server runs with lists no one.
write_ca_config() {
  local org=$1 password=${2:-} home dom
  home=$(ca_home "$org") dom=$(org_domain "$org")
  {
    cat <<YAML
version: ${FABRIC_CA_VERSION#v}
address: $(node_host "$org")
port: $(ca_port "$org")
tls:
  enabled: true
  certfile: $home/tls/server.crt
  keyfile: $home/tls/server.key
  clientauth:
    type: noclientcert
ca:
  name: $(ca_name "$org")
  certfile: $(org_ca_dir "$org")/ca.$dom-cert.pem
  keyfile: $(org_ca_dir "$org")/priv_sk
  chainfile: $home/ca-chain.pem
# Fabric does not read a CRL's next-update time; the channel keeps the CRL until the next revoke.
crl:
  expiry: 8760h
db:
  type: sqlite3
  datasource: fabric-ca-server.db
affiliations: {}
signing:
  default:
    usage: [digital signature]
    expiry: 8760h
csr:
  cn: ca.$dom
bccsp:
  default: SW
  sw:
    hash: SHA2
    security: 256
    filekeystore:
      keystore: msp/keystore
operations:
  listenAddress: $(node_host "$org"):$(ca_ops_port "$org")
  tls:
    enabled: false
metrics:
  provider: disabled
registry:
  maxenrollments: -1
YAML
    if [ -n "$password" ]; then
      cat <<YAML
  identities:
    - name: registrar
      pass: "$password"
      type: registrar
      affiliation: ""
      attrs:
        hf.Registrar.Roles: client
        hf.Registrar.DelegateRoles: client
        hf.Registrar.Attributes: "fitledger.*"
        hf.Revoker: true
        hf.GenCRL: true
YAML
    else
      echo "  identities: []"
    fi
  } >"$home/fabric-ca-server-config.yaml"
}

init_ca() {
  local org=$1 home
  home=$(ca_home "$org")
  mkdir -p "$home" "$SECRETS_DIR" && chmod 700 "$home" "$SECRETS_DIR"
  make_ca_tls "$org"
  [ -f "$(registrar_secret "$org")" ] || (umask 077 && openssl rand -hex 24 >"$(registrar_secret "$org")")
  if [ ! -f "$home/fabric-ca-server.db" ]; then
    log "initializing $(ca_name "$org")"
    (umask 077 && write_ca_config "$org" "$(cat "$(registrar_secret "$org")")")
    "$FABRIC_CA_BIN_DIR/fabric-ca-server" init -H "$home" >>"$LOG_DIR/ca-$org.log" 2>&1 || {
      rm -f "$home/fabric-ca-server.db"
      write_ca_config "$org"
      die "fabric-ca-server init failed for $org; see $LOG_DIR/ca-$org.log"
    }
  fi
  (umask 077 && write_ca_config "$org")
}

start_cas() {
  local org
  for org in "${ORGS[@]}"; do
    init_ca "$org"
    # shellcheck disable=SC2046
    start_process "ca-$org" $(on_host "$org") "$FABRIC_CA_BIN_DIR/fabric-ca-server" start -H "$(ca_home "$org")"
  done
}

wait_cas() {
  local org
  for org in "${ORGS[@]}"; do
    wait_ready "ca-$org" "http://$(node_host "$org"):$(ca_ops_port "$org")/healthz" 60
  done
}

# ca_client ORG HOME COMMAND ARGS…: fabric-ca-client against ORG's CA with the identity in HOME.
# Its standard output (where `register` prints the secret) is discarded; call ca_client_out when
# the output is wanted.
ca_client() {
  ca_client_out "$@" >/dev/null
}

ca_client_out() {
  local org=$1 home=$2 cmd=$3; shift 3
  "$FABRIC_CA_BIN_DIR/fabric-ca-client" "$cmd" -H "$home" -M "$home/msp" -u "$(ca_url "$org")" \
    --caname "$(ca_name "$org")" --tls.certfiles "$(peer_tls_ca "$org")" "$@" 2>>"$LOG_DIR/ca-client.log"
}

registrar() {
  local org=$1; shift
  ca_client "$org" "$(ca_home "$org")/registrar" "$@"
}

# enroll ORG NAME SECRET_FILE DIR: enrolls NAME into DIR/msp. The secret travels in the client's
# environment, never on a command line.
enroll() {
  local org=$1 name=$2 secret=$3 dir=$4
  rm -rf "$dir/enroll.partial"
  mkdir -p "$dir"
  FABRIC_CA_CLIENT_URL="https://$name:$(cat "$secret")@$(node_host "$org"):$(ca_port "$org")" \
    "$FABRIC_CA_BIN_DIR/fabric-ca-client" enroll -H "$dir" -M "$dir/enroll.partial" \
    --caname "$(ca_name "$org")" --tls.certfiles "$(peer_tls_ca "$org")" \
    --csr.names "O=$(org_domain "$org")" --csr.hosts '' >/dev/null 2>>"$LOG_DIR/ca-client.log" ||
    die "enrolling $name at $(ca_name "$org") failed; see $LOG_DIR/ca-client.log and $LOG_DIR/ca-$org.log"
  # NodeOUs, so that the folder is a complete MSP for the peer CLI.
  cat >"$dir/enroll.partial/config.yaml" <<YAML
NodeOUs:
  Enable: true
$(for ou in client peer admin orderer; do
    printf '  %sOUIdentifier:\n    Certificate: cacerts/%s\n    OrganizationalUnitIdentifier: %s\n' \
      "${ou^}" "$(basename "$(ls "$dir"/enroll.partial/cacerts/*.pem)")" "$ou"
  done)
YAML
  rm -rf "$dir/msp"
  mv "$dir/enroll.partial" "$dir/msp"
}

enroll_registrar() {
  local org=$1 dir
  dir="$(ca_home "$org")/registrar"
  [ -f "$dir/msp/signcerts/cert.pem" ] && return 0
  enroll "$org" registrar "$(registrar_secret "$org")" "$dir"
}

# --id.attrs value: each attribute quoted, because district lists contain commas.
person_attrs() {
  local role=$1 districts=$2 company=$3 attrs
  attrs="\"fitledger.role=$role:ecert\""
  [ -z "$districts" ] || attrs+=",\"fitledger.districts=$districts:ecert\""
  [ -z "$company" ] || attrs+=",\"fitledger.company=$company:ecert\""
  echo "$attrs"
}

# Registers and enrolls each demo person who has no identity yet; the others are left alone.
enroll_org_people() {
  local org=$1 entry name porg role districts company
  for entry in "${DEMO_PEOPLE[@]}"; do
    IFS=: read -r name porg role districts company <<<"$entry"
    [ "$porg" = "$org" ] || continue
    is_enrolled "$name" && continue
    is_revoked "$name" && { log "$name is revoked; not enrolling again"; continue; }
    register_once "$org" "$name" "$(person_attrs "$role" "$districts" "$company")" \
      "$role${districts:+, districts $districts}${company:+, company $company}"
    enroll "$org" "$name" "$(enrollment_secret "$name")" "$(person_home "$name")"
  done
}

# register_once ORG NAME ATTRS WHAT: registers NAME, a client with the attributes ATTRS, at ORG's CA
# unless the CA knows NAME already, with a fresh enrollment secret kept at enrollment_secret NAME;
# WHAT says who NAME is, for the log.
register_once() {
  local org=$1 name=$2 attrs=$3 what=$4 secret
  secret=$(enrollment_secret "$name")
  if ! registrar "$org" identity list --id "$name" >/dev/null 2>&1; then
    mkdir -p "$(dirname "$secret")" && chmod 700 "$(dirname "$secret")"
    (umask 077 && openssl rand -hex 16 >"$secret")
    log "registering $name at $(ca_name "$org") ($what)"
    FABRIC_CA_CLIENT_ID_SECRET=$(cat "$secret") registrar "$org" register --id.name "$name" \
      --id.type client --id.attrs "$attrs" || die "registering $name failed; see $LOG_DIR/ca-client.log"
  fi
  [ -f "$secret" ] || die "$name is registered at $(ca_name "$org") but $secret is gone; start over with ./fitledger clean"
}

# enroll_device MACHINE: registers and enrolls the device identity of a connected machine at the
# Authority's CA: CN device-MACHINE, fitledger.role=device, fitledger.device=MACHINE, in
# devices/device-MACHINE/msp; listed in devices.list for the gateway's people file.
enroll_device() {
  local machine=$1 name="device-$1"
  [[ $machine =~ ^[A-Za-z0-9][A-Za-z0-9._-]{0,55}$ ]] ||
    die "a machine id for a device is 1..56 of letters, digits, . _ - (got '$machine')"
  wait_cas
  enroll_registrar authority
  register_once authority "$name" \
    "\"fitledger.role=device:ecert\",\"fitledger.device=$machine:ecert\"" "device of $machine"
  [ -f "$RUN_DIR/devices/$name/msp/signcerts/cert.pem" ] ||
    enroll authority "$name" "$(enrollment_secret "$name")" "$RUN_DIR/devices/$name"
  grep -qx "$name:$machine" "$RUN_DIR/devices.list" 2>/dev/null || echo "$name:$machine" >>"$RUN_DIR/devices.list"
}

enroll_people() {
  wait_cas
  local org pids=()
  for org in "${ORGS[@]}"; do
    (
      enroll_registrar "$org"
      enroll_org_people "$org"
    ) &
    pids+=($!)
  done
  local pid failed=0
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
  [ $failed = 0 ] || die "enrolling the demo people failed (see above)"
}

# revoke_at_ca NAME REASON: revokes every certificate of NAME at their org's CA, marks NAME
# revoked, and prints the path of the CA's fresh CRL.
revoke_at_ca() {
  local name=$1 reason=$2 org
  org=$(person_org "$name")
  is_running "ca-$org" || die "$(ca_name "$org") is not running; start the network first (./fitledger up)"
  log "revoking $name at $(ca_name "$org") (reason: $reason)"
  registrar "$org" revoke -e "$name" -r "$reason" || die "revoking $name failed; see $LOG_DIR/ca-client.log"
  mkdir -p "$(person_home "$name")" && touch "$(person_home "$name")/revoked"
  registrar "$org" gencrl || die "generating the CRL of $(ca_name "$org") failed; see $LOG_DIR/ca-client.log"
  echo "$(ca_home "$org")/registrar/msp/crls/crl.pem"
}

# ca_db ORG SQL ARGS…: one read of ORG's CA database (SQLite), a tab-separated line per row.
ca_db() {
  local org=$1 sql=$2; shift 2
  python3 - "$(ca_home "$org")/fabric-ca-server.db" "$sql" "$@" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, timeout=10)
for row in db.execute(sys.argv[2], sys.argv[3:]):
    print("\t".join("" if v is None else str(v) for v in row))
PY
}

# enrol_code NAME: issues NAME a one-time enrolment code for their own device and prints it. The
# code is the identity's new secret at their org's CA, good for exactly one more enrolment. A
# person who enrolled a device with an earlier code is re-enrolling (a new phone): every
# certificate they hold is revoked first, and the CA's CRL put on the channel, so that the old
# phone signs nothing more. Codes issued are recorded (not the codes: the state they were issued
# at) in the CA's home.
enrol_code() {
  local name=${1:?usage: ./fitledger enrol-code PERSON} org state codes issued code cert
  org=$(person_org "$name")
  is_revoked "$name" && die "$name is revoked; a revoked person gets no enrolment code"
  is_running "ca-$org" || die "$(ca_name "$org") is not running; start the network first (./fitledger up)"
  state=$(ca_db "$org" "select state from users where id = ?" "$name")
  [ -n "$state" ] || die "$name is not registered at $(ca_name "$org"); run: ./fitledger up"
  codes="$(ca_home "$org")/codes"
  mkdir -p "$codes" && chmod 700 "$codes"
  issued=$(cat "$codes/$name" 2>/dev/null || true)
  if [ -n "$issued" ] && [ "$state" -gt "$issued" ]; then
    log "$name enrolled a device before: revoking the certificates they hold at $(ca_name "$org")"
    while IFS=$'\t' read -r serial aki; do
      registrar "$org" revoke -s "$serial" -a "$aki" -r superseded ||
        die "revoking $name's certificate $serial failed; see $LOG_DIR/ca-client.log"
    done < <(ca_db "$org" "select serial_number, authority_key_identifier from certificates where id = ? and status = 'good'" "$name")
    registrar "$org" gencrl || die "generating the CRL of $(ca_name "$org") failed; see $LOG_DIR/ca-client.log"
    set_org_crl "$org" "$(ca_home "$org")/registrar/msp/crls/crl.pem"
  fi
  code=$(python3 -c 'import secrets; a="ABCDEFGHJKMNPQRSTVWXYZ23456789"; print("".join(secrets.choice(a) for _ in range(16)))')
  # `identity modify` takes the secret only as a flag; the code is good for one enrolment anyway.
  registrar "$org" identity modify "$name" --secret "$code" --maxenrollments $((state + 1)) ||
    die "issuing $name's enrolment code failed; see $LOG_DIR/ca-client.log"
  echo "$state" >"$codes/$name"
  rm -f "$RUN_DIR/demo-codes/$name"
  echo "${code:0:4}-${code:4:4}-${code:8:4}-${code:12:4}"
}

# demo_codes: for each demo person (supervisor, inspector, contractor), "NAME CODE" with a one-time
# code to enrol their phone or browser with, or "NAME (enrolled)" once they did. A code is issued
# once and kept in demo-codes/ (mode 600) until used, so that every `up` prints the same codes.
demo_codes() {
  local entry name org role state issued kept
  mkdir -p "$RUN_DIR/demo-codes" && chmod 700 "$RUN_DIR/demo-codes"
  for entry in "${DEMO_PEOPLE[@]}"; do
    IFS=: read -r name org role _ <<<"$entry"
    is_person_role "$role" || continue
    is_revoked "$name" && continue
    kept="$RUN_DIR/demo-codes/$name"
    state=$(ca_db "$org" "select state from users where id = ?" "$name")
    issued=$(cat "$(ca_home "$org")/codes/$name" 2>/dev/null || true)
    if [ -n "$issued" ] && [ "$state" -gt "$issued" ]; then
      printf "%-12s %s\n" "$name" "(enrolled)"
    elif [ -n "$issued" ] && [ -s "$kept" ]; then
      printf "%-12s %s\n" "$name" "$(cat "$kept")"
    else
      (umask 077 && enrol_code "$name" >"$kept.partial") && mv "$kept.partial" "$kept"
      printf "%-12s %s\n" "$name" "$(cat "$kept")"
    fi
  done
}
