#!/bin/sh
# One ingest of FILE into a fresh copy of WORKDIR/base.sqlite (made once with `BINARY init --db WORKDIR/base.sqlite`).
# usage: uptake-ingest.sh BINARY FILE WORKDIR
set -e
rm -f "$3/u.sqlite" "$3/u.sqlite-wal" "$3/u.sqlite-shm"
cp "$3/base.sqlite" "$3/u.sqlite"
exec "$1" ingest --units current "$2" --db "$3/u.sqlite" >/dev/null
