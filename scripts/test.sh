#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with ctest.
#   scripts/test.sh            dev preset (Debug, -Werror), then the asan preset (ASan+UBSan)
#   PRESETS="dev" scripts/test.sh   only the presets named
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 0700 "$XDG_RUNTIME_DIR"
jobs=$(nproc)

for preset in ${PRESETS:-dev asan}; do
    echo "== preset $preset"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    ctest --preset "$preset" -j "$jobs" --timeout 300
done
