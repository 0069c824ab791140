#!/usr/bin/env bash
# Builds Steward, writes the demo database if it is not there yet, and opens the application on it.
#   ./scripts/run.sh                 the demo database (demo/steward-demo.sqlite)
#   ./scripts/run.sh FILE|URI        another database
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh

target="${1:-demo/steward-demo.sqlite}"
if [ $# -eq 0 ] && [ ! -f "$target" ]; then
    mkdir -p demo
    echo "Writing the demo database to $target"
    build/app/cli/steward-cli demo "$target"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
    echo "No display found: running Steward inside a virtual X server (xvfb-run). Set DISPLAY to see the window." >&2
    exec xvfb-run -a build/app/gui/steward "$target"
fi
exec build/app/gui/steward "$target"
