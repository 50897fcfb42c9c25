#!/usr/bin/env bash
# Builds Release and runs the benchmarks (core path pinned to one core). Prints their figures.
#   scripts/bench.sh [--events N]   arguments go to bench_core_path
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset release >/dev/null
cmake --build --preset release --target bench_core_path bench_redis_history
echo "== core path (parse + aggregate + evaluate), one core"
taskset -c 0 build/release/bench/bench_core_path "$@"
echo "== history load from Redis"
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" >/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
build/release/bench/bench_redis_history --port "$port" --snapshots 100000
