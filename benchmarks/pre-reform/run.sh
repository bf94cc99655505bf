#!/bin/sh
# Issue 26: ingest and question times over pre-reform data against today's units (release build).
# Usage: benchmarks/pre-reform/run.sh   (WORK, default /tmp/pre-reform-bench; REPEAT, default 3 for ingests, 5 for questions)
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
U=$ROOT/.build-release/release/uptake
WORK=${WORK:-/tmp/pre-reform-bench}
mkdir -p "$WORK"
python3 "$ROOT/benchmarks/pre-reform/make_files.py" "$WORK"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1; }
for i in $(seq "${REPEAT:-3}"); do
  rm -rf "$WORK/d" && mkdir "$WORK/d" && cd "$WORK/d" && "$U" init >/dev/null
  seconds "$U" ingest --units pre-2025 --progress none ../pre-month.csv > "$WORK/t-pre-$i"
  seconds "$U" ingest --progress none ../cur-rows.csv > "$WORK/t-cur-$i"
done
echo "ingest pre-month.csv (pre-2025 units): $(cat "$WORK"/t-pre-* | median) s"
echo "ingest cur-rows.csv (today's units):   $(cat "$WORK"/t-cur-* | median) s"
cd "$WORK/d"
q() { label=$1; shift; for i in 1 2 3 4 5; do seconds "$U" "$@" --format csv; done | median | sed "s/^/$label: /;s/$/ s/"; }
q "rates communes 2024-07 (folded)" rates --period 2024-07 --level commune
q "rates communes 2025-07 (today's)" rates --period 2025-07 --level commune
q "rates provinces 2024-07 (folded)" rates --period 2024-07
q "rates provinces 2025-07 (today's)" rates --period 2025-07
q "rates provinces 2024-07 by day (folded)" rates --period 2024-07 --by day
q "rates provinces 2025-07 by day (today's)" rates --period 2025-07 --by day
q "rates old communes 2024-07 (--units pre-2025)" rates --units pre-2025 --period 2024-07 --level commune
q "compare 79 2025-07 vs 2024-07 (across the reform)" compare --period 2025-07 --baseline 2024-07 --locality 79
q "compare 79 2025-08 vs 2025-07 (today's)" compare --period 2025-08 --baseline 2025-07 --locality 79
