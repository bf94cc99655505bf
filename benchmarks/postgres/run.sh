#!/usr/bin/env bash
# Issue 15: the PostgreSQL store against SQLite on the national dataset (uptake generate --sectors 12,
# 2025: 14.5 M rows): ingest time, disk per row, and the rates questions of bench_rates.py on both
# stores and on DuckDB (duckdb_side.py: the same rows in a DuckDB file), whole processes, alternating.
# Starts a throwaway PostgreSQL 15 cluster (Debian's postgresql package) on a free loopback port and
# stops it at the end.
#   usage: benchmarks/postgres/run.sh [WORKDIR] [RUNS]     (needs a release build: make release)
#   UPTAKE_BIN: another uptake binary; PYTHON: a Python with duckdb (pip install duckdb==2.0.1)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${UPTAKE_BIN:-$PWD/.build/release/uptake}
PY=${PYTHON:-python3}
DUCK=(env "$PY" "$PWD/benchmarks/postgres/duckdb_side.py")
WORK=$(realpath -m "${1:-out/bench-postgres}")
RUNS=${2:-5}
PGBIN=${UPTAKE_PG_BIN:-/usr/lib/postgresql/15/bin}
mkdir -p "$WORK"
[ -f "$WORK/nat/applications.csv" ] || "$BIN" generate --sectors 12 --from 2025-01-01 --to 2025-12-31 --out "$WORK/nat" >/dev/null
ROWS=$(( $(wc -l < "$WORK/nat/applications.csv") - 1 ))

# The cluster: as root, PostgreSQL's binaries run as the postgres user.
AS=(); [ "$(id -u)" -eq 0 ] && AS=(/usr/sbin/runuser -u postgres --)
PGDIR=$(mktemp -d /tmp/uptake-pg-bench-XXXX); chmod 755 "$PGDIR"; [ "$(id -u)" -eq 0 ] && chown postgres "$PGDIR"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
stop() { "${AS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" stop -m fast >/dev/null 2>&1 || true; rm -rf "$PGDIR"; }
# UPTAKE_BENCH_KEEP=1 leaves the loaded cluster running (for concurrent.sh); stop it with the printed pg_ctl.
if [ -n "${UPTAKE_BENCH_KEEP:-}" ]; then
    trap 'echo; echo "kept: postgres://uptake@127.0.0.1:$PORT/uptake; stop: ${AS[*]} $PGBIN/pg_ctl -D $PGDIR/data stop"' EXIT
else
    trap stop EXIT
fi
(cd /tmp && "${AS[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U uptake --auth=trust -E UTF8 --locale=C >/dev/null)
(cd /tmp && "${AS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w start \
    -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c max_wal_size=8GB -c work_mem=64MB" >/dev/null)
"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U uptake uptake
URL="postgres://uptake@127.0.0.1:$PORT/uptake"
psql() { "$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U uptake -d uptake -At -c "$1"; }

echo "## PostgreSQL store vs SQLite ($(date -u +%F), $(nproc) cores, $ROWS rows)"
rm -f "$WORK/nat.sqlite"*
"$BIN" init --db "$WORK/nat.sqlite" >/dev/null
"$BIN" init --db "$URL" >/dev/null
t() { local s; s=$(date +%s.%N); "$@" >/dev/null; python3 -c "print(f'{$(date +%s.%N) - $s:.3f}')"; }
SQLITE_INGEST=$(t "$BIN" ingest --units current --progress none --db "$WORK/nat.sqlite" "$WORK/nat/applications.csv")
PG_INGEST=$(t "$BIN" ingest --units current --progress none --db "$URL" "$WORK/nat/applications.csv")
DUCK_LOAD=$(t "${DUCK[@]}" load "$WORK/nat.duckdb" "$WORK/nat/applications.csv")
echo
echo "| store | ingest s | rows/s | applications bytes (with indexes) | bytes/row | aggregates bytes |"
echo "|---|---|---|---|---|---|"
SQLITE_BYTES=$(stat -c %s "$WORK/nat.sqlite")
echo "| SQLite | $SQLITE_INGEST | $(python3 -c "print(f'{$ROWS/$SQLITE_INGEST:,.0f}')") | $SQLITE_BYTES (whole file) | $(python3 -c "print(f'{$SQLITE_BYTES/$ROWS:.0f}')") | (in the file) |"
APP_BYTES=$(psql "SELECT sum(pg_total_relation_size(relid)) FROM pg_partition_tree('applications')")  # its monthly partitions
AGG_BYTES=$(psql "SELECT pg_total_relation_size('agg_province_day') + pg_total_relation_size('agg_province_month') + pg_total_relation_size('agg_locality_month')")
echo "| PostgreSQL | $PG_INGEST | $(python3 -c "print(f'{$ROWS/$PG_INGEST:,.0f}')") | $APP_BYTES | $(python3 -c "print(f'{$APP_BYTES/$ROWS:.1f}')") | $AGG_BYTES |"
DUCK_BYTES=$(stat -c %s "$WORK/nat.duckdb")
echo "| DuckDB (CREATE TABLE AS read_csv: no validation, no key, no revisions) | $DUCK_LOAD | $(python3 -c "print(f'{$ROWS/$DUCK_LOAD:,.0f}')") | $DUCK_BYTES (whole file) | $(python3 -c "print(f'{$DUCK_BYTES/$ROWS:.1f}')") | (none) |"

# A second ingest of the same file: every row is a stored key (the merge's worst case), nothing changes.
PG_REINGEST=$(t "$BIN" ingest --units current --progress none --db "$URL" "$WORK/nat/applications.csv")
echo
echo "Re-ingest of the same file into PostgreSQL (every key already stored; rolled back as identical): $PG_REINGEST s"

echo
echo "| question | SQLite p50 s | PostgreSQL p50 s | DuckDB p50 s | PostgreSQL = SQLite | DuckDB agrees |"
echo "|---|---|---|---|---|---|"
med() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
q() {
    local name=$1; shift
    : > "$WORK/a.txt"; : > "$WORK/b.txt"; : > "$WORK/c.txt"
    for _ in $(seq "$RUNS"); do  # alternating, so a drift of the machine's speed hits all three
        t "$BIN" "$@" --db "$WORK/nat.sqlite" >> "$WORK/a.txt"
        t "$BIN" "$@" --db "$URL" >> "$WORK/b.txt"
        t "${DUCK[@]}" query "$WORK/nat.duckdb" "$name" >> "$WORK/c.txt"
    done
    local same=no agree=no
    "$BIN" "$@" --db "$WORK/nat.sqlite" > "$WORK/sqlite.csv"
    cmp -s "$WORK/sqlite.csv" <("$BIN" "$@" --db "$URL") && same=yes
    "${DUCK[@]}" agree "$WORK/nat.duckdb" "$name" "$WORK/sqlite.csv" 2>/dev/null && agree=yes
    echo "| $name | $(med "$WORK/a.txt") | $(med "$WORK/b.txt") | $(med "$WORK/c.txt") | $same | $agree |"
}
q provinces-monthly rates --metric online-submission --level province --period 2025 --by month --format csv
q communes-of-01-monthly rates --metric online-submission --parent 01 --period 2025 --by month --format csv
q communes-of-01-weekly rates --metric online-submission --parent 01 --period 2025-Q3 --by week --format csv
q nation-daily-July rates --metric on-time --level nation --period 2025-07 --by day --format csv
