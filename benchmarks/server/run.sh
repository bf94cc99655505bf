#!/usr/bin/env bash
# wrk against `uptake serve` on loopback: the rates and trend endpoints at 64 connections.
# Needs a release build (make release) and wrk (apt-get install wrk). The database is the generated
# national dataset for June and July 2025 (every province and commune), made once in $DIR.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${UPTAKE:-.build/release/uptake}
DIR=${DIR:-/tmp/uptake-server-bench}
PORT=${PORT:-18181}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
mkdir -p "$DIR"
if [ ! -f "$DIR/uptake.sqlite" ]; then
  "$BIN" init --db "$DIR/uptake.sqlite" >/dev/null
  "$BIN" generate --out "$DIR/data" --from 2025-06-01 --to 2025-07-31 >/dev/null
  "$BIN" ingest --units current --db "$DIR/uptake.sqlite" "$DIR/data/applications.csv"
fi
"$BIN" serve --db "$DIR/uptake.sqlite" --port "$PORT" 2>/dev/null &
PID=$!
trap 'kill $PID' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/api/v1/localities?level=province" >/dev/null && break; sleep 0.2; done
for path in "/api/v1/rates?metric=online-submission&level=province&period=2025-07" \
            "/api/v1/rates?metric=online-submission&level=commune&parent=01&period=2025-07" \
            "/api/v1/trend?metric=received&locality=01&period=2025-07"; do
  echo "== GET $path ($CONNECTIONS connections, $DURATION)"
  wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$path"
done
