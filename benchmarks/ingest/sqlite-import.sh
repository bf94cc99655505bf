#!/bin/sh
# sqlite3 .import of FILE into a new table of the same columns and key (text keys, no checks).
# usage: sqlite-import.sh FILE WORKDIR
set -e
rm -f "$2/s.sqlite"
sqlite3 "$2/s.sqlite" "CREATE TABLE applications (date TEXT NOT NULL, locality TEXT NOT NULL, sector TEXT NOT NULL, received INTEGER NOT NULL, received_online INTEGER NOT NULL, resolved INTEGER, resolved_online INTEGER, synced INTEGER, on_time INTEGER, PRIMARY KEY (date, locality, sector)) WITHOUT ROWID;"
exec sqlite3 "$2/s.sqlite" -cmd ".mode csv" ".import --skip 1 $1 applications"
