#!/bin/sh
# Entry point of the silo and gateway images: every file /run/secrets/NAME whose NAME is a variable name (LG_DB,
# LG_RECEIVER_SECRETS, WEBHOOK_SECRET, …: compose secrets) becomes that environment variable unless it is set already,
# so secrets never sit in the compose file or in `docker inspect`; then the command runs as PID 1 (it gets SIGTERM).
set -eu
for file in /run/secrets/*; do
  [ -f "$file" ] || continue
  name=$(basename "$file")
  case "$name" in *[!A-Z0-9_]*) continue ;; esac
  if [ -z "$(printenv "$name" || true)" ]; then export "$name=$(cat "$file")"; fi
done
exec "$@"
