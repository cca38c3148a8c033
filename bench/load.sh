#!/usr/bin/env bash
# Builds the load generator and runs it against the local run (deploy/run-local.sh, started separately), with the local
# run's settings from deploy/env.sh: its gateway URL, its database, its cluster id and the admin key in .data/admin-key.
# Every argument goes to the load generator; the defaults are 8 connections, 30 s after a 5 s warm-up, the 150-byte circle.
#   bash bench/load.sh                                   # 8 connections, waiting for processing
#   bash bench/load.sh --rate 150 --file panel --json .data/load.json
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/env.sh"
cd "$LG_ROOT"
dotnet build bench/LaserGrains.LoadGen -c "$LG_CONFIGURATION" -nologo -v quiet -clp:NoSummary >/dev/null ||
  { echo "load: the build failed; run: dotnet build bench/LaserGrains.LoadGen" >&2; exit 1; }
curl -fsS "$LG_GATEWAY_URL/health/ready" >/dev/null 2>&1 ||
  { echo "load: no gateway is ready at $LG_GATEWAY_URL; start the local run first (bash deploy/run-local.sh)" >&2; exit 1; }
exec dotnet "bench/LaserGrains.LoadGen/bin/$LG_CONFIGURATION/net10.0/LaserGrains.LoadGen.dll" \
  --url "$LG_GATEWAY_URL" --db "$LG_DB" --cluster-id "$LG_CLUSTER_ID" --key-file "$LG_ROOT/.data/admin-key" "$@"
