#!/usr/bin/env bash
# Rewrites Tests/UptakeCLITests/Golden/NN-{table,csv,json}.txt from commands.txt with a built uptake,
# on the same data as GoldenOutputTests (Hà Nội, Cao Bằng, Hồ Chí Minh City, May–August 2025).
# Use deliberately, when a change is meant to alter an output, and review `git diff` before committing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/.build/debug/uptake}
golden=$root/Tests/UptakeCLITests/Golden
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$bin" init >/dev/null
"$bin" generate --provinces 01,04,79 --from 2025-05-01 --to 2025-08-31 --out data >/dev/null 2>&1
"$bin" ingest --units current --progress none data/applications.csv data/incidents.csv data/readiness.csv >/dev/null
n=0
while IFS= read -r line; do
  n=$((n + 1))
  for format in table csv json; do
    file=$(printf '%s/%02d-%s.txt' "$golden" "$n" "$format")
    set +e
    eval "\"$bin\" $line --format $format" >"$work/out" 2>"$work/err"
    status=$?
    set -e
    cat "$work/out" "$work/err" >"$file"
    echo "exit $status" >>"$file"
  done
done <"$golden/commands.txt"
echo "rewrote $n commands × 3 formats"
