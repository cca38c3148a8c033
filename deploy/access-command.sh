#!/usr/bin/env bash
# Runs one of the gateway's access commands (keys …, users …) against the local database: shared by keys.sh and users.sh.
# Only the command's own output (the new secret) reaches stdout; building and errors go to stderr.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
dll="$LG_ROOT/Gateway/bin/$LG_CONFIGURATION/net10.0/LaserGrains.Gateway.dll"
if [ ! -f "$dll" ]; then
  echo "building the gateway ($LG_CONFIGURATION)…" >&2
  dotnet build "$LG_ROOT/Gateway" -c "$LG_CONFIGURATION" -v quiet -nologo -clp:NoSummary >&2
fi
exec dotnet "$dll" "$@"
