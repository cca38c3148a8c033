# shellcheck shell=bash
# supervise NAME LOG COMMAND…: keeps COMMAND running for the local run (sourced by run-local.sh; run it in the
# background). When it dies it is started again after a back-off of 1 s, doubling up to 30 s, back to 1 s once it had
# stayed up 60 s; each restart is told on stderr and in LOG. Exit code 2 on the first start (settings or database refused) is not retried.
# SIGTERM stops COMMAND (SIGTERM, waited for) and then the supervisor, without a restart; SIGINT is ignored.
supervise() {
  local name="$1" log="$2"
  shift 2
  local min=1 max=30 reset=60
  local delay="$min" runs=0 child="" started status
  # Ctrl-C reaches the whole process group: run-local.sh turns it into SIGTERM for each supervisor, which then stops
  # its process in order. Left to bash's default, a supervisor would die first and orphan its process.
  trap '' INT
  trap 'if [ -n "$child" ]; then kill -TERM "$child" 2>/dev/null || true; wait "$child" 2>/dev/null || true; fi; exit 0' TERM
  while :; do
    started=$SECONDS
    "$@" >>"$log" 2>&1 &
    child=$!
    runs=$((runs + 1))
    status=0
    wait "$child" || status=$?
    child=""
    if [ "$status" = 2 ] && [ "$runs" = 1 ]; then
      echo "run-local: $name refused to start (exit 2; see $log); not restarting it" | tee -a "$log" >&2
      return 2
    fi
    if [ $((SECONDS - started)) -ge "$reset" ]; then delay="$min"; fi
    echo "run-local: $name exited (status $status after $((SECONDS - started)) s); restarting it in $delay s" | tee -a "$log" >&2
    # In the background, so SIGTERM during the back-off is handled at once.
    sleep "$delay" &
    child=$!
    wait "$child" || true
    child=""
    echo "run-local: restarting $name" | tee -a "$log" >&2
    delay=$((delay * 2 > max ? max : delay * 2))
  done
}
