#!/bin/sh
# The floor of start-up (issue 27): trivial Swift 6 executables built as `uptake` is (release,
# --static-swift-stdlib, --no-export-dynamic, -no-pie since 41799e0) against sqlite3 :memory: "select 1", in
# alternated pairs (alternate.py). (a) prints a line, (b') uses FoundationEssentials only, (b) Foundation, (c) adds
# ArgumentParser with one command, (d) the same command async, as uptake's root was, (e) a subcommand shaped as
# `uptake sql` (its options and groups), parsed synchronously as uptake now parses.
#
#   [PAIRS=21] [SCRATCH=/tmp/startup-floor] benchmarks/startup/floor.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PAIRS=${PAIRS:-21}
SCRATCH=${SCRATCH:-/tmp/startup-floor}
swift build -c release --static-swift-stdlib --package-path "$here/floor" --scratch-path "$SCRATCH" >/dev/null
bin="$SCRATCH/release"
pair() { echo "== $1"; python3 "$here/alternate.py" -n "$PAIRS" "$2" "$3"; }

for probe in floor-print floor-essentials floor-foundation floor-argparser floor-argparser-async floor-argparser-sql; do
    echo "$probe: $(stat -c %s "$bin/$probe") bytes, $(ldd "$bin/$probe" | wc -l) lines of ldd," \
        "$(readelf -d "$bin/$probe" | awk '/RELACOUNT/ {n = $3} END {print n + 0}') relative relocations," \
        "$(nm "$bin/$probe" | grep -c 'Mc$') conformance records"
done
sqlite='sqlite3 :memory: "select 1"'
pair "(a) a line printed against sqlite3" "$bin/floor-print" "$sqlite"
pair "(b') FoundationEssentials against sqlite3" "$bin/floor-essentials" "$sqlite"
pair "(b) Foundation against sqlite3" "$bin/floor-foundation" "$sqlite"
pair "(c) ArgumentParser, one command, against sqlite3" "$bin/floor-argparser" "$sqlite"
pair "(c) ArgumentParser --help against sqlite3" "$bin/floor-argparser --help" "$sqlite"
pair "(d) the async command against (c)" "$bin/floor-argparser-async --help" "$bin/floor-argparser --help"
pair "(e) a command shaped as uptake sql against sqlite3" "$bin/floor-argparser-sql sql --db x \"select 1\"" "$sqlite"
