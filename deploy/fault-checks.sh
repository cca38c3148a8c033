# The fault suite's checks, sourced by deploy/fault-suite.sh once the load has stopped (needs its psql_fault, work,
# sub, load_rc, load_stopped, short, log). Prints one line per check and the figures; exits 0 only when all hold.
# shellcheck shell=bash

# Files accepted by a gateway that died before answering are not the load generator's to wait for: wait for them here,
# and for the suite's receiver to have every delivery (bounded).
unsettled_sql="SELECT (SELECT count(*) FROM lg_files WHERE status NOT IN ('completed', 'failed'))
  + (SELECT count(*) FROM lg_files f WHERE NOT EXISTS (SELECT 1 FROM laser_os.design_files d WHERE d.ingest_id = f.ingest_id))
  + (SELECT count(*) FROM lg_webhook_deliveries WHERE status <> 'delivered')"
for _ in $(seq 1 120); do
  [ "$(psql_fault -c "$unsettled_sql" 2>/dev/null)" = 0 ] && break
  sleep 1
done
settled_after=$((SECONDS - load_stopped))

psql_fault -c "CREATE TABLE fault_receipts (arrival bigint, webhook_id text, ingest_id bigint, sequence bigint, event_type text, status int)"
psql_fault -c "\\copy fault_receipts FROM '$work/receipts.csv' WITH (FORMAT csv)"

failed=0
check() { # name, SQL giving the number of violations
  local n
  n="$(psql_fault -c "$2" 2>&1)"
  if [ "$n" = 0 ]; then echo "  ok    $1"; else echo "  FAIL  $1: $n"; failed=$((failed + 1)); fi
}
echo "fault suite checks:"
if [ "$load_rc" = 0 ]; then echo "  ok    every upload the load generator saw accepted settled (completed or failed) and reached Laser OS"
else echo "  FAIL  not every accepted upload settled (see $work/load.txt)"; failed=$((failed + 1)); fi
other_5xx="$(grep -oE '"5[0-9][0-9]": [0-9]+' "$work/load.json" | grep -v '"503"' | tr '\n' ' ')"
if [ -z "$other_5xx" ]; then echo "  ok    no upload answered a 5xx but 503 (an outage, with Retry-After)"
else echo "  FAIL  uploads answered $other_5xx"; failed=$((failed + 1)); fi
check "every file in the catalog settled" "SELECT count(*) FROM lg_files WHERE status NOT IN ('completed', 'failed')"
check "exactly one DesignFile per ingest id" \
  "SELECT count(*) FROM lg_files f FULL JOIN laser_os.design_files d USING (ingest_id) WHERE f.ingest_id IS NULL OR d.ingest_id IS NULL"
check "no duplicate catalog rows (each upload's bytes once)" \
  "SELECT count(*) FROM (SELECT sha256 FROM lg_files GROUP BY sha256 HAVING count(*) > 1) x"
check "no delivery left pending or dead-lettered" "SELECT count(*) FROM lg_webhook_deliveries WHERE status <> 'delivered'"
check "every event delivered at least once to the suite's receiver" \
  "SELECT count(*) FROM lg_webhook_deliveries d WHERE d.subscription_id = '$sub'
     AND NOT EXISTS (SELECT 1 FROM fault_receipts r WHERE r.webhook_id = d.event_id AND r.status = 200)"
check "every file's events 1..n all delivered (ingested, then processed or failed)" \
  "SELECT count(*) FROM lg_files f WHERE (SELECT count(DISTINCT sequence) FROM fault_receipts r WHERE r.ingest_id = f.ingest_id AND r.status = 200)
     < greatest(2, (SELECT max(sequence) FROM fault_receipts r WHERE r.ingest_id = f.ingest_id))"
# In order: no event of a file was sent before the file's previous event had been answered 200 once.
check "events in order per file" \
  "WITH ok AS (SELECT ingest_id, sequence, min(arrival) AS a FROM fault_receipts WHERE status = 200 GROUP BY 1, 2),
        sent AS (SELECT ingest_id, sequence, min(arrival) AS a FROM fault_receipts GROUP BY 1, 2)
   SELECT count(*) FROM sent s LEFT JOIN ok p ON p.ingest_id = s.ingest_id AND p.sequence = s.sequence - 1
   WHERE s.sequence > 1 AND (p.a IS NULL OR s.a < p.a)"

figures="$(psql_fault -F ' ' -c "SELECT (SELECT count(*) FROM lg_files), (SELECT count(*) FROM lg_files WHERE status IN ('completed', 'failed')),
  (SELECT count(*) - count(DISTINCT webhook_id) FROM fault_receipts WHERE status = 200), (SELECT count(*) FROM fault_receipts WHERE status = 500),
  (SELECT count(*) FROM laser_os.handled_events)")"
read -r files settled duplicates refused handled <<<"$figures"
json="$work/load.json"
field() { sed -n "s/.*\"$1\": \([^,}]*\).*/\1/p" "$json" | head -n 1; }
echo "figures ($([ "$short" = true ] && echo short || echo full) run, load average $(cut -d' ' -f1-3 /proc/loadavg)):"
echo "  accepted by the load generator $(field accepted) of $(field sent) sent; errors $(tr -d '\n ' <"$json" | sed -n 's/.*"errors":{\([^}]*\)}.*/\1/p')"
echo "  files in the catalog $files, settled $settled; settled $(field seconds_to_settle) s after the load stopped (all checks' conditions: ${settled_after} s)"
echo "  events answered 500 by the suite's receiver $refused; duplicate deliveries seen (same webhook-id answered 200 twice) $duplicates; Laser OS events handled $handled"
[ "$failed" = 0 ] && { log "all checks hold"; exit 0; }
log "$failed check(s) failed; logs in $work/logs"
exit 1
