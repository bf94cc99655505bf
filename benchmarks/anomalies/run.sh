#!/usr/bin/env bash
# Issue 11's two benchmarks of `uptake anomalies`: accuracy (planted events, null dataset, peers'
# methods) and speed (every commune x sector series of a year against statsmodels STL + robust z).
# Needs a release build (swift build -c release) and Python 3 with numpy, pandas, statsmodels, scipy
# (PYTHON=path/to/venv/bin/python to choose; default python3).
#   usage: benchmarks/anomalies/run.sh [WORKDIR] [accuracy|speed|all]
#   (default WORKDIR: a temporary folder, removed afterwards; the data is ~2 GB)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=.build/release/uptake
PY=${PYTHON:-python3}
WORK=${1:-$(mktemp -d)}
WHAT=${2:-all}
mkdir -p "$WORK"
$PY -c "import numpy, pandas, statsmodels, scipy" 2>/dev/null || { echo "needs numpy pandas statsmodels scipy: pip install numpy pandas statsmodels scipy" >&2; exit 2; }

if [ "$WHAT" = all ] || [ "$WHAT" = accuracy ]; then
    echo "## Anomalies, accuracy ($(date -u +%F), $(nproc) cores, commit $(git rev-parse --short HEAD))"
    UPTAKE=$BIN $PY benchmarks/anomalies/bench_anomaly_accuracy.py "$WORK/accuracy"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = speed ]; then
    echo
    echo "## Anomalies, speed: every commune x sector series of 2025"
    [ -f "$WORK/nat/applications.csv" ] || "$BIN" generate --sectors 12 --from 2025-01-01 --to 2025-12-31 --out "$WORK/nat"
    if [ ! -f "$WORK/nat.sqlite" ]; then
        "$BIN" init --db "$WORK/nat.sqlite" >/dev/null
        "$BIN" ingest --units current --db "$WORK/nat.sqlite" "$WORK/nat/applications.csv" "$WORK/nat/incidents.csv"
    fi
    /usr/bin/time -v "$BIN" anomalies --db "$WORK/nat.sqlite" --level commune --by-sector --from 2025-01-01 --to 2025-12-31 \
        --format json 2>&1 >/dev/null | grep -E "Elapsed|Maximum resident|Percent of CPU"
    UPTAKE=$BIN $PY benchmarks/anomalies/bench_anomaly_speed.py --applications "$WORK/nat/applications.csv" --db "$WORK/nat.sqlite" \
        --runs "${RUNS:-3}" --subset "${SUBSET:-1000}"
fi
[ -n "${1:-}" ] || rm -rf "$WORK"
