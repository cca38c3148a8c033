#!/usr/bin/env bash
# Staff accounts. `bash deploy/users.sh create-admin NAME` makes an admin and prints its generated password on stdout;
# `bash deploy/users.sh create NAME ROLE` does the same for any role. Everything else: the API (/users, admin).
set -euo pipefail
exec bash "$(dirname "${BASH_SOURCE[0]}")/access-command.sh" users "$@"
