#!/usr/bin/env bash
# Before/after in one run (docs/BENCHMARKS.md, "End to end, before and after"): the same load generator against two
# checkouts, one after the other, each started with its own deploy/run-local.sh on the default ports.
#   BEFORE_ROOT=/path/to/old-checkout bash bench/before-after.sh        (AFTER_ROOT defaults to this checkout)
# Each side uses its own database (its local run's LG_DB_NAME, default lasergrains) and its own .data/admin-key, so give
# the before side a database of its own, e.g. BEFORE_DB=lg_before. Results: .data/before-after/{before,after}-*.txt.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/env.sh"
: "${BEFORE_ROOT:?set BEFORE_ROOT to a built checkout of the older commit}"
AFTER_ROOT="${AFTER_ROOT:-$LG_ROOT}"
out="$LG_ROOT/.data/before-after"
mkdir -p "$out"
dotnet build "$LG_ROOT/bench/LaserGrains.LoadGen" -c Release -nologo -v quiet -clp:NoSummary >/dev/null || exit 1
gen="$LG_ROOT/bench/LaserGrains.LoadGen/bin/Release/net10.0/LaserGrains.LoadGen.dll"
for side in before after; do
  if [ "$side" = before ]; then root=$BEFORE_ROOT; db=${BEFORE_DB:-lg_before}; else root=$AFTER_ROOT; db=${AFTER_DB:-$LG_DB_NAME}; fi
  conn="Host=127.0.0.1;Port=$LG_PG_PORT;Database=$db;Username=$LG_PG_USER;Password=$LG_PG_PASSWORD"
  # LG_DB too: env.sh above exported this checkout's, which the other side's scripts would otherwise inherit.
  (cd "$root" && LG_PG_DATA="$LG_PG_DATA" LG_DB_NAME="$db" LG_DB="$conn" setsid bash deploy/run-local.sh >"$out/$side-runlocal.log" 2>&1 &)
  for _ in $(seq 1 180); do curl -fsS "$LG_GATEWAY_URL/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  sleep 5
  common=(--url "$LG_GATEWAY_URL" --db "$conn" --cluster-id "$LG_CLUSTER_ID" --key-file "$root/.data/admin-key" --duration 20s --warmup 5s)
  # Not counted: the first seconds of a fresh process run half-compiled code (tiered JIT).
  dotnet "$gen" "${common[@]}" --connections 8 >"$out/$side-jit-warmup.txt" 2>&1
  dotnet "$gen" "${common[@]}" --connections 8 >"$out/$side-circle8.txt" 2>&1
  dotnet "$gen" "${common[@]}" --connections 8 --file panel >"$out/$side-panel8.txt" 2>&1
  dotnet "$gen" "${common[@]}" --rate 150 >"$out/$side-rate150.txt" 2>&1
  pkill -TERM -f "$root/deploy/run-local.sh" || pkill -TERM -f "deploy/run-local.sh"
  sleep 10
done
grep -H "files/s" "$out"/*-*.txt
