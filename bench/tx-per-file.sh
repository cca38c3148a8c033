#!/usr/bin/env bash
# Uploads N tiny DXF circles (bytes differ per file) with C concurrent curl clients, waits until the built-in Laser OS
# receiver holds a DesignFile for each, and prints PostgreSQL transactions, inserts and updates per file, by table.
# Usage: bench/tx-per-file.sh N C   (against the local run: LG_GATEWAY_URL, LG_DB_NAME, .data/admin-key as deploy/env.sh sets)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/env.sh"
n="${1:-500}"; c="${2:-8}"
key="$(cat "$LG_ROOT/.data/admin-key")"
export PGPASSWORD="$LG_PG_PASSWORD"
sql() { psql -h 127.0.0.1 -p "$LG_PG_PORT" -U "$LG_PG_USER" -d "$LG_DB_NAME" -Atqc "$1"; }
snapshot() {
  sql "SELECT pg_stat_clear_snapshot()" >/dev/null
  sql "SELECT 'xact', xact_commit, xact_rollback FROM pg_stat_database WHERE datname = current_database()
       UNION ALL SELECT schemaname || '.' || relname, n_tup_ins, n_tup_upd + n_tup_del FROM pg_stat_user_tables" | sort
}
designs() { sql "SELECT count(*) FROM laser_os.design_files"; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
start_designs="$(designs)"
# Statistics reach pg_stat_* at most once a second, and idle backends report within 10 s (PGSTAT_IDLE_INTERVAL).
sleep 12; snapshot >"$work/before"
t0=$(date +%s.%N)
seq 1 "$n" | xargs -P "$c" -I{} sh -c '
  printf "0\nSECTION\n2\nENTITIES\n0\nCIRCLE\n8\n0\n10\n0.0\n20\n0.0\n40\n%s.%s\n0\nENDSEC\n0\nEOF\n" "$(( ($$ % 90) + 5 ))" "{}" |
    curl -sS -o /dev/null -w "%{http_code}\n" -H "Authorization: Bearer '"$key"'" -F "file=@-;filename=circle-{}.dxf" "'"$LG_GATEWAY_URL"'/ingest"' >"$work/codes" || true
ok=$(grep -c "^20[12]$" "$work/codes" || true)
t1=$(date +%s.%N)
want=$((start_designs + ok))
for _ in $(seq 1 300); do [ "$(designs)" -ge "$want" ] && break; sleep 1; done
t2=$(date +%s.%N)
sleep 12; snapshot >"$work/after"
echo "files $n, concurrency $c, uploads $(echo "$t1 - $t0" | bc) s, until all DesignFiles $(echo "$t2 - $t0" | bc) s, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "accepted $ok of $n uploads ($(sort "$work/codes" | uniq -c | tr -s " \n" " ")); design files now $(designs) (wanted $want)"
join -t'|' "$work/before" "$work/after" | awk -F'|' -v n="$ok" '
  { a = ($4 - $2) / n; b = ($5 - $3) / n; if (a != 0 || b != 0) printf "%-44s %8.2f %8.2f\n", $1, a, b }' |
  sort -k2 -nr | { printf "%-44s %8s %8s\n" "per file: (xact: commits, rollbacks)" "ins" "upd+del"; cat; }
