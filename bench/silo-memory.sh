#!/usr/bin/env bash
# Samples the local run's silo memory while it works: resident set (from /proc), the GC's heap after its last
# collection (gen2 and the large object heap) and the file grains alive (created − collected), from the silo's /metrics.
# Prints one tab-separated line per sample; run it beside a long load (bench/load.sh --duration 10m …).
#   bash bench/silo-memory.sh [interval seconds, default 15] [samples, default 60]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/env.sh"
cd "$LG_ROOT"
interval="${1:-15}"
samples="${2:-60}"
key="$(cat .data/admin-key)"
silo_pid() {
  local pid
  for pid in $(pgrep -f 'LaserGrains.Silo.dll'); do
    if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "LG_CLUSTER_ID=$LG_CLUSTER_ID"; then echo "$pid"; return; fi
  done
}
pid="$(silo_pid)"
[ -n "$pid" ] || { echo "silo-memory: no silo of cluster $LG_CLUSTER_ID is running; start bash deploy/run-local.sh" >&2; exit 1; }
printf 'time\tfiles_processed\tfile_grains_active\trss_mb\tgen2_mb\tloh_mb\tgc_committed_mb\n'
for ((i = 0; i < samples; i++)); do
  metrics="$(curl -fsS -H "Authorization: Bearer $key" "$LG_SILO_HTTP_URL/metrics")"
  rss_kb="$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")"
  awk -v t="$(date -u +%H:%M:%S)" -v rss="$rss_kb" '
    /^orleans_catalog_activation_created_total\{.*grain_type="file"/ { created = $NF }
    /^orleans_catalog_activation_destroyed_total\{.*grain_type="file"/ { destroyed = $NF }
    /^lasergrains_uploads_total/ { processed += $NF }
    /^dotnet_gc_last_collection_heap_size_bytes\{.*gen2/ { gen2 = $NF }
    /^dotnet_gc_last_collection_heap_size_bytes\{.*loh/ { loh = $NF }
    /^dotnet_gc_last_collection_memory_committed_size_bytes/ { committed = $NF }
    END { printf "%s\t%d\t%d\t%.0f\t%.0f\t%.0f\t%.0f\n", t, processed, created - destroyed, rss / 1024, gen2 / 1048576, loh / 1048576, committed / 1048576 }
  ' <<<"$metrics"
  sleep "$interval"
done
