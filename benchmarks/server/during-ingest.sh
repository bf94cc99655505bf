#!/usr/bin/env bash
# wrk against `uptake serve` while `uptake ingest` writes the national dataset into the same SQLite
# file (issue 16: p99 < 50 ms at 64 connections with 0 errors on the rates and trend endpoints).
#
# Per endpoint: a fresh copy of a database holding June–July 2025 (1.2 M application rows), the
# server on it, then wrk for $DURATION; $DELAY into it, a separate `uptake ingest` process starts on
# the same file with the national dataset (2025-01-01..2025-10-31, 6.06 M rows: new days and the
# June–July rows again), so the window holds the ingest's whole transaction and its commit (after
# which every kept answer is stale and computed again). Prints wrk's latency distribution and when the
# ingest started and ended relative to wrk. With DELAY=-3 the ingest starts 3 s before wrk instead,
# and a DURATION shorter than the ingest (25 s; it takes 30-40 s here) keeps the whole window inside it.
#
#   UPTAKE=.build/release/uptake benchmarks/server/during-ingest.sh
# Needs a release build and wrk (Debian's package). $DIR keeps the generated data between runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${UPTAKE:-.build/release/uptake}
DIR=${DIR:-/tmp/uptake-server-bench}
PORT=${PORT:-18182}
DURATION=${DURATION:-60}
DELAY=${DELAY:-5}
CONNECTIONS=${CONNECTIONS:-64}
mkdir -p "$DIR"
[ -f "$DIR/national/applications.csv" ] || "$BIN" generate --out "$DIR/national" >/dev/null
[ -f "$DIR/junjul/applications.csv" ] || "$BIN" generate --out "$DIR/junjul" --from 2025-06-01 --to 2025-07-31 >/dev/null
if [ ! -f "$DIR/base.sqlite" ]; then
  "$BIN" init --db "$DIR/base.sqlite" >/dev/null
  "$BIN" ingest --units current --db "$DIR/base.sqlite" "$DIR/junjul/applications.csv"
fi
echo "# $("$BIN" --version) $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg) connections: $CONNECTIONS duration: ${DURATION}s"
for path in "/api/v1/rates?metric=online-submission&level=province&period=2025-07" \
            "/api/v1/trend?metric=received&locality=01&period=2025-07"; do
  rm -f "$DIR/run.sqlite" "$DIR/run.sqlite-wal" "$DIR/run.sqlite-shm"
  cp "$DIR/base.sqlite" "$DIR/run.sqlite"
  "$BIN" serve --db "$DIR/run.sqlite" --port "$PORT" 2>/dev/null &
  SERVER=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/api/v1/localities?level=province" >/dev/null && break; sleep 0.2; done
  curl -sf "http://127.0.0.1:$PORT$path" >/dev/null
  (
    [ "$DELAY" -ge 0 ] && sleep "$DELAY"
    start=$(date +%s.%N)
    "$BIN" ingest --units current --db "$DIR/run.sqlite" "$DIR/national/applications.csv" > "$DIR/ingest.log" 2>&1
    end=$(date +%s.%N)
    echo "ingest: started ${DELAY}s into wrk, took $(echo "$end - $start" | bc) s: $(tail -1 "$DIR/ingest.log")"
  ) &
  INGEST=$!
  [ "$DELAY" -lt 0 ] && sleep "${DELAY#-}"
  echo "== GET $path"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency "http://127.0.0.1:$PORT$path"
  if kill -0 "$INGEST" 2>/dev/null; then echo "(the ingest was still running when wrk ended)"; fi
  wait "$INGEST"
  kill "$SERVER"; wait "$SERVER" || true
done
