#!/usr/bin/env bash
# Starts (or stops) the project's own PostgreSQL cluster: installed from Debian's packages when missing,
# data in an ignored folder of the repo, run as a non-root OS user, on a port that avoids a system server.
# Usage: deploy/pg.sh start|stop|status
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

log() { echo "pg: $*" >&2; }

find_pg_bin() {
  local ctl
  ctl=$(ls -1d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$ctl" ] && dirname "$ctl"
}

ensure_installed() {
  PG_BIN=$(find_pg_bin || true)
  if [ -z "${PG_BIN:-}" ]; then
    [ "$(id -u)" = 0 ] || { log "PostgreSQL is not installed and this user cannot install it: run 'apt-get install postgresql' as root"; exit 1; }
    log "installing PostgreSQL from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PG_BIN=$(find_pg_bin)
  fi
  if ! command -v psql >/dev/null; then
    export PATH="$PG_BIN:$PATH"
  fi
}

# PostgreSQL refuses to run as root: root runs it as a dedicated unprivileged user.
as_pg_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$LG_PG_OS_USER" -- "$@"; else "$@"; fi
}

ensure_os_user() {
  [ "$(id -u)" = 0 ] || return 0
  id -u "$LG_PG_OS_USER" >/dev/null 2>&1 ||
    useradd --system --no-create-home --shell /usr/sbin/nologin "$LG_PG_OS_USER"
}

# The data folder must be reachable by that user; a repo under a private home falls back to /var/tmp.
choose_data_dir() {
  local parent
  parent=$(dirname "$LG_PG_DATA")
  mkdir -p "$parent"
  if [ "$(id -u)" = 0 ]; then
    chown "$LG_PG_OS_USER" "$parent" 2>/dev/null || true
    if ! runuser -u "$LG_PG_OS_USER" -- test -w "$parent" 2>/dev/null; then
      local fallback="/var/tmp/lasergrains-pg-$(echo -n "$LG_PG_DATA" | sha1sum | cut -c1-10)"
      log "$parent is not reachable by user $LG_PG_OS_USER; keeping the cluster in $fallback"
      LG_PG_DATA="$fallback"
      mkdir -p "$LG_PG_DATA"
    fi
    mkdir -p "$LG_PG_DATA"
    chown "$LG_PG_OS_USER" "$LG_PG_DATA"
  fi
  mkdir -p "$LG_PG_DATA"
  chmod 700 "$LG_PG_DATA"
}

init_cluster() {
  [ -f "$LG_PG_DATA/PG_VERSION" ] && return 0
  log "creating a new cluster in $LG_PG_DATA"
  local pwfile
  pwfile=$(mktemp)
  echo "$LG_PG_PASSWORD" >"$pwfile"
  chmod 644 "$pwfile"
  as_pg_user "$PG_BIN/initdb" -D "$LG_PG_DATA" -U "$LG_PG_USER" --pwfile="$pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
}

is_running() { as_pg_user "$PG_BIN/pg_ctl" -D "$LG_PG_DATA" status >/dev/null 2>&1; }

start() {
  ensure_installed
  ensure_os_user
  choose_data_dir
  init_cluster
  if is_running; then
    log "already running on port $LG_PG_PORT ($LG_PG_DATA)"
  else
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$LG_PG_PORT" >/dev/null 2>&1; then
      log "port $LG_PG_PORT is already served by another PostgreSQL (not $LG_PG_DATA): stop it or set LG_PG_PORT"
      exit 1
    fi
    # pg_stat_statements: per-statement counts for the benchmarks and the receiver's statement test (a cluster started
    # before this was added needs one restart: bash deploy/pg.sh stop, then start). autovacuum_naptime 10 s (default
    # 1 min): a new database's tables are analysed within seconds of growing, which remakes the generic plans of the
    # prepared statements made while they were empty (Shared/Hosting/ConnectionTuning.cs).
    as_pg_user "$PG_BIN/pg_ctl" -D "$LG_PG_DATA" -l "$LG_PG_DATA/server.log" -w -t 60 start \
      -o "-c port=$LG_PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='$LG_PG_DATA' -c max_connections=300 -c shared_preload_libraries=pg_stat_statements -c autovacuum_naptime=10s" >/dev/null
    log "started on 127.0.0.1:$LG_PG_PORT ($LG_PG_DATA)"
  fi
  export PGPASSWORD="$LG_PG_PASSWORD"
  if ! psql -h 127.0.0.1 -p "$LG_PG_PORT" -U "$LG_PG_USER" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$LG_DB_NAME'" | grep -q 1; then
    psql -h 127.0.0.1 -p "$LG_PG_PORT" -U "$LG_PG_USER" -d postgres -qc "CREATE DATABASE \"$LG_DB_NAME\"" >/dev/null
    log "created database $LG_DB_NAME"
  fi
}

stop() {
  ensure_installed
  choose_data_dir
  if [ -f "$LG_PG_DATA/PG_VERSION" ] && is_running; then
    as_pg_user "$PG_BIN/pg_ctl" -D "$LG_PG_DATA" -m fast -w stop >/dev/null
    log "stopped"
  fi
}

status() {
  ensure_installed
  choose_data_dir
  if is_running; then echo running; else echo stopped; exit 3; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
