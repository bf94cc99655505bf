#!/bin/sh
# Start-up of the uptake executable against sqlite3's (issue 27's goal: within 3x), and against an
# earlier build when BEFORE names one. Whole processes in alternated pairs (alternate.py).
#
#   BIN=.build-release/release/uptake DB=uptake.sqlite [BEFORE=/path/to/older/uptake] [PAIRS=21] \
#       benchmarks/startup/startup.sh
#
# For the cost of linking libxlsxwriter (loaded on demand since 2c0cf7e), BEFORE can be the same binary with the
# library back among its needed ones: patchelf --add-needed libxlsxwriter.so.4 --output /tmp/uptake-linked "$BIN".
# DB is an Uptake database; each binary reads its own copy (uptake sql leaves a file as it was, an
# older build may not). sqlite3 reads the same file, and :memory: as the earlier sections did.
set -eu
here=$(dirname "$0")
BIN=${BIN:-.build-release/release/uptake}
PAIRS=${PAIRS:-21}
: "${DB:?DB must name an Uptake database}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$DB" "$work/after.sqlite"
pair() { echo "== $1"; python3 "$here/alternate.py" -n "$PAIRS" "$2" "$3"; }

echo "shared libraries: $(ldd "$BIN" | wc -l) lines of ldd"
pair "--help against sqlite3" "$BIN --help" 'sqlite3 :memory: "select 1"'
pair "sql against sqlite3 :memory:" "$BIN sql --db $work/after.sqlite \"select 1\"" 'sqlite3 :memory: "select 1"'
pair "sql against sqlite3 on the same file" "$BIN sql --db $work/after.sqlite \"select 1\"" "sqlite3 $work/after.sqlite \"select 1\""
if [ -n "${BEFORE:-}" ]; then
    cp "$DB" "$work/before.sqlite"
    pair "--help, after against before" "$BIN --help" "$BEFORE --help"
    pair "sql, after against before" "$BIN sql --db $work/after.sqlite \"select 1\"" "$BEFORE sql --db $work/before.sqlite \"select 1\""
fi
