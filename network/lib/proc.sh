# Starting and stopping FitLedger's own processes, tracked by PID file. Sourced, never run.

# start_process NAME COMMAND... runs COMMAND in the background with its output in logs/NAME.log.
# The environment is the caller's; a process already running under NAME is left alone.
start_process() {
  local name=$1; shift
  if is_running "$name"; then
    log "$name already running (pid $(cat "$PID_DIR/$name.pid"))"
    return 0
  fi
  mkdir -p "$PID_DIR" "$LOG_DIR"
  FITLEDGER_RUN_DIR="$RUN_DIR" setsid "$@" >>"$LOG_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$PID_DIR/$name.pid"
  log "started $name (pid $!)"
}

# is_running NAME: the PID file names a live process that still runs what we started.
is_running() {
  local file="$PID_DIR/$1.pid" pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
  # Guard against PID reuse: every process we start carries the run directory in its environment.
  grep -qzx "FITLEDGER_RUN_DIR=$RUN_DIR" "/proc/$pid/environ" 2>/dev/null
}

stop_process() {
  local name=$1 file="$PID_DIR/$1.pid" pid i
  if is_running "$name"; then
    pid=$(cat "$file")
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do
      [ -d "/proc/$pid" ] || break
      sleep 0.1
    done
    if [ -d "/proc/$pid" ]; then
      log "$name did not stop in 10s; killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    log "stopped $name"
  fi
  rm -f "$file"
}

# Names of every process started in this run directory.
running_processes() {
  local f
  for f in "$PID_DIR"/*.pid; do
    [ -e "$f" ] || continue
    basename "$f" .pid
  done
}

# wait_ready NAME URL SECONDS: waits until URL answers 200, and gives up at once if NAME has died.
wait_ready() {
  local name=$1 url=$2 deadline=$((SECONDS + $3))
  until curl -fsk -o /dev/null --max-time 2 "$url"; do
    is_running "$name" || die "$name stopped during start-up; see $LOG_DIR/$name.log"
    [ $SECONDS -lt $deadline ] || die "$url did not answer within $3s; see $LOG_DIR/$name.log"
    sleep 0.2
  done
}
