#!/usr/bin/env bash
# Times `uptake report` on the bundled national dataset (6.06 M rows): the July 2025 national page
# and Hà Nội's Markdown report, whole processes, median of RUNS, with CPU time (user + system) and
# peak memory (GNU time); beside them their peer, the commune-level anomaly scan of the same month
# (the report runs that scan and explains what it flags), and the ratio of the medians.
#   usage: [BIN=path/to/uptake] benchmarks/report/run.sh [WORKDIR] [RUNS]     (default BIN: .build/release/uptake)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${BIN:-.build/release/uptake}
WORK=${1:-$(mktemp -d)}
RUNS=${2:-5}
mkdir -p "$WORK"
if [ ! -f "$WORK/uptake.sqlite" ]; then
    "$BIN" init --db "$WORK/uptake.sqlite" >/dev/null
    "$BIN" generate --out "$WORK/data" >/dev/null
    "$BIN" ingest --units current --db "$WORK/uptake.sqlite" --progress none "$WORK/data/applications.csv" "$WORK/data/incidents.csv" "$WORK/data/readiness.csv" >/dev/null
fi
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
measure() {   # label, then uptake's arguments; prints a row and leaves the medians in WALL and CPU
    local label=$1; shift
    local times=() cpus=() peak=0
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$BIN" "$@" --db "$WORK/uptake.sqlite" >/dev/null 2>&1
        read -r seconds user system kib < "$WORK/time.txt"
        times+=("$seconds")
        cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')")
        [ "$kib" -gt "$peak" ] && peak=$kib
    done
    WALL=$(printf '%s\n' "${times[@]}" | median)
    CPU=$(printf '%s\n' "${cpus[@]}" | median)
    printf '| %s | %s s | %s | %s s | %d MiB |\n' "$label" "$WALL" "${times[*]}" "$CPU" $((peak / 1024))
}
echo "## uptake report on the national dataset ($(date -u +%F), $(nproc) cores, median of $RUNS whole processes)"
echo "| command | median wall | runs (s) | median CPU (user + sys) | peak RSS |"
echo "|---|---:|---|---:|---:|"
measure "anomalies --level commune --period 2025-07 (the peer)" anomalies --level commune --period 2025-07
SCAN_WALL=$WALL SCAN_CPU=$CPU
measure "report: national, July vs June 2025, HTML" report --period 2025-07 --baseline 2025-06 --out "$WORK/report.html"
awk -v w="$WALL" -v sw="$SCAN_WALL" -v c="$CPU" -v sc="$SCAN_CPU" \
    'BEGIN { printf "\nThe national report against the scan: %.2f× in wall time, %.2f× in CPU time.\n\n", w / sw, c / sc }'
measure "report: Hà Nội (126 communes), July 2025, Markdown + SVG" report --period 2025-07 --locality 01 --out "$WORK/hanoi.md"
[ -n "${1:-}" ] || rm -rf "$WORK"
