#!/usr/bin/env bash
# Issue 9: peak memory and wall time of the largest table output, commune × day over 2025 (1.2 M rows),
# as JSON and CSV, with /usr/bin/time -v. Usage: bench_large_json.sh UPTAKE_BINARY DATABASE [LABEL]
# (the database: `uptake init`, `uptake generate`, `uptake ingest` of the national dataset).
set -euo pipefail
bin=$1 db=$2 label=${3:-$(basename "$bin")}
for format in json csv; do
  out=$(mktemp)
  /usr/bin/time -v "$bin" rates --db "$db" --level commune --by day --period 2025 --format "$format" >"$out" 2>"$out.time"
  wall=$(grep "Elapsed (wall clock)" "$out.time" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$out.time" | awk '{print $NF}')
  printf '%s\t%s\twall %s\tpeak %d MiB\toutput %d MB\tsha256 %s\n' "$label" "$format" "$wall" $((rss / 1024)) \
    $(( $(stat -c %s "$out") / 1000000 )) "$(sha256sum <"$out" | cut -c1-12)"
  rm -f "$out" "$out.time"
done
