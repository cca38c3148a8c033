#!/usr/bin/env bash
# Refreshes the UI's vendored browser assets from the npm registry (npm pack, no install, no CDN) and prints
# the version and sha256 of each, for docs/UI.md. Usage: bash deploy/vendor-assets.sh [htmx-version]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
version="${1:-2.0.11}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "htmx.org@$version" >/dev/null)
tar -xzf "$work/htmx.org-$version.tgz" -C "$work"
install -m 0644 "$work/package/dist/htmx.min.js" "$LG_ROOT/Gateway/wwwroot/vendor/htmx.min.js"
echo "htmx.org $version dist/htmx.min.js sha256 $(sha256sum "$LG_ROOT/Gateway/wwwroot/vendor/htmx.min.js" | cut -d' ' -f1)"
