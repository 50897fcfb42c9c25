#!/usr/bin/env bash
# Builds Release and runs the benchmarks; prints their figures.
#   scripts/bench.sh                 all of them
#   BENCH=agent scripts/bench.sh     only one of them (core, history, agent, console, audit, evidence)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset release >/dev/null
cmake --build --preset release --target bench_core_path bench_redis_history bench_agent bench_console bench_audit bench_evidence
only=${BENCH:-all}

if [ "$only" = all ] || [ "$only" = core ]; then
    echo "== core path (parse + aggregate + evaluate), one core"
    taskset -c 0 build/release/bench/bench_core_path
fi

if [ "$only" = all ] || [ "$only" = history ]; then
    echo "== history load from Redis"
    dir=$(mktemp -d)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" >/dev/null &
    pid=$!
    trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
    for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
    build/release/bench/bench_redis_history --port "$port" --snapshots 100000
    kill $pid 2>/dev/null || true
fi

if [ "$only" = all ] || [ "$only" = agent ]; then
    # Mock Kafka cluster -> assurance-agent -> redis-server, each its own process on this machine.
    echo "== end to end: throughput over a pre-produced corpus (3 runs; the machine is noisy)"
    out=$(mktemp)
    for run in 1 2 3; do
        build/release/bench/bench_agent throughput | sed "s/^/run $run: /" | tee -a "$out"
    done
    # The VM's speed drifts by a third within an hour: the in-process single-thread rate of the same
    # messages, measured in the same run, tells how fast the machine was at the time.
    median() { sort -n | sed -n 2p; }
    echo "median of 3: end-to-end $(sed -n 's/.*end-to-end events\/s: //p' "$out" | median) events/s;" \
        "in-process on one thread $(sed -n 's/.*(parse + windows + evaluation): \([0-9]*\).*/\1/p' "$out" | median) events/s"
    rm -f "$out"
    # librdkafka's mock brokers answer a fetch that finds nothing new only after fetch.wait.max.ms
    # (a real broker answers as soon as data arrives), and handle many small produce batches slowly:
    # the latency run keeps them out of the way with a short fetch wait and 16 partitions.
    # Two runs; each lists its 3 latest windows and when the broker acknowledged their closing event.
    echo "== end to end: latency at a steady 50,000 events/s (2 runs)"
    for run in 1 2; do
        BENCH_WORST=3 build/release/bench/bench_agent latency --rate 50000 --seconds 30 --partitions 16 \
            --linger-ms 5 --agent-arg --kafka-property --agent-arg fetch.wait.max.ms=5 | sed "s/^/run $run: /"
    done
fi

if [ "$only" = all ] || [ "$only" = console ]; then
    # The console's source layer: time to the first complete frame (a year vs a day of history, one
    # run), and a real console process's CPU over 20 s with nothing to do (offscreen).
    echo "== console: first complete frame of the Direct source"
    build/release/bench/bench_console first-frame
    echo "== console: idle CPU"
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}" \
        build/release/bench/bench_console idle 2>/dev/null
fi

if [ "$only" = all ] || [ "$only" = audit ]; then
    echo "== audit verify over 1,000,000 entries, beside sha256sum of the same canonical bytes"
    build/release/bench/bench_audit --entries 1000000 --runs 3
fi

if [ "$only" = all ] || [ "$only" = evidence ]; then
    echo "== evidence pack of 100,000 snapshots: export and verify"
    dir=$(mktemp -d)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" >/dev/null &
    pid=$!
    trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
    for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
    build/release/bench/bench_evidence --port "$port" --snapshots 100000
    kill $pid 2>/dev/null || true
fi
