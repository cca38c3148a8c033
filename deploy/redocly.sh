#!/usr/bin/env bash
# Lints an OpenAPI document with @redocly/cli, pinned, installed once into .data/tools/redocly from the npm registry
# (never globally). Usage: bash deploy/redocly.sh lint path/to/openapi.json
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
version="2.77.0"
tools="$LG_ROOT/.data/tools/redocly"
if [ ! -x "$tools/node_modules/.bin/redocly" ] || ! grep -q "\"version\": \"$version\"" "$tools/node_modules/@redocly/cli/package.json" 2>/dev/null; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "@redocly/cli@$version" >&2
fi
# The first argument is the command (lint); our rule set goes with it.
command="$1"; shift
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true exec "$tools/node_modules/.bin/redocly" "$command" --config "$LG_ROOT/deploy/redocly.yaml" "$@"
