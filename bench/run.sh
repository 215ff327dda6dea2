#!/usr/bin/env bash
# Benchmarks the pages built so far against the same server's plain liveness endpoint, side by side in
# one run. Starts the packaged application with the demo county on a throw-away data directory (port
# BENCH_PORT, 8094 unless set), loads it, prints throughput, p99 latency and ratios, and stops it.
# Usage: bench/run.sh [seconds-per-round] [rounds] [concurrency]
source "$(dirname "$0")/lib.sh"
start

echo "java $(java -version 2>&1 | head -n 1), $(nproc) cores"
java bench/LoadRun.java "$base" "${1:-10}" "${2:-3}" "${3:-8}"
