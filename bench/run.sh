#!/usr/bin/env bash
# Benchmarks the pages built so far against the same server's plain liveness endpoint, side by side in
# one run. Starts the packaged application with the demo county on a throw-away data directory on port
# 18080, loads it, prints throughput, p99 latency and ratios, and stops it.
# Usage: bench/run.sh [seconds-per-round] [rounds] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -DskipTests package
data="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

KOMPANJONER_DATA_DIR="$data" KOMPANJONER_DEMO=true SERVER_PORT=18080 \
  java -Xmx1g -jar target/kompanjoner-0.1.0-SNAPSHOT.jar > "$data/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -fs http://127.0.0.1:18080/actuator/health/readiness > /dev/null && break
  sleep 0.5
done
curl -fs http://127.0.0.1:18080/actuator/health/readiness > /dev/null

echo "java $(java -version 2>&1 | head -n 1), $(nproc) cores"
java bench/LoadRun.java http://127.0.0.1:18080 "${1:-10}" "${2:-3}" "${3:-8}"
