#!/bin/sh
# Back-test and speed of `uptake forecast` on the generated national data (issue 26).
# Builds the release binary, generates and ingests 2025-01-01..2025-10-31 into $WORK (kept between
# runs), then runs backtest.py: the figures in benchmarks/RESULTS.md, "Forecasts".
set -eu
cd "$(dirname "$0")/../.."
WORK=${WORK:-/tmp/forecast-bench}
swift build -c release --explicit-target-dependency-import-check error --static-swift-stdlib --product uptake --scratch-path .build-release
python3 benchmarks/forecast/backtest.py --uptake .build-release/release/uptake --work "$WORK" --repeat "${REPEAT:-3}"
