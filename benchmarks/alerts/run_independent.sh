#!/usr/bin/env bash
# Issue 24: the shipped rules backtested on planted truth made without Uptake's simulator
# (make_independent.py: online-only outages with paper continuing, total outages, decoys), against
# the rules shipped before (alerts-before-issue24.yaml, datasets/alerts.yaml as of commit e32274d).
#   usage: benchmarks/alerts/run_independent.sh [WORKDIR] [BIN]
#   FROM, TO (default 2025-05-01..2025-09-30), SEED (24), RULES (the rule files to compare).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${1:-out/bench-alerts-independent}
BIN=${2:-.build/release/uptake}
FROM=${FROM:-2025-05-01}
TO=${TO:-2025-09-30}
SEED=${SEED:-24}
RULES=${RULES:-"benchmarks/alerts/alerts-before-issue24.yaml datasets/alerts.yaml"}
mkdir -p "$WORK"
if [ ! -f "$WORK/db.sqlite" ]; then
    python3 benchmarks/alerts/make_independent.py "$WORK/gen" --seed "$SEED"
    "$BIN" init --db "$WORK/db.sqlite" >/dev/null
    "$BIN" ingest --units current --db "$WORK/db.sqlite" "$WORK/gen/applications.csv" "$WORK/gen/incidents.csv"
fi
for rules in $RULES; do
    name=$(basename "$rules" .yaml)
    start=$(date +%s)
    "$BIN" alerts backtest --db "$WORK/db.sqlite" --rules "$rules" --from "$FROM" --to "$TO" \
        --truth "$WORK/gen/truth.json" --format json > "$WORK/backtest-$name.json"
    echo "== $rules: backtest of $FROM..$TO, $(( $(date +%s) - start )) s"
    python3 benchmarks/alerts/summarize.py "$WORK/backtest-$name.json" "$WORK/gen/truth.json"
done
