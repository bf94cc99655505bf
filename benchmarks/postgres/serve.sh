#!/usr/bin/env bash
# Issue 15: `uptake serve` on PostgreSQL and on SQLite, the same GETs with wrk (16 connections),
# against databases run.sh loaded (UPTAKE_BENCH_KEEP=1 keeps PostgreSQL's; the SQLite file is
# WORKDIR/nat.sqlite). Loopback only; each run bounded by DURATION.
#   usage: benchmarks/postgres/serve.sh URL SQLITE_FILE      (needs a release build and wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
URL=$1 SQLITE=$2
BIN=${UPTAKE_BIN:-$PWD/.build/release/uptake}
DURATION=${DURATION:-15s} CONNECTIONS=${CONNECTIONS:-16}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PATHS=("/api/v1/rates?metric=online-submission&level=province&period=2025-07"
       "/api/v1/rates?metric=online-submission&level=commune&parent=01&period=2025-07"
       "/api/v1/rates?metric=online-submission&parent=01&period=2025-Q3&by=week")  # raw rows
echo "## uptake serve: PostgreSQL and SQLite ($(date -u +%F), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); wrk $CONNECTIONS connections, $DURATION)"
echo
echo "| store | GET | first answer s | requests | p50 | p90 | p99 | requests/s | non-2xx or errors |"
echo "|---|---|---|---|---|---|---|---|---|"
for db in "$URL" "$SQLITE"; do
    port=$(free_port)
    "$BIN" serve --db "$db" --port "$port" 2>/dev/null &
    server=$!
    for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/v1/localities?level=province" >/dev/null && break; sleep 0.2; done
    store=SQLite; [[ $db == postgres* ]] && store=PostgreSQL
    for path in "${PATHS[@]}"; do
        # The first answer is computed (what every question costs after a commit); wrk's are kept ones.
        first=$(curl -sf -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$path")
        out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$port$path")
        lat() { echo "$out" | awk -v p="$1" '$1 == p {print $2}'; }
        n=$(echo "$out" | awk '/requests in/ {print $1}')
        rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
        bad=$(echo "$out" | awk '/Non-2xx/ {s += $NF} /Socket errors/ {gsub(/[^0-9 ]/, " "); for (i = 1; i <= NF; i++) s += $i} END {print s + 0}')
        echo "| $store | \`${path#/api/v1/}\` | $first | $n | $(lat 50%) | $(lat 90%) | $(lat 99%) | $rps | $bad |"
    done
    kill -TERM "$server"; wait "$server" || true
done
