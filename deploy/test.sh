#!/usr/bin/env bash
# Runs every test: starts the project's PostgreSQL when it is not running (and stops it again after),
# builds the solution, runs all test projects, and exits non-zero on any failure.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$LG_ROOT"
mkdir -p .data/logs

pg_was_running=false
if bash deploy/pg.sh status >/dev/null 2>&1; then pg_was_running=true; fi
bash deploy/pg.sh start || exit 1
stop_pg() { if [ "$pg_was_running" = false ]; then bash deploy/pg.sh stop; fi; }
trap stop_pg EXIT

# The browser tests drive Debian's chromium (never a browser download): install it when it is missing.
if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium for the browser tests (Debian package)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || { echo "could not install chromium"; exit 1; }
fi

# The deployment checks (tests/Integration/Deploy) run Debian's docker-compose (its config check needs no Docker
# engine), yamllint and kubectl (kustomize renders offline): install the packages that are missing.
missing=()
command -v docker-compose >/dev/null || missing+=(docker-compose)
command -v yamllint >/dev/null || missing+=(yamllint)
command -v kubectl >/dev/null || missing+=(kubernetes-client)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing ${missing[*]} for the deployment checks (Debian packages)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } ||
    { echo "could not install ${missing[*]}"; exit 1; }
fi

export LG_TEST_PG="${LG_TEST_PG:-Host=127.0.0.1;Port=$LG_PG_PORT;Username=$LG_PG_USER;Password=$LG_PG_PASSWORD}"

dotnet build LaserGrains.sln -c "$LG_CONFIGURATION" -nologo -v quiet -clp:NoSummary -warnaserror || { echo "build failed"; exit 1; }

log=.data/logs/test.log
dotnet test LaserGrains.sln -c "$LG_CONFIGURATION" --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The short fault suite (docs/RELIABILITY.md): its own PostgreSQL cluster, three silos and two gateways on loopback,
# under load while a silo, PostgreSQL, a receiver and a gateway fail in turn; under 3 minutes.
bash deploy/fault-suite.sh --short --no-build 2>&1 | tee .data/logs/fault-suite.log
fault_status=${PIPESTATUS[0]}

# One plain closing line with the totals of every test project.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
       gsub(",", ""); f += $4; p += $6; s += $8 }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
echo "Fault suite (short): $([ "$fault_status" = 0 ] && echo passed || echo "FAILED (exit $fault_status; .data/logs/fault-suite.log)")"
[ "$status" = 0 ] || exit "$status"
exit "$fault_status"
