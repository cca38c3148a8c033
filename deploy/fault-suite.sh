#!/usr/bin/env bash
# The fault suite (docs/RELIABILITY.md): three silos, two gateways (each with the built-in Laser OS receiver) and a
# webhook receiver of the suite's own, on a throwaway PostgreSQL cluster of the suite's own, all on 127.0.0.1, under a
# steady load from the load generator. In turn it SIGKILLs a silo (and restarts it), restarts PostgreSQL, makes its
# receiver answer 500 for a while, SIGKILLs a gateway (and restarts it); then it checks that every accepted upload
# settled, exactly one DesignFile per file, every event delivered at least once and in order per file, no duplicate
# catalog rows. Exit 0 when every check holds.
# Usage: deploy/fault-suite.sh [--short] [--no-build]     (--short: under 3 minutes, as deploy/test.sh runs it)
set -uo pipefail
short=false build=true
for a in "$@"; do
  case "$a" in --short) short=true ;; --no-build) build=false ;; *) echo "usage: $0 [--short] [--no-build]" >&2; exit 2 ;; esac
done

# Never the shared cluster: a port, a data folder, a database and a cluster id of the suite's own (LG_DB is rebuilt).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Twenty ports on 127.0.0.1 from a free block, below the kernel's ephemeral range and the tests' 20000-32000:
# +0 +1 gateways, +2..+4 silos' HTTP, +5 the receiver, +6..+8 silo ports, +11..+13 silo gateway ports, +19 PostgreSQL.
port_free() { ! ss -ltnH "sport = :$1" 2>/dev/null | grep -q .; }
block_free() { local p; for p in $(seq "$1" $(($1 + 19))); do port_free "$p" || return 1; done; }
base="${LG_FAULT_PORT_BASE:-}"
if [ -z "$base" ]; then
  for b in 16100 16200 16300 16400 16500 16600 16700 16800 16900; do block_free "$b" && { base=$b; break; }; done
  [ -n "$base" ] || { echo "fault-suite: no free block of ports from 16100 to 16919" >&2; exit 1; }
fi
export LG_PG_PORT=$((base + 19))
export LG_PG_DATA="$root/.data/fault-pg/data"
export LG_DB_NAME=lg_fault LG_CLUSTER_ID="lg-fault-$$" LG_SERVICE_ID=lg-fault
unset LG_DB
[ "$LG_PG_PORT" != 55432 ] || { echo "fault-suite: refusing port 55432 (the shared cluster)" >&2; exit 2; }
source "$root/deploy/env.sh"
work="$root/.data/fault"
rm -rf "$work" && mkdir -p "$work/logs" "$work/files"
export LG_STORAGE_ROOT="$work/files"
log() { echo "fault-suite [$(date -u +%H:%M:%S)] $*" >&2; }

gw=("http://127.0.0.1:$base" "http://127.0.0.1:$((base + 1))")
receiver_port=$((base + 5))
secret="whsec_$(head -c 32 /dev/urandom | base64)"
# The default subscription to the built-in receiver in batches, as the local run has it; the suite's own receiver one by one.
export LG_RECEIVER_SECRETS="$secret" WEBHOOK_URL="${gw[0]}/webhooks/module-n/events" WEBHOOK_SECRET="$secret" LG_WEBHOOK_DEFAULT_MAX_BATCH=32
export LG_WEBHOOK_ALLOWED_TARGETS="127.0.0.1:$base,127.0.0.1:$((base + 1)),127.0.0.1:$receiver_port"
# Retries every few seconds for 150 s, so a receiver down for 60 s is caught up without dead letters; a fast backstop.
export LG_WEBHOOK_RETRY_SCHEDULE="0s,1s,2s,4s,8s,15s,15s,15s,15s,15s,15s,15s,15s,15s" LG_WEBHOOK_REMINDER_PERIOD=00:00:10
# The built-in receivers are called without credentials, so the anonymous limit applies to every event.
export LG_RATE_LIMIT_ANONYMOUS_PER_MINUTE=1000000
# A killed silo is declared dead within seconds (as the integration tests do).
export Cluster__Membership__ProbeTimeout=00:00:01 Cluster__Membership__NumMissedProbesLimit=2
export Cluster__Membership__IAmAliveTablePublishTimeout=00:00:05 Cluster__Membership__TableRefreshTimeout=00:00:02

