# Shared by the benchmarks (sourced, not run): builds the application, starts it on a throw-away data
# folder, loads generated rows straight into its embedded database and lets it build the search index
# from them. Set BENCH_PORT to move the server from port 8094.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
port="${BENCH_PORT:-8094}"
base="http://127.0.0.1:$port"

./mvnw -q -DskipTests package
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
classpath="$(cat target/bench-classpath.txt)"
data="$(mktemp -d)"
server=""
# The server ends by a signal, so its status is not the run's (errexit would otherwise take it as a failure).
trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$data"' EXIT

start() {
  KOMPANJONER_DATA_DIR="$data" KOMPANJONER_DEMO=true SERVER_PORT="$port" \
    java -Xmx2g -jar target/kompanjoner-0.1.0-SNAPSHOT.jar >> "$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 1200); do
    curl -fs "$base/actuator/health/readiness" > /dev/null && return 0
    sleep 0.5
  done
  echo "The application did not become ready; see $data/server.log" >&2
  exit 1
}

# load GENERATOR COUNT COLLECTION: the demo county first (so the schema exists), then COUNT generated
# rows, then a start without an index, which rebuilds COLLECTION from the database before it is ready.
load() {
  local generator="$1" count="$2" collection="$3" started
  start
  kill "$server"; wait "$server" 2>/dev/null || true
  echo "Loading $count rows with $generator into the embedded database"
  started=$(date +%s)
  java -cp "$classpath" "bench/$generator" \
    "jdbc:h2:file:$data/db/kompanjoner;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" "$count"
  echo "Loaded in $(( $(date +%s) - started )) s"
  rm -rf "$data/index"
  started=$(date +%s)
  start
  echo "Index built and application ready in $(( $(date +%s) - started )) s"
  grep -o "Search collection $collection rebuilt with [0-9]* entries" "$data/server.log" || true
}
