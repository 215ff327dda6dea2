#!/usr/bin/env bash
# The marketplace benchmark: loads N listings (default 200,000) into the embedded database of a fresh
# data folder, starts the application (which builds the search index from the database), and measures
# in one run the search page (a query and two facets), a listing page and the plain liveness endpoint.
# Usage: bench/run-marketplace.sh [listings] [seconds-per-round] [rounds] [concurrency]
source "$(dirname "$0")/lib.sh"
count="${1:-200000}"

load GenerateListings.java "$count" listings
listing=$(curl -fs "$base/annonser?q=kompetens" | grep -o 'href="/annonser/[0-9]*"' | head -n 1 | grep -o '[0-9]*')

echo "java $(java -version 2>&1 | head -n 1), $(nproc) cores, index $(du -sh "$data/index" | cut -f1)"
java bench/LoadRun.java "$base" "${2:-10}" "${3:-3}" "${4:-8}" \
  "search: query + 2 facets=/annonser?q=kompetens&direction=SEEKING&county=06" \
  "search: facets only=/annonser?category=COMPETENCE&challenge=8" \
  "listing page=/annonser/$listing"
