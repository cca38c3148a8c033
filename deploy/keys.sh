#!/usr/bin/env bash
# API keys. `bash deploy/keys.sh create NAME ROLE` prints a new key (ROLE: viewer, operator or admin) on stdout and
# nothing else; the database keeps only its SHA-256. List and revoke keys through the API (/api-keys, admin).
set -euo pipefail
exec bash "$(dirname "${BASH_SOURCE[0]}")/access-command.sh" keys "$@"
