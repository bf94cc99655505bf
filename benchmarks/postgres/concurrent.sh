#!/usr/bin/env bash
# Issue 15: 16 readers (pgbench, the rates queries' SQL against the uptake schema) while a national
# ingest runs, then the ingest's totals checked against the file. Reports failed transactions (must
# be 0), latency percentiles per question with and without the ingest, and the ingest's time.
#   usage: benchmarks/postgres/concurrent.sh URL APPLICATIONS.csv [WORKDIR]
# URL: a database that run.sh loaded (UPTAKE_BENCH_KEEP=1 run.sh prints it); the file's days must be
# new to it (e.g. uptake generate --sectors 12 --from 2026-01-01 --to 2026-03-31), so its totals
# are the database's totals over its days. UPTAKE_BIN: another uptake binary.
set -euo pipefail
cd "$(dirname "$0")/../.."
URL=$1 FILE=$(realpath "$2") WORK=$(realpath -m "${3:-out/bench-concurrent}")
BIN=${UPTAKE_BIN:-$PWD/.build/release/uptake}
CLIENTS=16 CHUNK=20
mkdir -p "$WORK"; rm -f "$WORK"/idle.* "$WORK"/during.* "$WORK"/*.sql "$WORK"/ingest.txt
# postgres://user@host:port/db as pgbench's and psql's options
read -r PGU PGH PGP PGD < <(python3 -c "from urllib.parse import urlparse; u=urlparse('$URL'); print(u.username, u.hostname, u.port or 5432, u.path[1:])")
CONN=(-h "$PGH" -p "$PGP" -U "$PGU")
psql() { command psql "${CONN[@]}" -d "$PGD" -At -c "$1"; }

# The questions, as PostgresStore.sums asks them: the locality tree first (every query reads it),
# then the province aggregates by month (a year), one province's communes from the locality
# aggregates by month (a year), or from the raw rows by day (a month); the province drawn at random.
FIRST=$(python3 -c "import datetime; print((datetime.date(2025, 7, 1) - datetime.date(1970, 1, 1)).days)")
SUMS="SUM(received)::bigint, SUM(received_online)::bigint, SUM(resolved)::bigint, SUM(on_time)::bigint"
TREE="SELECT l.id, l.parent_id, l.code, p.code, l.level, l.name FROM localities l LEFT JOIN localities p ON p.id = l.parent_id;"
COMMUNES="ARRAY(SELECT id FROM localities WHERE parent_id = (SELECT id FROM localities WHERE level = 'province' ORDER BY code OFFSET :p LIMIT 1))"
cat > "$WORK/provinces.sql" <<SQL
$TREE
SELECT province_id, month, $SUMS FROM agg_province_month
 WHERE province_id = ANY(ARRAY(SELECT id FROM localities WHERE level = 'province')) AND month BETWEEN 24300 AND 24311 GROUP BY 1, 2;
SQL
cat > "$WORK/communes-monthly.sql" <<SQL
\set p random(0, 33)
$TREE
SELECT locality_id, month, $SUMS FROM agg_locality_month WHERE locality_id = ANY($COMMUNES) AND month BETWEEN 24300 AND 24311 GROUP BY 1, 2;
SQL
cat > "$WORK/communes-daily.sql" <<SQL
\set p random(0, 33)
$TREE
SELECT locality_id, day, $SUMS FROM applications WHERE locality_id = ANY($COMMUNES) AND day BETWEEN $FIRST AND $((FIRST + 30)) GROUP BY 1, 2;
SQL
bench() {  # one chunk of pgbench: $1 the log prefix; appends its summary to $WORK/$1.out
    pgbench "${CONN[@]}" -n -c "$CLIENTS" -j 2 -T "$CHUNK" -f "$WORK/provinces.sql@4" -f "$WORK/communes-monthly.sql@4" -f "$WORK/communes-daily.sql@1" \
        -l --log-prefix="$WORK/$1" "$PGD" >> "$WORK/$1.out" 2>&1 || echo "pgbench exit $?" >> "$WORK/$1.out"
}
report() {  # percentiles per script from pgbench's per-transaction logs (column 3: latency in µs)
    python3 - "$WORK" "$1" <<'PY'
import glob, statistics, sys, re
work, prefix = sys.argv[1], sys.argv[2]
lat = {0: [], 1: [], 2: []}
for f in glob.glob(f"{work}/{prefix}.*"):
    if f.endswith(".out"): continue
    for line in open(f):
        c = line.split()
        if len(c) >= 6 and c[2].isdigit(): lat[int(c[3])].append(int(c[2]) / 1000)
out = open(f"{work}/{prefix}.out").read()
failed = sum(int(x) for x in re.findall(r"number of failed transactions: (\d+)", out)) + out.count("pgbench exit") + out.count("ERROR")
for script, name in ((0, "provinces-monthly, a year (aggregates)"), (1, "communes-of-a-province-monthly, a year (aggregates)"),
                     (2, "communes-of-a-province-daily, a month (raw rows)")):
    v = sorted(lat[script]); n = len(v)
    if not n: print(f"| {prefix} | {name} | 0 | | | | {failed} |"); continue
    q = lambda p: v[min(n - 1, int(p * n))]
    print(f"| {prefix} | {name} | {n:,} | {q(0.5):.1f} | {q(0.95):.1f} | {q(0.99):.1f} | {failed} |")
PY
}

ROWS=$(( $(wc -l < "$FILE") - 1 ))
echo "## 16 readers during an ingest ($(date -u +%F), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); ingest of $ROWS rows)"
bench idle; bench idle
start=$(date +%s.%N)
"$BIN" ingest --units current --progress none --db "$URL" "$FILE" > "$WORK/ingest.txt" 2>&1 &
INGEST=$!
while kill -0 "$INGEST" 2>/dev/null; do bench during; done
wait "$INGEST"; status=$?
ingest_s=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
echo
echo "ingest: exit $status, ${ingest_s} s with the readers running ($(python3 -c "print(f'{$ROWS/$ingest_s:,.0f}')") rows/s): $(tail -1 "$WORK/ingest.txt")"
echo
echo "| readers | question | transactions | p50 ms | p95 ms | p99 ms | failed |"
echo "|---|---|---|---|---|---|---|"
report idle; report during

# The totals: the file's sums over its days against the raw rows and each aggregate table.
read -r FROM_DAY TO_DAY FILE_ROWS FILE_RECEIVED FILE_ONLINE < <(python3 - "$FILE" <<'PY'
import csv, datetime, sys
epoch = datetime.date(1970, 1, 1); days = set(); n = rec = onl = 0
for r in csv.DictReader(open(sys.argv[1])):
    days.add((datetime.date.fromisoformat(r["date"]) - epoch).days); n += 1; rec += int(r["received"]); onl += int(r["received_online"])
print(min(days), max(days), n, rec, onl)
PY
)
M1=$(python3 -c "import datetime as d; x=d.date(1970,1,1)+d.timedelta($FROM_DAY); print(x.year*12+x.month-1)")
M2=$(python3 -c "import datetime as d; x=d.date(1970,1,1)+d.timedelta($TO_DAY); print(x.year*12+x.month-1)")
echo
echo "| totals over the file's days | rows | received | received_online |"
echo "|---|---|---|---|"
echo "| the file | $FILE_ROWS | $FILE_RECEIVED | $FILE_ONLINE |"
echo "| applications | $(psql "SELECT count(*), sum(received), sum(received_online) FROM applications WHERE day BETWEEN $FROM_DAY AND $TO_DAY" | tr '|' ' ' | awk '{print $1" | "$2" | "$3}') |"
for t in "agg_province_day:day:$FROM_DAY:$TO_DAY" "agg_province_month:month:$M1:$M2" "agg_locality_month:month:$M1:$M2"; do
    IFS=: read -r table col lo hi <<< "$t"
    echo "| $table | $(psql "SELECT sum(rows), sum(received), sum(received_online) FROM $table WHERE $col BETWEEN $lo AND $hi" | tr '|' ' ' | awk '{print $1" | "$2" | "$3}') |"
done
