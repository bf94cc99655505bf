#!/usr/bin/env bash
# Issue 27: the morning check and the backtest, timed on the bundled national dataset (6.06 M rows),
# whole processes, beside their peer: the commune-level anomaly scan of the days the check reads
# (uptake anomalies --level commune over the revision window: the same three watched metrics, each
# with its 84 days of history). Check and scan alternate, RUNS pairs per day; medians of wall and
# CPU time (user + system) and the ratio of the medians. Then one backtest of a quarter.
#   usage: [BIN=path/to/uptake] benchmarks/alerts/speed.sh [WORKDIR] [RUNS] [DAYS...]
#   (default BIN .build/release/uptake, RUNS 5, DAYS 2025-07-15 2025-09-10; FROM/TO the quarter,
#   2025-07-01..2025-09-30; BACKTEST=0 skips it)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${BIN:-.build/release/uptake}
WORK=${1:-$(mktemp -d)}
KEEP=${1:-}   # a WORKDIR given is kept; a temporary one is removed
RUNS=${2:-5}
shift $(( $# > 2 ? 2 : $# ))
DAYS=("$@")
[ ${#DAYS[@]} -gt 0 ] || DAYS=(2025-07-15 2025-09-10)
FROM=${FROM:-2025-07-01}
TO=${TO:-2025-09-30}
RULES=datasets/alerts.yaml
mkdir -p "$WORK"
if [ ! -f "$WORK/uptake.sqlite" ]; then
    "$BIN" init --db "$WORK/uptake.sqlite" >/dev/null
    "$BIN" generate --out "$WORK/data" >/dev/null
    "$BIN" ingest --units current --db "$WORK/uptake.sqlite" --progress none "$WORK/data/applications.csv" "$WORK/data/incidents.csv" "$WORK/data/readiness.csv" >/dev/null
fi
export UPTAKE_DB="$WORK/uptake.sqlite"
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
once() {   # uptake's arguments; appends "wall cpu" to $WORK/$LABEL
    local status=0
    /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" "$BIN" "$@" >/dev/null 2>"$WORK/stderr.txt" || status=$?
    # alerts check exits 3 when an alert fires; anything else but 0 is a failure, not a time
    if [ "$status" != 0 ] && [ "$status" != 3 ]; then echo "failed ($status): uptake $*" >&2; cat "$WORK/stderr.txt" >&2; exit 1; fi
    # the last line: GNU time writes "Command exited with non-zero status 3" above the figures
    tail -n 1 "$WORK/time.txt" | awk '{ printf "%s %.2f\n", $1, $2 + $3 }' >> "$WORK/$LABEL"
}
echo "## alerts check against the commune-level scan of its days ($(date -u +%F), $(nproc) cores, $RUNS alternated pairs)"
echo "| day | check wall | scan wall | ratio | check CPU | scan CPU | ratio |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for day in "${DAYS[@]}"; do
    first=$(date -u -d "$day -6 days" +%F)   # the shipped rules' revision window: 7 days
    rm -f "$WORK/check" "$WORK/scan"
    for _ in $(seq "$RUNS"); do
        LABEL=check once alerts check --rules "$RULES" --as-of "$day" --dry-run --format json
        LABEL=scan once anomalies --level commune --from "$first" --to "$day" --format json
    done
    cw=$(cut -d' ' -f1 "$WORK/check" | median) cc=$(cut -d' ' -f2 "$WORK/check" | median)
    sw=$(cut -d' ' -f1 "$WORK/scan" | median) sc=$(cut -d' ' -f2 "$WORK/scan" | median)
    awk -v d="$day" -v cw="$cw" -v sw="$sw" -v cc="$cc" -v sc="$sc" \
        'BEGIN { printf "| %s | %s s | %s s | %.2f× | %s s | %s s | %.2f× |\n", d, cw, sw, cw / sw, cc, sc, cc / sc }'
done
if [ "${BACKTEST:-1}" != 0 ]; then
    rm -f "$WORK/backtest"
    LABEL=backtest once alerts backtest --rules "$RULES" --from "$FROM" --to "$TO" --format json
    read -r bw bc < "$WORK/backtest"
    echo
    echo "alerts backtest $FROM..$TO: $bw s wall, $bc s CPU"
fi
[ -n "$KEEP" ] || rm -rf "$WORK"
