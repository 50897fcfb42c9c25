#!/usr/bin/env bash
# Installs what is missing, builds Release and starts assurance-console (the connection saved by
# File → Connect…, or the Demo source when none was; --demo forces it).
# Extra arguments go to the console, e.g. `scripts/run-console.sh --seed 7`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset release >/dev/null
cmake --build --preset release --target assurance-console
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run-console: no display found, running with QT_QPA_PLATFORM=offscreen" >&2
    export QT_QPA_PLATFORM=offscreen
fi
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 0700 "$XDG_RUNTIME_DIR"
exec build/release/app/console/assurance-console "$@"
