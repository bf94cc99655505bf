#!/usr/bin/env python3
"""DuckDB beside Uptake's stores in benchmarks/postgres/run.sh: the same rows in a DuckDB file and the
same rates questions, each answered by a whole process (start Python, import duckdb, open the file,
query, print), as an analyst running a script would wait for it; `uptake rates` is timed the same way.

  duckdb_side.py load DB.duckdb applications.csv      # CREATE TABLE AS read_csv (no validation, no key)
  duckdb_side.py query DB.duckdb QUESTION             # prints code,from,rate as CSV
  duckdb_side.py agree DB.duckdb QUESTION UPTAKE.csv  # exit 0 when uptake's rates match (1e-12)

The questions are run.sh's (and bench_rates.py's first two): a rate is a ratio of sums, grouped by the
unit and by the period's first day within the range, which is how `uptake rates --format csv` labels
its `from` column (a week cut by the range starts at the range's first day)."""
import csv, os, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

ONLINE = "sum(received_online)::DOUBLE / nullif(sum(received), 0)"  # no data is no rate, as in uptake
ON_TIME = "sum(on_time)::DOUBLE / nullif(sum(CASE WHEN on_time IS NOT NULL THEN resolved END), 0)"

def commune_question(start, end, grain):
    return f"""SELECT a.locality AS code, strftime(greatest(date_trunc('{grain}', a.date)::DATE, DATE '{start}'), '%Y-%m-%d') AS "from", {ONLINE} AS rate
               FROM applications a JOIN localities l ON l.code = a.locality
               WHERE l.parent_code = '01' AND a.date BETWEEN DATE '{start}' AND DATE '{end}' GROUP BY ALL ORDER BY ALL"""

QUESTIONS = {
    "provinces-monthly": f"""SELECT coalesce(l.parent_code, l.code) AS code, strftime(date_trunc('month', a.date), '%Y-%m-%d') AS "from", {ONLINE} AS rate
        FROM applications a JOIN localities l ON l.code = a.locality
        WHERE a.date BETWEEN DATE '2025-01-01' AND DATE '2025-12-31' GROUP BY ALL ORDER BY ALL""",
    "communes-of-01-monthly": commune_question("2025-01-01", "2025-12-31", "month"),
    "communes-of-01-weekly": commune_question("2025-07-01", "2025-09-30", "week"),
    "nation-daily-July": f"""SELECT 'VN' AS code, strftime(date, '%Y-%m-%d') AS "from", {ON_TIME} AS rate
        FROM applications WHERE date BETWEEN DATE '2025-07-01' AND DATE '2025-07-31' GROUP BY ALL ORDER BY ALL""",
}

def main():
    import duckdb
    command, db = sys.argv[1], sys.argv[2]
    if command == "load":
        if os.path.exists(db): os.remove(db)
        con = duckdb.connect(db)
        con.execute(f"CREATE TABLE localities AS SELECT * FROM read_csv('{ROOT}/datasets/vn-localities-2025.csv', all_varchar=true)")
        con.execute(f"""CREATE TABLE applications AS SELECT * FROM read_csv('{sys.argv[3]}',
            types={{'date': 'DATE', 'locality': 'VARCHAR', 'sector': 'VARCHAR'}})""")
        con.execute("CHECKPOINT")
        return
    con = duckdb.connect(db, read_only=True)
    rows = con.execute(QUESTIONS[sys.argv[3]]).fetchall()
    if command == "query":
        w = csv.writer(sys.stdout)
        w.writerow(["code", "from", "rate"])
        w.writerows(rows)
    elif command == "agree":
        with open(sys.argv[4], newline="") as f:
            mine = {(r["code"], r["from"]): float(r["rate"]) for r in csv.DictReader(f) if r["rate"]}
        theirs = {(c, p): r for c, p, r in rows if r is not None}
        same = mine.keys() == theirs.keys() and all(abs(mine[k] - theirs[k]) <= 1e-12 for k in mine)
        print(f"{len(mine)} rows, {'agree' if same else 'DIFFER'}", file=sys.stderr)
        sys.exit(0 if same else 1)

if __name__ == "__main__":
    main()
