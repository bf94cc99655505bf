#!/usr/bin/env bash
# Runs every benchmark against its peer, in one run each, and prints Markdown tables for RESULTS.md.
# Needs a release build (make bench does it), sqlite3 (make deps) and DuckDB from pip.
#   usage: benchmarks/run-all.sh [WORKDIR]      (default: a temporary folder, removed afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/uptake
WORK=${1:-$(mktemp -d)}
python3 -c "import duckdb" 2>/dev/null || pip install --quiet duckdb==2.0.1

echo "## Ingest: uptake ingest vs sqlite3 .import ($(date -u +%F), $(nproc) cores)"
for rows in 2000000 5000000 10000000; do
    [ -f "$WORK/apps-$rows.csv" ] || python3 benchmarks/make_applications.py --rows "$rows" --out "$WORK/apps-$rows.csv" >/dev/null
done
python3 benchmarks/bench_ingest.py "$WORK/apps-2000000.csv" "$WORK/apps-5000000.csv" "$WORK/apps-10000000.csv" --runs 3

echo
echo "## Rates at national scale: uptake rates vs DuckDB"
[ -f "$WORK/nat/applications.csv" ] || "$BIN" generate --sectors 12 --from 2025-01-01 --to 2025-12-31 --out "$WORK/nat"
rm -f "$WORK/nat.sqlite"*
"$BIN" init --db "$WORK/nat.sqlite" >/dev/null
"$BIN" ingest --units current --db "$WORK/nat.sqlite" "$WORK/nat/applications.csv"
python3 benchmarks/bench_rates.py --applications "$WORK/nat/applications.csv" --db "$WORK/nat.sqlite" --runs 15

echo
python3 -c "import statsmodels, pandas, scipy" 2>/dev/null || pip install --quiet numpy pandas statsmodels scipy
benchmarks/anomalies/run.sh "$WORK/anomalies"

echo
benchmarks/report/run.sh "$WORK/report" 5
echo
echo "## Alerts on drops: backtest of datasets/alerts.yaml (issue 13)"
benchmarks/alerts/run.sh "$WORK/alerts" "$BIN"
[ -n "${1:-}" ] || rm -rf "$WORK"
