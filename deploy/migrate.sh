#!/usr/bin/env bash
# Applies deploy/sql/*.sql in order. Every script is idempotent; lg_schema_version records what was applied.
# Usage: deploy/migrate.sh [database]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
db="${1:-$LG_DB_NAME}"
export PGPASSWORD="$LG_PG_PASSWORD" PGOPTIONS="-c client_min_messages=warning"
for f in "$LG_ROOT"/deploy/sql/*.sql; do
  psql -h "$LG_PG_HOST" -p "$LG_PG_PORT" -U "$LG_PG_USER" -d "$db" -q -v ON_ERROR_STOP=1 --single-transaction -f "$f" >/dev/null
done
echo "schema: $(psql -h "$LG_PG_HOST" -p "$LG_PG_PORT" -U "$LG_PG_USER" -d "$db" -tAc "SELECT string_agg(version::text, ',' ORDER BY version) FROM lg_schema_version") applied to $db" >&2
