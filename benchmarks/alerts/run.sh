#!/usr/bin/env bash
# Issue 13: replays datasets/alerts.yaml over the bundled dataset (uptake generate, seed 2025) day by
# day and scores it against the planted events (truth.json): planted drops alerted within 2 days,
# at most 1 notification per province per day, precision and recall.
#   usage: benchmarks/alerts/run.sh [WORKDIR] [BIN]
#   PROVINCES=01,40,46,75,79 (default; "all" for the national dataset, much slower), FROM, TO.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${1:-out/bench-alerts}
BIN=${2:-.build/release/uptake}
PROVINCES=${PROVINCES:-01,40,46,75,79}
FROM=${FROM:-2025-03-01}
TO=${TO:-2025-10-31}
mkdir -p "$WORK"
if [ ! -f "$WORK/db.sqlite" ]; then
    if [ "$PROVINCES" = all ]; then "$BIN" generate --out "$WORK/gen"; else "$BIN" generate --out "$WORK/gen" --provinces "$PROVINCES"; fi
    "$BIN" init --db "$WORK/db.sqlite" >/dev/null
    "$BIN" ingest --units current --db "$WORK/db.sqlite" "$WORK/gen/applications.csv" "$WORK/gen/incidents.csv" "$WORK/gen/readiness.csv"
fi
start=$(date +%s)
"$BIN" alerts backtest --db "$WORK/db.sqlite" --rules datasets/alerts.yaml --from "$FROM" --to "$TO" \
    --truth "$WORK/gen/truth.json" --format json > "$WORK/backtest.json"
echo "backtest of $FROM..$TO (provinces $PROVINCES): $(( $(date +%s) - start )) s"
python3 benchmarks/alerts/summarize.py "$WORK/backtest.json" "$WORK/gen/truth.json"
