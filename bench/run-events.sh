#!/usr/bin/env bash
# The events benchmark: loads N events (default 5,000) with M registrations (default 200,000) into the
# embedded database of a fresh data folder and measures with wrk, side by side in one run, the calendar
# (cycling through every combination of its filters) and event pages (cycling through 1,000 events)
# against the same server's liveness endpoint; then 200 members register for one 50-seat event at the
# same moment, and the time until all have their answer is printed.
# Usage: bench/run-events.sh [events] [registrations] [seconds-per-round] [rounds] [connections]
# Needs wrk (Debian: apt-get install wrk). The server listens on BENCH_PORT (default 8094).
source "$(dirname "$0")/lib.sh"
count="${1:-5000}"
registrations="${2:-200000}"
seconds="${3:-10}"
rounds="${4:-3}"
connections="${5:-8}"
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

load GenerateEvents.java "$count" events "$registrations"
burst=$(awk '/^burst-event/ {print $2}' "$data/generator.log")

# Every combination of the calendar's filters: types, challenges, municipalities, on site or online, language.
: > "$data/calendar.txt"
municipalities=(0680 0682 0683 0684 0685 0686 0687 0604 0617 0642 0643 0662 0665)
for type in "" SEMINAR DIALOGUE_MEETING TRAINING WORKSHOP; do
  for challenge in "" 1 4 8 10 11 17; do
    for mode in "" ONLINE ON_SITE; do
      municipality="${municipalities[$(( (${#type} + challenge + ${#mode}) % ${#municipalities[@]} ))]}"
      echo "/evenemang?type=$type&challenge=$challenge&mode=$mode" >> "$data/calendar.txt"
      echo "/evenemang?type=$type&municipality=$municipality&language=sv" >> "$data/calendar.txt"
    done
  done
done
seq 1 5 5000 | sed 's|^|/evenemang/|' > "$data/event.txt"

echo "java $(java -version 2>&1 | head -n 1), $(nproc) cores, $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)," \
  "$(wc -l < "$data/calendar.txt") calendar searches, $(wc -l < "$data/event.txt") event pages"
measure "$seconds" "$rounds" "$connections" \
  "hello=hello (liveness probe)" \
  "calendar=calendar (\`/evenemang\`), every combination of filters in turn" \
  "event=event page, 1,000 events in turn"

echo
java bench/RegisterBurst.java "$base" "$burst" bench-password-2026
