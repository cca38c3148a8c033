#!/usr/bin/env bash
# Prints the built-in Laser OS receiver's secret, generating it on first use (whsec_ + base64 of 32 random bytes).
# Kept in $LG_RECEIVER_SECRET_FILE (default .data/receiver-secret), readable by its owner only, reused on every run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
if [ ! -s "$LG_RECEIVER_SECRET_FILE" ]; then
  mkdir -p "$(dirname "$LG_RECEIVER_SECRET_FILE")"
  (umask 077 && printf 'whsec_%s\n' "$(openssl rand -base64 32)" >"$LG_RECEIVER_SECRET_FILE")
fi
head -n 1 "$LG_RECEIVER_SECRET_FILE"
