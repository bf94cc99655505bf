#!/usr/bin/env bash
# Issue 24, small communes: the shipped rules and variants backtested on the independent data
# (make_independent.py, seed 24, 2025-05-01..09-30) and on the simulator (5 provinces, 2025-06-23..08-29),
# and the false flags of `uptake anomalies` on the simulator's null data (--no-events, the same 5
# provinces, communes, received and received-online, 2025-03-01..10-31), for one binary.
#   usage: benchmarks/alerts/run_small_communes.sh WORKDIR BIN [RULES...]
#   (WORKDIR keeps the generated data between runs; RULES default: datasets/alerts.yaml)
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$1; BIN=$2; shift 2
RULES=${*:-datasets/alerts.yaml}
mkdir -p "$WORK"
if [ ! -f "$WORK/indep/db.sqlite" ]; then
    python3 benchmarks/alerts/make_independent.py "$WORK/indep/gen" --seed 24
    "$BIN" init --db "$WORK/indep/db.sqlite" >/dev/null
    "$BIN" ingest --units current --db "$WORK/indep/db.sqlite" "$WORK/indep/gen/applications.csv" "$WORK/indep/gen/incidents.csv"
fi
for kind in sim null; do
    if [ ! -f "$WORK/$kind/db.sqlite" ]; then
        extra=""; [ "$kind" = null ] && extra="--no-events"
        "$BIN" generate --out "$WORK/$kind/gen" --provinces 01,40,46,75,79 $extra >/dev/null
        "$BIN" init --db "$WORK/$kind/db.sqlite" >/dev/null
        "$BIN" ingest --units current --db "$WORK/$kind/db.sqlite" "$WORK/$kind/gen/applications.csv" "$WORK/$kind/gen/incidents.csv" "$WORK/$kind/gen/readiness.csv" >/dev/null
    fi
done
tag=$(basename "$BIN")
for rules in $RULES; do
    name=$(basename "$rules" .yaml)
    echo "== $rules ($BIN)"
    "$BIN" alerts backtest --db "$WORK/indep/db.sqlite" --rules "$rules" --from 2025-05-01 --to 2025-09-30 \
        --truth "$WORK/indep/gen/truth.json" --format json > "$WORK/indep/backtest-$tag-$name.json"
    echo "-- independent"; python3 benchmarks/alerts/summarize.py "$WORK/indep/backtest-$tag-$name.json" "$WORK/indep/gen/truth.json" > "$WORK/indep/summary-$tag-$name.txt"; head -8 "$WORK/indep/summary-$tag-$name.txt"
    "$BIN" alerts backtest --db "$WORK/sim/db.sqlite" --rules "$rules" --from 2025-06-23 --to 2025-08-29 \
        --truth "$WORK/sim/gen/truth.json" --format json > "$WORK/sim/backtest-$tag-$name.json"
    echo "-- simulator"; python3 benchmarks/alerts/summarize.py "$WORK/sim/backtest-$tag-$name.json" "$WORK/sim/gen/truth.json" > "$WORK/sim/summary-$tag-$name.txt"; sed -n "1,4p;8p" "$WORK/sim/summary-$tag-$name.txt"
done
echo "-- null data: commune anomalies (down) over 2025-03-01..10-31"
for m in received received-online; do
    "$BIN" anomalies --db "$WORK/null/db.sqlite" --level commune --from 2025-03-01 --to 2025-10-31 --format json --metric "$m" > "$WORK/null/$tag-$m.json"
    python3 -c "import json,sys; a=json.load(open(sys.argv[1])); print(sys.argv[2], len([x for x in a if x['direction']=='down']), 'anomalies,', sum(len(x['members']) or 1 for x in a if x['direction']=='down'), 'counting members')" "$WORK/null/$tag-$m.json" "$m"
done
