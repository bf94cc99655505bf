#!/usr/bin/env bash
# The demo's first figures: the nation's four rates for one month, one line each.
#   usage: scripts/demo-national-rates.sh BIN DB PERIOD     (scripts/demo.sh calls it; a test checks its lines)
# Columns are found by their names in the CSV header, never by position: `rates` may add columns.
set -euo pipefail
BIN=${1:?usage: scripts/demo-national-rates.sh BIN DB PERIOD}
DB=${2:?usage: scripts/demo-national-rates.sh BIN DB PERIOD}
PERIOD=${3:?usage: scripts/demo-national-rates.sh BIN DB PERIOD}
for metric in online-submission online-result sync on-time; do
    csv=$("$BIN" rates --db "$DB" --metric "$metric" --level nation --period "$PERIOD" --format csv)
    printf '%s\n' "$csv" | awk -F, -v m="$metric" '
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i
                  for (name in want) if (!(name in col)) { print "demo: rates has no column " name > "/dev/stderr"; exit 2 } }
        NR == 2 { printf "  %-18s %6.2f%%   %9d of %9d   95%% interval %.2f%%–%.2f%%\n",
                         m, 100 * $col["rate"], $col["numerator"], $col["denominator"], 100 * $col["low"], 100 * $col["high"] }
        BEGIN { split("rate numerator denominator low high", w, " "); for (k in w) want[w[k]] = 1 }'
done
