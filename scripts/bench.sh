#!/usr/bin/env bash
# Builds Release and runs the benchmarks, pinned to one core. Prints their figures.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset release >/dev/null
cmake --build --preset release --target bench_core_path
taskset -c 0 build/release/bench/bench_core_path "$@"
