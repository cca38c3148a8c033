#!/usr/bin/env bash
# Makes the secret files deploy/compose.yaml mounts, once: the database password, LG_DB built on it, and the built-in
# receiver's whsec_ secret (the default subscription signs with it too). Kept in deploy/secrets/ (ignored by git);
# existing files are never overwritten. Usage: bash deploy/compose-secrets.sh [folder]
set -euo pipefail
dir="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/secrets}"
mkdir -p "$dir"
# The folder keeps other users of this machine out; the files stay readable so the containers' non-root user can read
# them (compose mounts them as they are).
chmod 700 "$dir"
write() { [ -s "$dir/$1" ] || { printf '%s\n' "$2" >"$dir/$1" && chmod 644 "$dir/$1" && echo "made $dir/$1" >&2; }; }
write LG_PG_PASSWORD "$(openssl rand -hex 24)"
write LG_DB "Host=postgres;Port=5432;Database=lasergrains;Username=lasergrains;Password=$(head -n 1 "$dir/LG_PG_PASSWORD")"
write LG_RECEIVER_SECRETS "whsec_$(openssl rand -base64 32)"