declare -A pid=()
cleanup() {
  trap - EXIT INT TERM
  for name in "${!pid[@]}"; do kill -TERM "${pid[$name]}" 2>/dev/null || true; done
  for name in "${!pid[@]}"; do wait "${pid[$name]}" 2>/dev/null || true; done
  bash "$root/deploy/pg.sh" stop >/dev/null 2>&1 || true
  rm -rf "$root/.data/fault-pg"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bin() { echo "$root/$1/bin/$LG_CONFIGURATION/net10.0/LaserGrains.$2.dll"; }
start_silo() { # 1, 2 or 3
  LG_SILO_PORT=$((base + 5 + $1)) LG_SILO_GATEWAY_PORT=$((base + 10 + $1)) LG_SILO_HTTP_URL="http://127.0.0.1:$((base + 1 + $1))" \
    dotnet "$(bin Silo Silo)" >>"$work/logs/silo$1.log" 2>&1 &
  pid[silo$1]=$!
}
start_gateway() { # 1 or 2
  LG_GATEWAY_URL="${gw[$1 - 1]}" dotnet "$(bin Gateway Gateway)" >>"$work/logs/gateway$1.log" 2>&1 &
  pid[gateway$1]=$!
}
ready() { curl -fsS "$1/health/ready" >/dev/null 2>&1; }
wait_ready() { for _ in $(seq 1 120); do ready "$1" && return 0; sleep 1; done; log "$1 did not become ready"; return 1; }
psql_fault() { PGPASSWORD="$LG_PG_PASSWORD" psql -h 127.0.0.1 -p "$LG_PG_PORT" -U "$LG_PG_USER" -d "$LG_DB_NAME" -v ON_ERROR_STOP=1 -qtAX "$@"; }

rm -rf "$root/.data/fault-pg"
bash "$root/deploy/pg.sh" start >"$work/logs/pg.log" 2>&1 || { cat "$work/logs/pg.log" >&2; exit 1; }
bash "$root/deploy/migrate.sh" 2>>"$work/logs/pg.log" || exit 1
if [ "$build" = true ]; then
  log "building"
  for project in Silo Gateway bench/LaserGrains.LoadGen; do
    dotnet build "$root/$project" -c "$LG_CONFIGURATION" -nologo -v quiet -clp:NoSummary >>"$work/logs/build.log" 2>&1 ||
      { cat "$work/logs/build.log" >&2; exit 1; }
  done
fi
key="$(bash "$root/deploy/keys.sh" create fault-suite admin)" || exit 1

log "starting 3 silos, 2 gateways and the suite's receiver (PostgreSQL on 127.0.0.1:$LG_PG_PORT)"
loadgen="$(bin bench/LaserGrains.LoadGen LoadGen)"
dotnet "$loadgen" receive --port "$receiver_port" --log "$work/receipts.csv" --control-file "$work/receiver-fails" >"$work/logs/receiver.log" 2>&1 &
pid[receiver]=$!
start_silo 1; start_silo 2; start_silo 3
start_gateway 1; start_gateway 2
wait_ready "${gw[0]}" && wait_ready "${gw[1]}" || exit 1
sub="$(curl -fsS -H "Authorization: Bearer $key" -H 'content-type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$receiver_port/hook\",\"description\":\"fault suite receiver\"}" "${gw[0]}/webhooks/subscriptions" |
  sed -n 's/.*"id":"\([^"]*\)".*/\1/p')"
[ -n "$sub" ] || { log "could not subscribe the suite's receiver"; exit 1; }

# The schedule, in seconds after the load starts: silo kill, PostgreSQL restart, receiver failing (from, for), gateway kill, end.
if [ "$short" = true ]; then rate=10 t_silo=8 t_pg=20 t_rx=30 rx_for=15 t_gw=50 t_end=60
else rate=20 t_silo=15 t_pg=45 t_rx=70 rx_for=60 t_gw=140 t_end=160; fi
log "load: $rate uploads/s through both gateways for $t_end s"
dotnet "$loadgen" --url "${gw[0]},${gw[1]}" --key "$key" --db "$LG_DB" --cluster-id "$LG_CLUSTER_ID" --rate "$rate" \
  --duration "${t_end}s" --warmup 0s --settle-timeout 150s --stats-wait 0s --json "$work/load.json" >"$work/load.txt" 2>&1 &
load_pid=$!
started=$SECONDS
at() { local wait=$(($1 - (SECONDS - started))); [ "$wait" -gt 0 ] && sleep "$wait"; }

at "$t_silo"; log "SIGKILL silo 2"; kill -KILL "${pid[silo2]}"; wait "${pid[silo2]}" 2>/dev/null
sleep 3; log "restarting silo 2"; start_silo 2
at "$t_pg"; log "restarting PostgreSQL (the suite's own cluster)"
bash "$root/deploy/pg.sh" stop >>"$work/logs/pg.log" 2>&1; sleep 2; bash "$root/deploy/pg.sh" start >>"$work/logs/pg.log" 2>&1
at "$t_rx"; log "the suite's receiver answers 500 for $rx_for s"; touch "$work/receiver-fails"
at $((t_rx + rx_for)); rm -f "$work/receiver-fails"; log "the suite's receiver answers 200 again"
at "$t_gw"; log "SIGKILL gateway 2"; kill -KILL "${pid[gateway2]}"; wait "${pid[gateway2]}" 2>/dev/null
sleep 3; log "restarting gateway 2"; start_gateway 2
wait "$load_pid"; load_rc=$?
log "load finished (exit $load_rc: $([ $load_rc = 0 ] && echo 'every accepted upload settled' || echo 'NOT every accepted upload settled'))"
load_stopped=$SECONDS
source "$root/deploy/fault-checks.sh"
