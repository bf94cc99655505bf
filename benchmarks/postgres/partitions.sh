#!/usr/bin/env bash
# Issue 15, the scale-out path on plain PostgreSQL (Citus is not packaged by Debian): the layout of
# docs/postgres.md's "Monthly partitions" built beside a loaded `applications` table and compared
# with it. A copy partitioned by month on `day`, keyed (locality_id, day, sector_id); then the time
# and size of the copy, the ingest's upsert on it, and the raw-row commune question on both tables
# (EXPLAIN ANALYZE: partitions pruned, rows read).
# The layout has been the schema's since migration v5-monthly-partitions: the comparison in
# benchmarks/RESULTS.md was made on a database of the earlier single table (main 5fd33bf); on a
# database of v5 this script compares the schema's partitions with a copy of themselves.
#   usage: benchmarks/postgres/partitions.sh URL     (a database run.sh loaded; UPTAKE_BENCH_KEEP=1)
set -euo pipefail
URL=$1
read -r PGU PGH PGP PGD < <(python3 -c "from urllib.parse import urlparse; u=urlparse('$URL'); print(u.username, u.hostname, u.port or 5432, u.path[1:])")
psql() { command psql -h "$PGH" -p "$PGP" -U "$PGU" -d "$PGD" -v ON_ERROR_STOP=1 "$@"; }

# One partition a month over the data's span.
read -r FIRST LAST < <(psql -At -F' ' -c "SELECT min(day), max(day) FROM applications")
PARTS=$(python3 - "$FIRST" "$LAST" <<'PY'
import datetime, sys
e = datetime.date(1970, 1, 1); d = e + datetime.timedelta(int(sys.argv[1])); last = e + datetime.timedelta(int(sys.argv[2]))
m = datetime.date(d.year, d.month, 1)
while m <= last:
    n = datetime.date(m.year + m.month // 12, m.month % 12 + 1, 1)
    print(f"CREATE TABLE applications_p_{m:%Y_%m} PARTITION OF applications_p FOR VALUES FROM ({(m - e).days}) TO ({(n - e).days});")
    m = n
PY
)
echo "## Monthly partitions on PostgreSQL $(psql -At -c 'SHOW server_version' | cut -d' ' -f1) ($(date -u +%F), load $(cut -d' ' -f1-3 /proc/loadavg))"
psql -q <<SQL
DROP TABLE IF EXISTS applications_p;
CREATE TABLE applications_p (LIKE applications INCLUDING DEFAULTS, PRIMARY KEY (locality_id, day, sector_id)) PARTITION BY RANGE (day);
$PARTS
SQL
echo "partitions: $(echo "$PARTS" | wc -l)"
s=$(date +%s.%N)
psql -q -c "INSERT INTO applications_p SELECT * FROM applications"
echo "copy of $(psql -At -c 'SELECT count(*) FROM applications_p') rows: $(python3 -c "print(f'{$(date +%s.%N) - $s:.1f}')") s"
echo "bytes: applications $(psql -At -c "SELECT pg_total_relation_size('applications')"), partitioned $(psql -At -c "SELECT sum(pg_total_relation_size(relid)) FROM pg_partition_tree('applications_p')")"

# The ingest's upsert works on the partitioned key: one row revised, in a transaction rolled back.
psql -At <<SQL
BEGIN;
INSERT INTO applications_p SELECT day, locality_id, sector_id, received + 1, received_online, resolved, resolved_online, synced, on_time, ingest_id
  FROM applications WHERE day = $LAST LIMIT 1
  ON CONFLICT (locality_id, day, sector_id) DO UPDATE SET received = excluded.received RETURNING 'upsert on the partitioned key: ok';
ROLLBACK;
SQL

# The ingest's write on each layout, rolled back each time: a new month (the first month's rows
# moved on past the last day, as the ingest's plain INSERT when every row is new) and a new day
# (the first day's rows likewise). Three rounds, the two tables in turn, psql's \timing.
SHIFT=$((LAST - FIRST + 1))
COLS="day + $SHIFT, locality_id, sector_id, received, received_online, resolved, resolved_online, synced, on_time, ingest_id"
echo; echo "| round | table | new month: rows, ms | new day: rows, ms |"; echo "|---|---|---|---|"
for round in 1 2 3; do
    for t in applications applications_p; do
        PART=""; [ "$t" = applications_p ] && PART="CREATE TABLE applications_p_next PARTITION OF applications_p FOR VALUES FROM ($((LAST + 1))) TO ($((LAST + 32)));"
        out=$(psql -At <<SQL
\timing on
BEGIN;
$PART
INSERT INTO $t SELECT $COLS FROM applications WHERE day BETWEEN $FIRST AND $((FIRST + 30));
ROLLBACK;
BEGIN;
$PART
INSERT INTO $t SELECT $COLS FROM applications WHERE day = $FIRST;
ROLLBACK;
SQL
)
        month=$(echo "$out" | grep -A1 "^INSERT" | sed -n 1,2p | tr '\n' ' ' | awk '{print $3 ", " $5}')
        day=$(echo "$out" | grep -A1 "^INSERT" | sed -n 4,5p | tr '\n' ' ' | awk '{print $3 ", " $5}')
        echo "| $round | $t | $month | $day |"
    done
done

# Hà Nội's communes over 2025-Q3, day by day, as PostgresStore.sums asks it.
Q="SELECT locality_id, day, SUM(received)::bigint, SUM(received_online)::bigint FROM TABLE
   WHERE locality_id = ANY(ARRAY(SELECT id FROM localities WHERE parent_id = (SELECT id FROM localities WHERE code = '01')))
   AND day BETWEEN 20270 AND 20361 GROUP BY 1, 2"
for t in applications applications_p; do
    echo; echo "### ${Q//TABLE/$t}" | head -1
    psql -At -c "EXPLAIN (ANALYZE, BUFFERS, SUMMARY) ${Q//TABLE/$t}" > "/tmp/explain-$t.txt"
    grep -E "Scan on (applications|.*pkey)|Rows Removed by Filter" "/tmp/explain-$t.txt" | sed 's/  (cost=[^)]*)//' | head -6
    echo "partitions read: $(grep -c 'Heap Scan on applications_p_' "/tmp/explain-$t.txt"); rows removed by the filter: $(grep -o 'Rows Removed by Filter: [0-9]*' "/tmp/explain-$t.txt" | awk '{s += $5} END {print s + 0}'); $(grep -E 'Execution Time' "/tmp/explain-$t.txt")"
done
psql -q -c "DROP TABLE applications_p"
