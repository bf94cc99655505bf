#!/bin/sh
# Issue 26: the multi-year generated dataset (uptake generate --multi-year: 2024-01-01 to 2026-11-30,
# the days up to 2025-06-30 in the pre-reform units) against one year in today's units (2025, re-keyed),
# release build. Measures generation time and size, and ingest time per row of each.
# Usage: benchmarks/pre-reform/multi-year.sh
#   WORK (default /tmp/multi-year-bench), REPEAT (default 1: the national files take minutes),
#   PROVINCES (default: all; e.g. 01,12,79 for a quicker run with repeats).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
U=${UPTAKE:-$ROOT/.build-release/release/uptake}
WORK=${WORK:-/tmp/multi-year-bench}
P=${PROVINCES:+--provinces $PROVINCES}
mkdir -p "$WORK"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1; }
rows() { echo $(( $(wc -l < "$1") - 1 )); }
mb() { du -m "$1" | cut -f1; }

echo "generate --multi-year: $(seconds "$U" generate --multi-year $P --out "$WORK/multi") s"
echo "generate 2025-01-01..2025-12-31: $(seconds "$U" generate --from 2025-01-01 --to 2025-12-31 $P --out "$WORK/year") s"
PRE=$(rows "$WORK/multi/applications-pre2025.csv"); CUR=$(rows "$WORK/multi/applications.csv"); YEAR=$(rows "$WORK/year/applications.csv")
echo "applications-pre2025.csv: $PRE rows, $(mb "$WORK/multi/applications-pre2025.csv") MB; applications.csv (from 2025-07-01): $CUR rows, $(mb "$WORK/multi/applications.csv") MB"
echo "one year (2025): $YEAR rows, $(mb "$WORK/year/applications.csv") MB"

for i in $(seq "${REPEAT:-1}"); do
  rm -rf "$WORK/d" && mkdir "$WORK/d" && cd "$WORK/d" && "$U" init >/dev/null
  seconds "$U" ingest --units pre-2025 --progress none "$WORK/multi/applications-pre2025.csv" > "$WORK/t-pre-$i"
  seconds "$U" ingest --progress none "$WORK/multi/applications.csv" > "$WORK/t-cur-$i"
  echo "multi-year database: $(mb "$WORK/d/uptake.sqlite") MB"
  rm -rf "$WORK/d" && mkdir "$WORK/d" && cd "$WORK/d" && "$U" init >/dev/null
  seconds "$U" ingest --units current --progress none "$WORK/year/applications.csv" > "$WORK/t-year-$i"
done
TPRE=$(cat "$WORK"/t-pre-* | median); TCUR=$(cat "$WORK"/t-cur-* | median); TYEAR=$(cat "$WORK"/t-year-* | median)
echo "ingest --units pre-2025 applications-pre2025.csv: $TPRE s; ingest applications.csv: $TCUR s; one year --units current: $TYEAR s"
python3 -c "
pre, cur, year = $PRE, $CUR, $YEAR
tp, tc, ty = $TPRE, $TCUR, $TYEAR
per = lambda t, n: 1e6 * t / n
print(f'per row: multi-year {per(tp + tc, pre + cur):.2f} us (old units {per(tp, pre):.2f}, today\'s {per(tc, cur):.2f}); one year {per(ty, year):.2f} us; ratio {(tp + tc) / (pre + cur) / (ty / year):.2f}x (goal: within 2x)')
"
