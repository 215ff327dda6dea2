#!/usr/bin/env bash
# The marketplace benchmark: loads N listings (default 200,000) into the embedded database of a fresh
# data folder, starts the application (which builds the search index from the database), and measures
# in one run the search page (a query and two facets), a listing page and the plain liveness endpoint.
# Usage: bench/run-marketplace.sh [listings] [seconds-per-round] [rounds] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-200000}"

./mvnw -q -DskipTests package
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
classpath="$(cat target/bench-classpath.txt)"
data="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$data"' EXIT

start() {
  KOMPANJONER_DATA_DIR="$data" KOMPANJONER_DEMO=true SERVER_PORT=18080 \
    java -Xmx2g -jar target/kompanjoner-0.1.0-SNAPSHOT.jar >> "$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 1200); do
    curl -fs http://127.0.0.1:18080/actuator/health/readiness > /dev/null && return 0
    sleep 0.5
  done
  echo "The application did not become ready; see $data/server.log" >&2
  exit 1
}

start
kill "$server"; wait "$server" 2>/dev/null || true
echo "Loading $count listings into the embedded database"
started=$(date +%s)
java -cp "$classpath" bench/GenerateListings.java \
  "jdbc:h2:file:$data/db/kompanjoner;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" "$count"
echo "Loaded in $(( $(date +%s) - started )) s"
rm -rf "$data/index"
started=$(date +%s)
start
echo "Index built and application ready in $(( $(date +%s) - started )) s"
grep -o "Search index rebuilt with [0-9]* listings" "$data/server.log" || true
listing=$(curl -fs "http://127.0.0.1:18080/annonser?q=kompetens" | grep -o 'href="/annonser/[0-9]*"' | head -n 1 | grep -o '[0-9]*')

echo "java $(java -version 2>&1 | head -n 1), $(nproc) cores, index $(du -sh "$data/index" | cut -f1)"
java bench/LoadRun.java http://127.0.0.1:18080 "${2:-10}" "${3:-3}" "${4:-8}" \
  "search: query + 2 facets=/annonser?q=kompetens&direction=SEEKING&county=06" \
  "search: facets only=/annonser?category=COMPETENCE&challenge=8" \
  "listing page=/annonser/$listing"
