#!/usr/bin/env bash
# Issue 24: the small-communes benchmark (run_small_communes.sh) for each baseline variant of one
# binary built with robust-mu-experiment.patch applied, plus the oracle's stratification (what the
# truth permits) and the null data's major-or-worse drops.
#   usage: benchmarks/alerts/run_baseline_variants.sh WORKDIR BIN VARIANT...
#   VARIANT: shipped | mu | both, optionally suffixed -w84 (an 84-day window instead of 56)
#   Writes WORKDIR/run-VARIANT.log; the generated data stay in WORKDIR between variants.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$1; BIN=$2; shift 2
mkdir -p "$WORK/bin"
[ -f "$WORK/means/means.csv" ] || python3 benchmarks/alerts/make_independent.py "$WORK/means" --seed 24 --means >/dev/null
for v in "$@"; do
    cp "$BIN" "$WORK/bin/uptake-$v"   # run_small_communes.sh names its outputs after the binary
    base=${v%-w84}; window=56; [ "$v" != "$base" ] && window=84
    log="$WORK/run-$v.log"
    start=$(date +%s)
    UPTAKE_BASELINE=$base UPTAKE_WINDOW=$window benchmarks/alerts/run_small_communes.sh "$WORK" "$WORK/bin/uptake-$v" > "$log" 2>&1
    echo "wall $(( $(date +%s) - start )) s" >> "$log"
    python3 benchmarks/alerts/oracle_bound.py "$WORK/means" "$WORK/indep/backtest-uptake-$v-alerts.json" | tail -2 >> "$log"
    for m in received received-online; do
        python3 -c "import json,sys; a=[x for x in json.load(open(sys.argv[1])) if x['direction']=='down']; print(sys.argv[2], 'false drops', len(a), 'of them major or critical', sum(x['severity'] in ('major','critical') for x in a))" \
            "$WORK/null/uptake-$v-$m.json" "$m" >> "$log"
    done
    echo "== $v"; cat "$log"
done
