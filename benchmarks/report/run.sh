#!/usr/bin/env bash
# Times `uptake report` on the bundled national dataset (6.06 M rows): the July 2025 national page
# and Hà Nội's Markdown report, whole processes, median of RUNS, with peak memory (GNU time).
#   usage: benchmarks/report/run.sh [WORKDIR] [RUNS]     (release build at .build/release/uptake)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=.build/release/uptake
WORK=${1:-$(mktemp -d)}
RUNS=${2:-5}
mkdir -p "$WORK"
if [ ! -f "$WORK/uptake.sqlite" ]; then
    "$BIN" init --db "$WORK/uptake.sqlite" >/dev/null
    "$BIN" generate --out "$WORK/data" >/dev/null
    "$BIN" ingest --db "$WORK/uptake.sqlite" --progress none "$WORK/data/applications.csv" "$WORK/data/incidents.csv" "$WORK/data/readiness.csv" >/dev/null
fi
measure() {   # label, then the report's arguments
    local label=$1; shift
    local times=() peak=0
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$BIN" report --db "$WORK/uptake.sqlite" "$@" 2>/dev/null
        read -r seconds kib < "$WORK/time.txt"
        times+=("$seconds")
        [ "$kib" -gt "$peak" ] && peak=$kib
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
    printf '| %s | %s s | %s | %d MiB |\n' "$label" "$median" "${times[*]}" $((peak / 1024))
}
echo "## uptake report on the national dataset ($(date -u +%F), $(nproc) cores, median of $RUNS whole processes)"
echo "| report | median | runs (s) | peak RSS |"
echo "|---|---:|---|---:|"
measure "national, July vs June 2025, HTML" --period 2025-07 --baseline 2025-06 --out "$WORK/report.html"
measure "Hà Nội (126 communes), July 2025, Markdown + SVG" --period 2025-07 --locality 01 --out "$WORK/hanoi.md"
[ -n "${1:-}" ] || rm -rf "$WORK"
