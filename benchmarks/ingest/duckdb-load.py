#!/usr/bin/env python3
"""DuckDB loading the same CSV into a new table of the same columns and key, as a user would
(read_csv, default threads). usage: duckdb-load.py FILE WORKDIR [--no-key]; --no-key leaves the
primary key out (no uniqueness check, as a plain bulk load). Needs the duckdb package."""
import os
import sys

import duckdb

path, work = sys.argv[1], sys.argv[2]
db = os.path.join(work, "d.duckdb")
for leftover in (db, db + ".wal"):
    if os.path.exists(leftover):
        os.remove(leftover)
con = duckdb.connect(db)
con.execute("""CREATE TABLE applications (date DATE NOT NULL, locality TEXT NOT NULL, sector TEXT NOT NULL,
    received BIGINT NOT NULL, received_online BIGINT NOT NULL, resolved BIGINT, resolved_online BIGINT,
    synced BIGINT, on_time BIGINT""" + ("" if "--no-key" in sys.argv[3:] else ", PRIMARY KEY (date, locality, sector)") + ")")
# The columns' types are given so that codes such as 00004 stay text.
con.execute("""INSERT INTO applications SELECT * FROM read_csv(?, header = true, columns = {
    'date': 'DATE', 'locality': 'VARCHAR', 'sector': 'VARCHAR', 'received': 'BIGINT', 'received_online': 'BIGINT',
    'resolved': 'BIGINT', 'resolved_online': 'BIGINT', 'synced': 'BIGINT', 'on_time': 'BIGINT'})""", [path])
con.close()
