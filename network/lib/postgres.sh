# A PostgreSQL cluster of FitLedger's own under the run directory, or the one FITLEDGER_DB_URL
# names. Sourced.

PG_DIR="$RUN_DIR/postgres"
PG_BIN=${FITLEDGER_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
as_pg_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# FITLEDGER_INDEX_DISK_MB=N (as root; the fault suite's stacks): the index's database lives in a
# tablespace on an N MB tmpfs of its own, so that its disk can fill up (`./fitledger disk full`)
# without the machine's. PostgreSQL's WAL stays in the cluster on the run directory's disk, as it
# would on a volume of its own. A tmpfs does not outlive the machine: such a stack is for tests.
INDEX_DISK="$PG_DIR/index-disk"

index_disk_mounted() { mountpoint -q "$INDEX_DISK" 2>/dev/null; }

index_disk_up() {
  index_disk_mounted && return 0
  mkdir -p "$INDEX_DISK"
  mount -t tmpfs -o "size=${FITLEDGER_INDEX_DISK_MB}m,mode=700" fitledger-index "$INDEX_DISK" ||
    die "cannot mount the index's disk (FITLEDGER_INDEX_DISK_MB needs root)"
  echo "$FITLEDGER_INDEX_DISK_MB" >"$PG_DIR/index-disk-mb"
  mkdir -p "$INDEX_DISK/tablespace"
  [ "$(id -u)" = 0 ] && chown -R postgres "$INDEX_DISK"
  return 0
}

index_disk_down() {
  if index_disk_mounted; then umount "$INDEX_DISK"; fi
}

# index_disk full|free: leaves the index's disk no free byte (its size becomes what it holds), or
# gives it back its size.
index_disk_set() {
  index_disk_mounted || die "the index has no disk of its own here (FITLEDGER_INDEX_DISK_MB at up)"
  local size
  case $1 in
    full) size="$(df --output=used -k "$INDEX_DISK" | tail -n 1 | tr -d ' ')k" ;;
    free) size="$(cat "$PG_DIR/index-disk-mb")m" ;;
  esac
  mount -o "remount,size=$size" "$INDEX_DISK"
}

postgres_up() {
  [ -n "${FITLEDGER_DB_URL:-}" ] && return 0
  [ -x "$PG_BIN/initdb" ] || die "PostgreSQL server binaries not found (install Debian's postgresql, or set FITLEDGER_DB_URL)"
  local secrets="$RUN_DIR/secrets"
  mkdir -p "$secrets" && chmod 700 "$secrets"
  [ -f "$secrets/db-password" ] || (umask 077 && openssl rand -hex 24 >"$secrets/db-password")
  if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    log "creating the PostgreSQL cluster in $PG_DIR"
    index_disk_down
    rm -rf "$PG_DIR" && mkdir -p "$PG_DIR"
    local pwfile="$PG_DIR/pwfile"
    cp "$secrets/db-password" "$pwfile"
    [ "$(id -u)" = 0 ] && chown -R postgres "$PG_DIR"
    as_pg_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U fitledger --auth=scram-sha-256 \
      --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 ||
      die "initdb failed: see $PG_DIR/initdb.log"
    rm -f "$pwfile"
  fi
  if [ -f "$PG_DIR/index-disk-mb" ] && ! index_disk_mounted && [ ! -d "$INDEX_DISK/tablespace" ]; then
    die "the index's disk (a tmpfs, FITLEDGER_INDEX_DISK_MB) is gone with its data: ./fitledger clean"
  fi
  if ! as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
    # The index takes its writes in bursts (a catch-up, a rebuild's million inspections): with the
    # default 1 GB of WAL between checkpoints, a rebuild checkpointed every 21-24 s, each followed by
    # full-page writes of every page touched again.
    local options="-p $(postgres_port) -k $PG_DIR -c listen_addresses=$HOST -c max_wal_size=4GB"
    # FITLEDGER_PROFILE=1 (the ledger benchmark's profiles) times every statement.
    [ "${FITLEDGER_PROFILE:-0}" = 1 ] && options+=" -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on"
    as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 \
      -o "$options" start >/dev/null ||
      die "PostgreSQL did not start: see $PG_DIR/postgres.log"
    log "started PostgreSQL on $HOST:$(postgres_port)"
  fi
  if ! stack_psql postgres -tAc "select 1 from pg_database where datname = 'fitledger'" | grep -q 1; then
    local tablespace=()
    if [ -n "${FITLEDGER_INDEX_DISK_MB:-}" ]; then
      index_disk_up
      stack_psql postgres -qc "create tablespace index_disk location '$INDEX_DISK/tablespace'"
      tablespace=(--tablespace=index_disk)
    fi
    PGPASSWORD=$(cat "$secrets/db-password") "$PG_BIN/createdb" -h "$HOST" -p "$(postgres_port)" \
      -U fitledger "${tablespace[@]}" fitledger
  fi
}

postgres_down() {
  [ -n "${FITLEDGER_DB_URL:-}" ] && return 0
  [ -f "$PG_DIR/data/PG_VERSION" ] || return 0
  if as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
    as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null
    log "stopped PostgreSQL"
  fi
}

postgres_running() {
  [ -f "$PG_DIR/data/PG_VERSION" ] && as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1
}

# stack_psql DATABASE [PSQL-ARG...]: psql as fitledger into the stack's own cluster.
stack_psql() {
  local database=$1
  shift
  PGPASSWORD=$(cat "$RUN_DIR/secrets/db-password") "$PG_BIN/psql" -h "$HOST" -p "$(postgres_port)" \
    -U fitledger -d "$database" "$@"
}

db_url() { echo "${FITLEDGER_DB_URL:-jdbc:postgresql://$HOST:$(postgres_port)/fitledger}"; }
db_user() { echo "${FITLEDGER_DB_USER:-fitledger}"; }
db_password() {
  if [ -n "${FITLEDGER_DB_URL:-}" ]; then echo "${FITLEDGER_DB_PASSWORD:-}"; else cat "$RUN_DIR/secrets/db-password"; fi
}
