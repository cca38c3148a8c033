#!/usr/bin/env bash
# Catalog search benchmark: a throw-away database with LG_BENCH_ROWS realistic rows (default 1,000,000), then
#  1. EXPLAIN ANALYZE of the SQL the gateway sends for representative searches, and
#  2. HTTP timings of the same searches and of GET /stats through a running silo + gateway (p50 and p95 of N runs).
# Usage: bench/catalog-search.sh [runs]   (needs the PostgreSQL server of deploy/env.sh; builds Release first)
# LG_BENCH_KEEP=1 keeps the database; LG_BENCH_DB=<kept database> skips the fill and only applies deploy/sql again
# (a migration of a full catalog, timed), so before/after runs of a schema change share the same rows.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/env.sh"
cd "$LG_ROOT"
runs="${1:-30}"
rows="${LG_BENCH_ROWS:-1000000}"
db="${LG_BENCH_DB:-lgbench_$(date +%s)_$$}"
export PGPASSWORD="$LG_PG_PASSWORD" PGOPTIONS="-c client_min_messages=warning"
pg() { psql -h 127.0.0.1 -p "$LG_PG_PORT" -U "$LG_PG_USER" -v ON_ERROR_STOP=1 "$@"; }
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ "${LG_BENCH_KEEP:-}" = 1 ] || [ -n "${LG_BENCH_DB:-}" ] || pg -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
[ "${LG_BENCH_KEEP:-}" = 1 ] && echo "keeping database $db" >&2

