#!/usr/bin/env bash
# Runs the whole system locally: PostgreSQL (the project's own cluster), the schema, one silo and the gateway.
# Prints where to look and runs until Ctrl-C or SIGTERM, then stops everything it started; a silo or gateway that dies
# is started again (deploy/supervise.sh). Data persists in .data/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$LG_ROOT"
mkdir -p .data/logs
# The receiver trusts the secret kept in .data/receiver-secret (made on the first run) unless LG_RECEIVER_SECRETS is set.
LG_RECEIVER_SECRETS="${LG_RECEIVER_SECRETS:-$(bash deploy/receiver-secret.sh)}"
export LG_RECEIVER_SECRETS
# Subscribe the built-in receiver by default (the seed's WEBHOOK_* settings), signed with the receiver's own secret,
# so an uploaded file appears in Laser OS by itself; it takes events in batches (docs/WEBHOOKS.md, "Batched delivery").
# Set WEBHOOK_URL to point the events elsewhere: then they go one to a request unless LG_WEBHOOK_DEFAULT_MAX_BATCH is set.
if [ -z "${WEBHOOK_URL:-}" ]; then
  export WEBHOOK_URL="$LG_GATEWAY_URL/webhooks/module-n/events" LG_WEBHOOK_DEFAULT_MAX_BATCH="${LG_WEBHOOK_DEFAULT_MAX_BATCH:-32}"
fi
export WEBHOOK_SECRET="${WEBHOOK_SECRET:-${LG_RECEIVER_SECRETS%%,*}}"
# Webhooks reach only public addresses; allow exactly the built-in receiver's address:port, nothing else on loopback.
receiver_authority="${LG_GATEWAY_URL#*://}"
export LG_WEBHOOK_ALLOWED_TARGETS="${LG_WEBHOOK_ALLOWED_TARGETS:-${receiver_authority%%/*}}"

pg_was_running=false
if bash deploy/pg.sh status >/dev/null 2>&1; then pg_was_running=true; fi
bash deploy/pg.sh start
bash deploy/migrate.sh

echo "building ($LG_CONFIGURATION)…" >&2
dotnet build LaserGrains.sln -c "$LG_CONFIGURATION" -v quiet -nologo -clp:NoSummary >.data/logs/build.log 2>&1 ||
  { cat .data/logs/build.log >&2; exit 1; }

# The first admin and an admin API key, made once and kept in .data/ (readable by this OS user only).
umask 077
if [ ! -s .data/admin-password ]; then
  bash deploy/users.sh create-admin admin >.data/admin-password.new && mv .data/admin-password.new .data/admin-password ||
    { rm -f .data/admin-password.new; echo "could not create user 'admin' (does it exist already? then its password is not in .data/admin-password)" >&2; }
fi
if [ ! -s .data/admin-key ]; then
  bash deploy/keys.sh create local-admin admin >.data/admin-key.new && mv .data/admin-key.new .data/admin-key
fi
umask 022
admin_password="$(cat .data/admin-password 2>/dev/null || echo '(unknown: see above)')"
admin_key="$(cat .data/admin-key)"

pids=()
stopping=false
cleanup() {
  stopping=true
  trap - INT TERM EXIT
  echo >&2
  echo "stopping…" >&2
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$pg_was_running" = false ]; then bash deploy/pg.sh stop; fi
  echo "stopped" >&2
}
trap cleanup INT TERM EXIT

bin() { echo "$LG_ROOT/$1/bin/$LG_CONFIGURATION/net10.0/LaserGrains.$1.dll"; }

# Each process runs under a supervisor that restarts it when it dies (deploy/supervise.sh: back-off 1 s doubling to 30 s).
source deploy/supervise.sh
: >.data/logs/silo.log
: >.data/logs/gateway.log
supervise silo .data/logs/silo.log dotnet "$(bin Silo)" &
pids+=($!)
supervise gateway .data/logs/gateway.log dotnet "$(bin Gateway)" &
pids+=($!)

for _ in $(seq 1 90); do
  if curl -fsS "$LG_GATEWAY_URL/health/ready" >/dev/null 2>&1; then break; fi
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "a process stopped during start-up; see .data/logs/" >&2; tail -n 5 .data/logs/*.log >&2; exit 1; }
  done
  sleep 1
done
curl -fsS "$LG_GATEWAY_URL/health/ready" >/dev/null || { echo "the gateway did not become ready; see .data/logs/" >&2; exit 1; }

cat <<INFO

LaserGrains is running.
  web UI       $LG_GATEWAY_URL/        (upload, files, webhooks, Laser OS; log in first)
  API docs     $LG_GATEWAY_URL/docs
  gateway      $LG_GATEWAY_URL        (upload: curl -H "Authorization: Bearer \$(cat .data/admin-key)" -F file=@part.dxf $LG_GATEWAY_URL/ingest)
  log in       $LG_GATEWAY_URL/login   user admin, password $admin_password  (kept in .data/admin-password)
  admin key    $admin_key  (kept in .data/admin-key; more: bash deploy/keys.sh create NAME ROLE)
  files API    $LG_GATEWAY_URL/files
  Laser OS     $LG_GATEWAY_URL/laser-os/projects   (receiver: $LG_GATEWAY_URL/webhooks/module-n/event and /events,
               secret in $LG_RECEIVER_SECRET_FILE; docs/LASER_OS.md shows how to sign a test event)
  OpenAPI      $LG_GATEWAY_URL/openapi/v1.json
  dashboard    $LG_SILO_HTTP_URL/dashboard  (loopback only, no login: see docs/SECURITY.md)
  PostgreSQL   127.0.0.1:$LG_PG_PORT database $LG_DB_NAME (data in $LG_PG_DATA)
  logs         $LG_ROOT/.data/logs/
Press Ctrl-C to stop.
INFO

# A supervisor returns only when its process cannot be started at all; then everything stops.
wait -n "${pids[@]}" || true
if [ "$stopping" = false ]; then echo "a process could not be started again; see .data/logs/" >&2; fi
