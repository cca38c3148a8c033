# Shared defaults for the local scripts. Every value can be overridden by setting the variable first.
# shellcheck shell=bash
LG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export LG_ROOT
export LG_PG_PORT="${LG_PG_PORT:-55432}"
# Only deploy/migrate.sh connects elsewhere (the migration job of deploy/compose.yaml and deploy/k8s).
export LG_PG_HOST="${LG_PG_HOST:-127.0.0.1}"
export LG_PG_USER="${LG_PG_USER:-lasergrains}"
export LG_PG_PASSWORD="${LG_PG_PASSWORD:-lasergrains}"
export LG_PG_OS_USER="${LG_PG_OS_USER:-lasergrains}"
export LG_DB_NAME="${LG_DB_NAME:-lasergrains}"
export LG_PG_DATA="${LG_PG_DATA:-$LG_ROOT/.data/pg}"
export LG_DB="${LG_DB:-Host=127.0.0.1;Port=$LG_PG_PORT;Database=$LG_DB_NAME;Username=$LG_PG_USER;Password=$LG_PG_PASSWORD}"
export LG_GATEWAY_URL="${LG_GATEWAY_URL:-http://127.0.0.1:5080}"
export LG_SILO_PORT="${LG_SILO_PORT:-11111}"
export LG_SILO_GATEWAY_PORT="${LG_SILO_GATEWAY_PORT:-30000}"
export LG_SILO_HTTP_URL="${LG_SILO_HTTP_URL:-http://127.0.0.1:5081}"
export LG_CLUSTER_ID="${LG_CLUSTER_ID:-lasergrains-local}"
export LG_SERVICE_ID="${LG_SERVICE_ID:-lasergrains}"
export LG_STORAGE_ROOT="${LG_STORAGE_ROOT:-$LG_ROOT/.data/files}"
export LG_CONFIGURATION="${LG_CONFIGURATION:-Release}"
# The built-in Laser OS receiver's secret file; deploy/receiver-secret.sh creates it once, run-local.sh reads it.
export LG_RECEIVER_SECRET_FILE="${LG_RECEIVER_SECRET_FILE:-$LG_ROOT/.data/receiver-secret}"
