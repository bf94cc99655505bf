#!/usr/bin/env bash
# One fresh ingest, for a whole-process timer to repeat: empties the store, runs `uptake init`
# (migrations and the bundled localities), then `uptake ingest FILE`.
#   usage: benchmarks/postgres/fresh-ingest.sh UPTAKE_BINARY (postgres://URL | FILE.sqlite) FILE.csv
#   e.g.   /usr/bin/time -v benchmarks/postgres/fresh-ingest.sh .build/release/uptake postgres://uptake@127.0.0.1:5432/uptake jul/applications.csv
set -euo pipefail
BIN=$1 DB=$2 FILE=$3
PSQL=${PSQL:-/usr/lib/postgresql/15/bin/psql}
case "$DB" in
    # Errors stop the script (a wrong URL must not time an ingest into whatever is there); the
    # cascade's notices are not errors.
    postgres://*|postgresql://*) PGOPTIONS=--client-min-messages=warning "$PSQL" "$DB" -q -v ON_ERROR_STOP=1 \
                                     -c "DROP SCHEMA public CASCADE" -c "CREATE SCHEMA public" >/dev/null ;;
    *) rm -f "$DB" "$DB-wal" "$DB-shm" ;;
esac
"$BIN" init --db "$DB" >/dev/null
"$BIN" ingest --units current --progress none --db "$DB" "$FILE" >/dev/null
