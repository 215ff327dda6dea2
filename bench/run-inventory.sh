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

echo "java $(java -version 2>&1 | head -n 1), $(nproc) cores, index $(du -sh "$data/index" | cut -f1), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"
echo "list page: $(curl -s -o /dev/null -w '%{size_download} bytes' "$base/initiativ$(head -n 1 "$searches")");" \
  "map data: $(curl -s -o /dev/null -w '%{size_download} bytes' "$base/initiativ/karta.json$(head -n 1 "$searches")")"

measure "$seconds" "$rounds" "$connections" \
  "hello=hello (liveness probe)" \
  "list=inventory list page, 300 searches in turn" \
  "map=map data (\`/initiativ/karta.json\`), the same searches"
