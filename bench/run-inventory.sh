#!/usr/bin/env bash
# The inventory benchmark: loads N initiatives (default 20,000) into the embedded database of a fresh
# data folder, starts the application (which builds the search index from the database), and measures
# with wrk, side by side in one run, the inventory's list page and its map data, each cycling through
# hundreds of different searches, against the same server's liveness endpoint.
# Usage: bench/run-inventory.sh [initiatives] [seconds-per-round] [rounds] [connections]
# Needs wrk (Debian: apt-get install wrk). The server listens on BENCH_PORT (default 8094).
source "$(dirname "$0")/lib.sh"
count="${1:-20000}"
seconds="${2:-10}"
rounds="${3:-3}"
connections="${4:-8}"
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

load GenerateInitiatives.java "$count" initiatives

# Hundreds of different searches: words, stages, challenges, counties and municipalities in turn.
urlencode() {
  local text="$1" out="" c i
  for (( i = 0; i < ${#text}; i++ )); do
    c="${text:i:1}"
    case "$c" in
      [a-zA-Z0-9.~_-]) out+="$c" ;;
      *) out+=$(printf '%s' "$c" | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g') ;;
    esac
  done
  printf '%s' "$out"
}
words=(återbruk mat språk cyklar energi skola arbete hälsa unga äldre kooperativ odling textil mobilitet
  digital föreningar bygd samverkan idrott matsvinn integration landsbygd trä solel läxhjälp)
stages=(IDEA PILOT ESTABLISHED SPREADING ENDED)
mapfile -t municipalities < <(tail -n +2 src/main/resources/initiatives/municipality_point.csv | cut -d, -f1)
counties=(01 03 04 05 06 07 08 09 10 12 13 14 17 18 19 20 21 22 23 24 25)
searches="$data/searches.txt"
: > "$searches"
for i in $(seq 0 299); do
  word=$(urlencode "${words[i % ${#words[@]}]}")
  stage="${stages[i % ${#stages[@]}]}"
  municipality="${municipalities[(i * 7) % ${#municipalities[@]}]}"
  county="${counties[i % ${#counties[@]}]}"
  case $(( i % 3 )) in
    0) echo "?q=$word&stage=$stage" ;;
    1) echo "?county=$county&challenge=$(( 1 + i % 17 ))" ;;
    2) echo "?q=$word&municipality=$municipality" ;;
  esac >> "$searches"
done
sed 's|^|/initiativ|' "$searches" > "$data/list.txt"
sed 's|^|/initiativ/karta.json|' "$searches" > "$data/map.txt"
echo "/actuator/health/liveness" > "$data/hello.txt"

echo "java $(java -version 2>&1 | head -n 1), $(nproc) cores, index $(du -sh "$data/index" | cut -f1), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"
echo "list page: $(curl -s -o /dev/null -w '%{size_download} bytes' "$base/initiativ$(head -n 1 "$searches")");" \
  "map data: $(curl -s -o /dev/null -w '%{size_download} bytes' "$base/initiativ/karta.json$(head -n 1 "$searches")")"

# The scenarios take turns over the rounds, so that whatever else the machine does hits them alike;
# a first pass over all of them, not counted, lets the JIT compile what they run.
declare -A total_rps total_p99
scenarios=(hello list map)
for scenario in "${scenarios[@]}"; do
  wrk -t2 -c"$connections" -d5s -s bench/cycle.lua "$base" -- "$data/$scenario.txt" > /dev/null
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
hello=$(echo "${total_rps[hello]} / $rounds" | bc -l)
echo
echo "| scenario | req/s | p99 ms | ÷ hello |"
echo "| --- | ---: | ---: | ---: |"
for scenario in "${scenarios[@]}"; do
  rps=$(echo "${total_rps[$scenario]} / $rounds" | bc -l)
  p99=$(echo "${total_p99[$scenario]} / $rounds" | bc -l)
  case $scenario in
    hello) name="hello (liveness probe)" ;;
    list) name="inventory list page, 300 searches in turn" ;;
    map) name="map data (\`/initiativ/karta.json\`), the same searches" ;;
  esac
  printf '| %s | %.0f | %.1f | %.3f |\n' "$name" "$rps" "$p99" "$(echo "$rps / $hello" | bc -l)"
done
