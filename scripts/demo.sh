#!/usr/bin/env bash
# make demo: a fresh database, the national dataset generated and ingested, then the July 2025 picture.
#   usage: scripts/demo.sh BIN OUTDIR     (make demo: scripts/demo.sh .build/release/uptake out/demo)
set -euo pipefail

BIN=${1:?usage: scripts/demo.sh BIN OUTDIR}
OUT=${2:?usage: scripts/demo.sh BIN OUTDIR}
if [ ! -x "$BIN" ]; then
    echo "demo: no uptake executable at $BIN" >&2
    echo "  hint: build it with 'swift build -c release' (or run 'make demo')" >&2
    exit 2
fi

DB="$OUT/uptake.sqlite"
DATA="$OUT/data"
started=$SECONDS
uptake() { "$BIN" "$@"; }
if [ -t 1 ]; then bold=$'\033[1m' plain=$'\033[0m'; else bold='' plain=''; fi
section() { printf '\n%s== %s%s\n' "$bold" "$1" "$plain"; }
# Prints the header, the first N and the last N rows of a table (no pipe into head: uptake is never cut off).
ends() {
    local n=$1 text
    text=$(cat)
    local total
    total=$(printf '%s\n' "$text" | wc -l)
    printf '%s\n' "$text" | sed -n "1,$((2 + n))p"
    echo "…"
    printf '%s\n' "$text" | sed -n "$((total - n + 1)),${total}p"
}

rm -rf "$OUT"
mkdir -p "$OUT"

section "A fresh database with the official localities ($DB)"
uptake init --db "$DB"

section "The national dataset: seed 2025, 2025-01-01..2025-10-31, every commune, 6 sectors"
uptake generate --out "$DATA"

section "Ingest (every row checked; each file whole or not at all)"
uptake ingest --units current --db "$DB" "$DATA/applications.csv" "$DATA/incidents.csv" "$DATA/readiness.csv" "$DATA/tasks.csv"

export UPTAKE_DB="$DB"

section "National rates, July 2025"
bash "$(dirname "$0")/demo-national-rates.sh" "$BIN" "$DB" 2025-07

section "Online-submission rate by province, July 2025, highest first (top and bottom 5 of 34)"
uptake rates --metric online-submission --level province --period 2025-07 --rank | ends 5

section "Hồ Chí Minh City: applications received per day, June vs July 2025"
uptake rates --metric received --locality 79 --by month --from 2025-06-01 --to 2025-07-31

section "Hồ Chí Minh City, July against June: is the change larger than noise?"
uptake compare --period 2025-07 --baseline 2025-06 --locality 79

section "Hồ Chí Minh City's daily receipts, May to August 2025: the trend"
uptake trend --metric received --locality 79 --from 2025-05-01 --to 2025-08-31

section "Drops in daily receipts, March to October 2025, by province (a lasting fall is one level shift)"
uptake anomalies --level province --from 2025-03-01 --to 2025-10-31

section "Drops at communes in July 2025 (communes that fall together are one province event)"
uptake anomalies --level commune --period 2025-07 | ends 6

section "Who lags on online submission in July 2025, given its volume (funnel, shrinkage, q-values)"
uptake lagging --metric online-submission --level province --period 2025-07 | ends 3

section "Readiness as of 31 July 2025: the four provinces furthest behind, and the nation"
uptake readiness --as-of 2025-07-31 | grep -E '^(code|────|04 |12 |68 |92 |VN )|^as of|^basic'

section "Why did Hồ Chí Minh City's receipts fall in July? Root causes, with evidence (uptake explain)"
uptake explain --locality 79 --period 2025-07 --baseline 2025-06 --metric received | sed -n '1,14p'

section "Green on the map against measured operation, July 2025 (uptake status)"
uptake status --period 2025-07 | sed -n '1,7p'

section "Plan 02 tasks overdue and not done on 31 July 2025, by group (uptake tasks)"
uptake tasks --as-of 2025-07-31 --overdue --by group

section "The colour the tasks give against the colour reported (uptake status --colour computed; disagreements)"
uptake status --as-of 2025-07-31 --colour computed --format csv | awk -F, 'NR == 1 || $5 == "reported_greener" || $5 == "reported_less_green"' | cut -d, -f1-7

section "The morning alert: datasets/alerts.yaml judged for 2 July 2025 (exit 3 means something fires)"
# The shipped rules notify on standard output (one JSON line each); here the notifications go to a file,
# so the terminal shows the alerts' table whole and the JSON stays whole in its own file.
notifications="$(cd "$OUT" && pwd)/notifications.ndjson"
sed "s|^    stdout: true\$|    file: $notifications|" "$(dirname "$0")/../datasets/alerts.yaml" > "$OUT/alerts.yaml"
uptake alerts check --rules "$OUT/alerts.yaml" --as-of 2025-07-02 && rc=0 || rc=$?
[ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || exit "$rc"
printf 'The notifications sent: %s (%d, one JSON object a line)\n' "$notifications" "$(wc -l < "$notifications" 2>/dev/null || echo 0)"

section "Targets: will each unit reach its goal by the deadline, at its trend? (datasets/targets.csv, as of 31 October 2025)"
uptake targets --as-of 2025-10-31 --format csv | awk -F, '
    NR == 1 { printf "%-18s %-10s %7s %8s %8s %13s  %-10s %-18s %-9s %s\n", $1, $2, $6, $7, $8, "trend at "$5, $17, $18, $19, $4 }
    NR > 1 && ($2 == "national" || $3 == "01" || $3 == "79") {
        printf "%-18s %-10s %6.1f%% %8s %7.2f%% %12.2f%%  %-10s %-18s %-9s %s\n", $1, $2, 100 * $6, $7, 100 * $8, 100 * $13, $17, $18, $19, $4 }'
uptake targets --as-of 2025-10-31 | grep '^source: '   # what each target is, as the targets file says

section "Hồ Chí Minh City's receipts, forecast from 31 August to 12 September 2025 (95% intervals; the stored value beside)"
uptake forecast --metric received --locality 79 --history-to 2025-08-31 --until 2025-09-12

section "The July 2025 report with charts (HTML for reading and printing; Markdown for one province)"
report_started=$SECONDS
uptake report --period 2025-07 --baseline 2025-06 --out "$OUT/report-2025-07.html"
uptake report --period 2025-07 --baseline 2025-06 --locality 01 --out "$OUT/hanoi-2025-07.md"
printf 'The July 2025 report: %s (open it in a browser; it prints on A4). Hà Nội: %s with its SVG charts beside it. (%d s)\n' \
    "$(cd "$OUT" && pwd)/report-2025-07.html" "$(cd "$OUT" && pwd)/hanoi-2025-07.md" "$((SECONDS - report_started))"

section "For the officials: the report in Vietnamese (bao-cao-2025-07.html), and as an Excel workbook (a sheet per part)"
uptake report --period 2025-07 --baseline 2025-06 --lang vi --out "$OUT/bao-cao-2025-07.html"
uptake report --period 2025-07 --baseline 2025-06 --lang vi --out "$OUT/bao-cao-2025-07.xlsx"
uptake rates --metric online-submission --level province --period 2025-07 --rank --lang vi --format xlsx --out "$OUT/ty-le-truc-tuyen-2025-07.xlsx"

printf '\nDone in %d s. Explore further with UPTAKE_DB=%s uptake rates --help, or open notebooks-md/.\n' \
    "$((SECONDS - started))" "$DB"
