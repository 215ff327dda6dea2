#!/usr/bin/env bash
# The search benchmark: loads N listings (default 200,000) into the embedded database of a fresh data
# folder, lets the application rebuild the search index from the database, then reports in one run:
# - the time of the rebuild and the size of the index;
# - start to ready with the index already there, and resident memory when idle;
# - with wrk at 8 and at 64 connections, side by side with the same server's liveness endpoint: the search
#   page with words and two facets, the search page with two facets and no words (each cycling through
#   more than 1,000 different searches: words x facets x pages) and listing pages (1,000 listings in turn);
# - the application's own timer of its searches (the 50th, 95th and 99th percentiles of server time).
# Usage: bench/run-search.sh [listings] [seconds-per-round] [rounds]
# BENCH_HEAP sets the server's -Xmx (default 512m here), BENCH_CONNECTIONS the connection counts (default
# "8 64"). Needs wrk (Debian: apt-get install wrk).
export BENCH_HEAP="${BENCH_HEAP:-512m}"
source "$(dirname "$0")/lib.sh"
count="${1:-200000}"
seconds="${2:-10}"
rounds="${3:-3}"
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

load GenerateListings.java "$count" listings
grep -o "Search collection listings rebuilt with .*" "$data/server.log" | tail -n 1
echo "index on disk: $(du -sm "$data/index/listings" | cut -f1) MB"

# Start to ready with the index already there.
kill "$server"; wait "$server" 2>/dev/null || true
started=$(date +%s%N)
start
echo "start to ready with an existing index: $(( ($(date +%s%N) - started) / 1000000 )) ms" \
  "($(grep -o 'Started KompanjonerApplication in [0-9.]* seconds' "$data/server.log" | tail -n 1))"
sleep 20
echo "resident memory idle (-Xmx$BENCH_HEAP): $(( $(ps -o rss= -p "$server") / 1024 )) MB"

# The same start with class data sharing: the jar extracted, one training start that writes the archive
# of loaded classes, then a start that maps it.
kill "$server"; wait "$server" 2>/dev/null || true
java -Djarmode=tools -jar target/kompanjoner-0.1.0-SNAPSHOT.jar extract --destination "$data/cds" > /dev/null
(cd "$data/cds" && KOMPANJONER_DATA_DIR="$data" SERVER_PORT="$port" java "-Xmx$BENCH_HEAP" \
  -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar kompanjoner-0.1.0-SNAPSHOT.jar \
  > "$data/cds-training.log" 2>&1) || true
started=$(date +%s%N)
BENCH_JAVA_OPTS="-XX:SharedArchiveFile=$data/cds/app.jsa ${BENCH_JAVA_OPTS:-}" start_jar "$data/cds/kompanjoner-0.1.0-SNAPSHOT.jar"
echo "start to ready with an existing index and class data sharing: $(( ($(date +%s%N) - started) / 1000000 )) ms"
sleep 20
echo "resident memory idle with class data sharing (-Xmx$BENCH_HEAP): $(( $(ps -o rss= -p "$server") / 1024 )) MB"

# 1,000 listings in turn, read from the newest pages of the list.
: > "$data/listing.txt"
for page in $(seq 1 50); do
  curl -fs "$base/annonser?sort=newest&page=$page" | grep -o 'href="/annonser/[0-9]*"' | grep -o '[0-9]*' \
    | sed 's|^|/annonser/|' >> "$data/listing.txt"
done
sort -u -o "$data/listing.txt" "$data/listing.txt"

# Percent-encodes a word for a URL, byte by byte (the server refuses raw letters such as å).
urlencode() {
  local LC_ALL=C word="$1" i c encoded=""
  for ((i = 0; i < ${#word}; i++)); do
    c=${word:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) encoded+=$c ;;
      *) printf -v c '%%%02X' "'$c"; encoded+=$c ;;
    esac
  done
  echo "$encoded"
}

# Words people search for (from the demo county's listings) x direction x county x page.
words=(kompetens samarbete återbruk energi integration mat ungdomar praktik utbildning skola
  odling kultur hälsa digital företag förening lärling hållbar vatten transport)
counties=(01 03 04 05 06 07 08 09 10 12 13 14 17 18 19 20 21 22 23 24 25)
: > "$data/words.txt"
for word in "${words[@]}"; do
  for direction in SEEKING OFFERING; do
    for county in "${counties[@]}"; do
      for page in 1 2; do
        echo "/annonser?q=$(urlencode "$word")&direction=$direction&county=$county&page=$page" >> "$data/words.txt"
      done
    done
  done
done
# Two facets and no words: category x challenge and county x challenge, over pages.
: > "$data/facets.txt"
for challenge in $(seq 1 17); do
  for category in BUSINESS_IDEA COMPETENCE COLLABORATION; do
    for page in 1 2 3 4 5; do
      echo "/annonser?category=$category&challenge=$challenge&page=$page" >> "$data/facets.txt"
    done
  done
  for county in "${counties[@]}"; do
    for page in 1 2 3; do
      echo "/annonser?county=$county&challenge=$challenge&page=$page" >> "$data/facets.txt"
    done
  done
done
for file in words facets; do
  shuf --random-source=<(yes) -o "$data/$file.txt" "$data/$file.txt"
done

echo "java $(java -version 2>&1 | head -n 1), $(nproc) cores, $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)," \
  "$(wc -l < "$data/words.txt") searches with words, $(wc -l < "$data/facets.txt") with facets only," \
  "$(wc -l < "$data/listing.txt") listings"
for connections in ${BENCH_CONNECTIONS:-8 64}; do
  echo
  echo "## $connections connections"
  measure "$seconds" "$rounds" "$connections" \
    "hello=hello (liveness probe)" \
    "words=search: words + direction + county" \
    "facets=search: category or county + challenge, no words" \
    "listing=listing page"
done
echo
echo "resident memory after the load (-Xmx$BENCH_HEAP): $(( $(ps -o rss= -p "$server") / 1024 )) MB"

# The application's own timer of its searches, read as the demo administrator.
password=$(grep -o 'password: .*' "$data/demo-sign-in.txt" | head -n 1 | cut -d' ' -f2)
admin=$(awk '/administrator:/ {print $2}' "$data/demo-sign-in.txt" | head -n 1)
jar="$data/cookies.txt"
token=$(curl -fs -c "$jar" -b "$jar" "$base/logga-in" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | cut -d'"' -f4)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$admin" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$token" "$base/logga-in" || true
for phi in 0.5 0.95 0.99; do
  value=$(curl -fs -b "$jar" "$base/actuator/metrics/kompanjoner.search.percentile?tag=phi:$phi&tag=collection:listings" \
    | grep -o '"value":[0-9.eE+-]*' | head -n 1 | cut -d: -f2)
  # The value may come in scientific notation (9.0E-4), which awk reads and bc does not.
  printf 'server time of a search, %s percentile: %.2f ms\n' "$phi" "$(awk -v v="${value:-0}" 'BEGIN {print v * 1000}')"
done
