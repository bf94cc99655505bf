#!/bin/sh
# The CPU seconds of the ingest's parsing thread (the one that runs CSVParser) in one run of
# uptake-ingest.sh, from perf's cpu-clock samples; the writer's thread is left out, so a change to
# the parsing side can be measured while the writer changes too.
# usage: parse-thread-cpu.sh BINARY FILE WORKDIR
data="$3/parse-thread.perf"
perf record -q -o "$data" "$(dirname "$0")/uptake-ingest.sh" "$1" "$2" "$3" >/dev/null 2>&1
for t in $(perf report -i "$data" --no-children --sort pid -g none --stdio 2>/dev/null | grep -v '^#' | awk 'NF { split($2, p, ":"); print p[1] }'); do
  if perf report -i "$data" --tid "$t" --no-children --sort sym -g none --stdio 2>/dev/null | grep -q CSVParser; then
    perf report -i "$data" --tid "$t" --no-children --sort pid -g none --stdio -F period 2>/dev/null | grep -v '^#' | awk 'NF { printf "%.3f\n", $1 / 1e9; exit }'
  fi
done
