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
  start_jar target/kompanjoner-0.1.0-SNAPSHOT.jar
}

# start_jar JAR: the server from that jar, on the bench's data folder; returns when it is ready.
start_jar() {
  KOMPANJONER_DATA_DIR="$data" KOMPANJONER_DEMO=true SERVER_PORT="$port" \
    java "-Xmx${BENCH_HEAP:-2g}" ${BENCH_JAVA_OPTS:-} -jar "$1" >> "$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 6000); do
    curl -fs "$base/actuator/health/readiness" > /dev/null && return 0
    sleep 0.1
  done
  echo "The application did not become ready; see $data/server.log" >&2
  exit 1
}

# load GENERATOR COUNT COLLECTION [MORE...]: the demo county first (so the schema exists), then COUNT
# generated rows (MORE goes to the generator too; what it prints is kept in $data/generator.log), then a
# start without an index, which rebuilds COLLECTION from the database before it is ready.
load() {
  local generator="$1" count="$2" collection="$3" started
  shift 3
  start
  kill "$server"; wait "$server" 2>/dev/null || true
  echo "Loading $count rows with $generator into the embedded database"
  started=$(date +%s)
  java -cp "$classpath" "bench/$generator" \
    "jdbc:h2:file:$data/db/kompanjoner;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" "$count" "$@" \
    | tee "$data/generator.log"
  echo "Loaded in $(( $(date +%s) - started )) s"
  rm -rf "$data/index"
  started=$(date +%s)
  start
  echo "Index built and application ready in $(( $(date +%s) - started )) s"
  grep -o "Search collection $collection rebuilt with [0-9]* entries" "$data/server.log" || true
}

# measure SECONDS ROUNDS CONNECTIONS NAME=LABEL...: wrk on each scenario's paths ($data/NAME.txt, one
# request each in turn, see cycle.lua), the scenarios taking turns over the rounds so that whatever else
# the machine does hits them alike, after a first pass, not counted, that lets the JIT compile what they
# run (BENCH_WARMUP seconds each, 20 by default: on two cores the JIT's second tier is still compiling
# the filter chain after five, and a cold liveness endpoint would flatter every ratio). Prints each round and a table of throughput, p99 and the ratio to the first scenario, which
# should be the plain liveness endpoint ("hello").
measure() {
  local seconds="$1" rounds="$2" connections="$3" scenario name out rps p99 errors hello round
  shift 3
  declare -A total_rps total_p99 label
  local scenarios=()
  echo "/actuator/health/liveness" > "$data/hello.txt"
  for pair in "$@"; do
    scenarios+=("${pair%%=*}")
    label[${pair%%=*}]="${pair#*=}"
  done
  for scenario in "${scenarios[@]}"; do
    wrk -t2 -c"$connections" -d"${BENCH_WARMUP:-20}s" -s bench/cycle.lua "$base" -- "$data/$scenario.txt" > /dev/null
  done
  for round in $(seq 1 "$rounds"); do
    for scenario in "${scenarios[@]}"; do
      out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/cycle.lua "$base" -- "$data/$scenario.txt")
      rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
      p99=$(echo "$out" | awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub(/us/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms/, "", v)} else if (v ~ /s$/) {sub(/s/, "", v); v *= 1000}; print v}')
      errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
      echo "round $round, $scenario: $rps req/s, p99 $p99 ms${errors:+, $errors non-2xx}"
      total_rps[$scenario]=$(echo "${total_rps[$scenario]:-0} + $rps" | bc -l)
      total_p99[$scenario]=$(echo "${total_p99[$scenario]:-0} + $p99" | bc -l)
    done
  done
  hello=$(echo "${total_rps[${scenarios[0]}]} / $rounds" | bc -l)
  echo
  echo "| scenario | req/s | p99 ms | ÷ hello |"
  echo "| --- | ---: | ---: | ---: |"
  for scenario in "${scenarios[@]}"; do
    rps=$(echo "${total_rps[$scenario]} / $rounds" | bc -l)
    p99=$(echo "${total_p99[$scenario]} / $rounds" | bc -l)
    printf '| %s | %.0f | %.1f | %.3f |\n' "${label[$scenario]}" "$rps" "$p99" "$(echo "$rps / $hello" | bc -l)"
  done
}
