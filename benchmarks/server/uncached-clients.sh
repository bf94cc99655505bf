#!/usr/bin/env bash
# 16 clients (wrk connections) asking `uptake serve` questions never asked before (distinct.lua), so
# every answer is read from the database: province rates over new ranges of days, then the same with
# every tenth request one province's communes by week over a quarter. Prints wrk's latency
# percentiles and the server's CPU time per answer (from /proc, user + system).
#   usage: benchmarks/server/uncached-clients.sh DB [BIN]     (CLIENTS=16 DURATION=20s PORT=18192)
set -euo pipefail
DB=$(realpath "${1:?usage: uncached-clients.sh DB [BIN]}")
BIN=$(realpath "${2:-$(dirname "$0")/../../.build-release/release/uptake}")
cd "$(dirname "$0")"  # for distinct.lua
PORT=${PORT:-18192}
CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-20s}
PID=
trap '[ -z "$PID" ] || kill $PID' EXIT
ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
hz=$(getconf CLK_TCK)
for mix in province mixed; do
  # A new server per run: its answer cache starts empty (the runs number their questions alike).
  "$BIN" serve --db "$DB" --port "$PORT" 2>/dev/null &
  PID=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/api/v1/rates?metric=received&level=province&period=2024-12" >/dev/null && break; sleep 0.1; done
  before=$(ticks)
  out=$(wrk -t2 -c"$CLIENTS" -d"$DURATION" --latency -s distinct.lua "http://127.0.0.1:$PORT" -- 2 "$mix")
  after=$(ticks)
  requests=$(awk '/requests in/ { print $1 }' <<<"$out")
  echo "== $mix: $CLIENTS clients, $DURATION, every request a new question"
  grep -E "^ +(50|90|99)%|Requests/sec|Non-2xx|Socket errors" <<<"$out"
  awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" 'BEGIN { printf "  server CPU per answer: %.1f ms\n", t / hz * 1000 / n }'
  kill $PID; wait $PID 2>/dev/null || true; PID=
done