if [ -z "${LG_BENCH_DB:-}" ]; then
  pg -d postgres -qc "CREATE DATABASE $db" >/dev/null
  for f in deploy/sql/*.sql; do pg -d "$db" -q --single-transaction -f "$f" >/dev/null; done
  start=$(date +%s.%N)
  pg -d "$db" -q -v rows="$rows" -f bench/catalog-fill.sql >/dev/null
  echo "filled $(pg -d "$db" -tAc 'SELECT count(*) FROM lg_files') rows in $(echo "$(date +%s.%N) - $start" | bc) s"
else
  start=$(date +%s.%N)
  for f in deploy/sql/*.sql; do pg -d "$db" -q --single-transaction -f "$f" >/dev/null; done
  pg -d "$db" -qc "VACUUM ANALYZE lg_files" >/dev/null
  echo "migrated $(pg -d "$db" -tAc 'SELECT count(*) FROM lg_files') rows of $db in $(echo "$(date +%s.%N) - $start" | bc) s (deploy/sql + VACUUM ANALYZE)"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== EXPLAIN ANALYZE (page query + its capped count, as the gateway sends them; sort after the ~) =="
tsq() { pg -d "$db" -tAc "SELECT string_agg(quote_literal(lexeme) || ':*', ' & ') FROM unnest(to_tsvector('simple', '$1'))"; }
bracket=$(tsq bracket); code=$(tsq CL004)
# A busy project of the generated data, so the project filter has matches.
project=$(pg -d "$db" -tAc "SELECT project_code FROM lg_files GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
echo "project used: $project"
ms() { pg -d "$db" -tAc "EXPLAIN (ANALYZE, FORMAT JSON) $1" | python3 -c 'import json,sys; print(round(json.load(sys.stdin)[0]["Execution Time"],2))'; }
while IFS='~' read -r name where order; do
  order="${order:-created_at DESC, ingest_id DESC}"
  page="SELECT record, ingest_id, created_at::text AS cursor_value FROM lg_files WHERE $where ORDER BY $order LIMIT 51"
  # The gateway counts the filters without the keyset condition: the cursor row's count is the newest page's.
  count="SELECT count(*) FROM (SELECT 1 FROM lg_files WHERE ${where%% AND (created_at, ingest_id)*} LIMIT 201) matches"
  printf '%-34s page %7s ms   count %7s ms\n' "$name" "$(ms "$page")" "$(ms "$count")"
done <<SQL
newest page~status <> 'deleted'
client + material + thk~status <> 'deleted' AND client_code = 'CL0123' AND (material_code = 'MS' OR lower(material) = 'ms') AND thickness_mm >= 3 AND thickness_mm <= 10
one client~status <> 'deleted' AND client_code = 'CL0123'
project + kind~status <> 'deleted' AND project_code = '$project' AND kind = ANY('{dxf_ascii,dxf_binary}')
free text "bracket"~status <> 'deleted' AND search @@ to_tsquery('simple', \$\$$bracket\$\$)
free text code prefix "CL004"~status <> 'deleted' AND search @@ to_tsquery('simple', \$\$$code\$\$)
failed in June 2025~status = 'failed' AND created_at >= '2025-06-01' AND created_at < '2025-07-01'
cursor page 2 (keyset)~status <> 'deleted' AND (created_at, ingest_id) < ('2025-06-01 00:00:00+00'::timestamptz, 50000)
largest first~status <> 'deleted'~file_size DESC, ingest_id DESC
by name~status <> 'deleted'~original_filename ASC, ingest_id ASC
one client, by name~status <> 'deleted' AND client_code = 'CL0123'~original_filename ASC, ingest_id ASC
needs review~status <> 'deleted' AND (status = 'failed' OR confidence_score < 0.6 OR jsonb_array_length(COALESCE(record->'defects', '[]'::jsonb)) > 0)
SQL

echo "== HTTP through the gateway ($runs runs each, after 3 warm-up calls) =="
dotnet build LaserGrains.sln -c Release -v quiet -nologo -clp:NoSummary >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
export LG_DB="Host=127.0.0.1;Port=$LG_PG_PORT;Database=$db;Username=$LG_PG_USER;Password=$LG_PG_PASSWORD"
export LG_CLUSTER_ID="bench-$db" LG_STORAGE_ROOT="$work/files" LG_SILO_PORT=$(port) LG_SILO_GATEWAY_PORT=$(port)
export LG_SILO_HTTP_URL="http://127.0.0.1:$(port)" LG_GATEWAY_URL="http://127.0.0.1:$(port)"
export Logging__LogLevel__Default=Warning
# Every API call needs a key: a viewer key made the way deploy/keys.sh makes one, sent by every curl below.
key=$(dotnet Gateway/bin/Release/net10.0/LaserGrains.Gateway.dll keys create bench viewer)
printf 'header = "Authorization: Bearer %s"\n' "$key" >"$work/curlrc"
curl() { command curl -K "$work/curlrc" "$@"; }
dotnet Silo/bin/Release/net10.0/LaserGrains.Silo.dll >"$work/silo.log" 2>&1 & pids+=($!)
dotnet Gateway/bin/Release/net10.0/LaserGrains.Gateway.dll >"$work/gateway.log" 2>&1 & pids+=($!)
for _ in $(seq 1 120); do curl -fsS "$LG_GATEWAY_URL/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "$LG_GATEWAY_URL/health/ready" >/dev/null || { tail -20 "$work"/*.log; exit 1; }
cursor=$(curl -fsS "$LG_GATEWAY_URL/files?page_size=50" | python3 -c 'import json,sys; print(json.load(sys.stdin)["next_cursor"])')
while IFS='|' read -r name path; do
  for _ in 1 2 3; do curl -fsS -o /dev/null "$LG_GATEWAY_URL$path"; done
  for _ in $(seq 1 "$runs"); do curl -fsS -o /dev/null -w '%{time_total}\n' "$LG_GATEWAY_URL$path"; done >"$work/t"
  total=$(curl -fsS "$LG_GATEWAY_URL$path" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("total", "-"))')
  python3 - "$name" "$total" "$work/t" <<'PY'
import sys
name, total, path = sys.argv[1], sys.argv[2], sys.argv[3]
t = sorted(float(x) * 1000 for x in open(path))
p = lambda q: t[min(len(t) - 1, int(q * len(t)))]
print(f"{name:34s} p50 {p(0.5):7.1f} ms   p95 {p(0.95):7.1f} ms   max {t[-1]:7.1f} ms   matches {total}")
PY
done <<HTTP
newest page|/files?page_size=50
client + material + thk|/files?client=CL0123&material=MS&thickness_min=3&thickness_max=10
one client|/files?client=CL0123
project + kind|/files?project=$project&kind=dxf
free text "bracket"|/files?q=bracket
free text code prefix "CL004"|/files?q=CL004
failed in June 2025|/files?status=failed&from=2025-06-01&to=2025-07-01
cursor page 2 (keyset)|/files?page_size=50&cursor=$cursor
largest first|/files?sort=-file_size
by name|/files?sort=original_filename
one client, by name|/files?client=CL0123&sort=original_filename
needs review|/files?needs_review=true
stats|/stats
HTTP
