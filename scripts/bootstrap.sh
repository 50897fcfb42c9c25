#!/usr/bin/env bash
# Installs every Debian package the project needs, and only what is missing. Idempotent: when all
# packages are present it returns in well under a second without touching apt.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config dpkg-dev file clang-format
    # the linker: links our debug test executables ~6x faster than ld.bfd (CMakeLists.txt)
    lld
    # Qt 6.4 (Charts needs libqt6opengl6-dev; lupdate/lrelease live in qt6-l10n-tools)
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools
    libqt6sql6-sqlite qt6-qpa-plugins libxkbcommon-dev
    # async, parsing, crypto
    qcoro-qt6-dev libsimdjson-dev libssl-dev libsqlite3-dev libarchive-dev
    # Kafka and Redis (clients, a real Kafka client and a real Redis server for tests)
    librdkafka-dev kcat libhiredis-dev redis-server redis-tools
    # reference values for tests (scripts/reference/*.py) and the benchmark's core pinning
    python3 python3-numpy python3-scipy util-linux
    # the independent check of audit checkpoints signs with `openssl pkeyutl` (tests/scripts)
    openssl
    # the evidence report's tests read the PDF back with pdfinfo, pdftotext and pdftoppm
    poppler-utils
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]})); then
    echo "bootstrap: installing ${missing[*]}" >&2
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
