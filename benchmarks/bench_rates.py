#!/usr/bin/env python3
"""Rates benchmark at national scale: `uptake rates` against DuckDB answering the same questions over
the same rows, in one run, alternating, and a check that the answers agree.

Questions: (1) the monthly online-submission rate of every province for the year; (2) the monthly
rate of every commune of one province. Uptake is timed as a whole CLI process (start, open the
database, query, print CSV) since that is what an analyst waits for; DuckDB as the query alone on
an open in-memory connection (pip's duckdb has no CLI), which favours DuckDB.

Usage: bench_rates.py --applications apps.csv --db uptake.sqlite [--province 01] [--runs 15]
(the database must already hold the same applications; bench/run-all.sh prepares both)."""
import argparse, csv, io, os, statistics, subprocess, sys, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
UPTAKE = os.path.join(ROOT, ".build", "release", "uptake")

def main():
    import duckdb
    ap = argparse.ArgumentParser()
    ap.add_argument("--applications", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--province", default="01")
    ap.add_argument("--year", default="2025")
    ap.add_argument("--runs", type=int, default=15)
    a = ap.parse_args()

    con = duckdb.connect()
    t0 = time.perf_counter()
    con.execute(f"CREATE TABLE localities AS SELECT * FROM read_csv('{ROOT}/datasets/vn-localities-2025.csv', all_varchar=true)")
    con.execute(f"""CREATE TABLE applications AS SELECT * FROM read_csv('{a.applications}',
        types={{'date': 'DATE', 'locality': 'VARCHAR', 'sector': 'VARCHAR'}})""")
    load = time.perf_counter() - t0
    n = con.execute("SELECT count(*) FROM applications").fetchone()[0]
    questions = {
        "provinces-monthly": (
            ["rates", "--metric", "online-submission", "--level", "province", "--period", a.year, "--by", "month", "--format", "csv", "--db", a.db],
            """SELECT coalesce(l.parent_code, l.code) AS code, strftime(a.date, '%Y-%m') AS period,
                      sum(received_online)::DOUBLE / sum(received) AS rate
               FROM applications a JOIN localities l ON l.code = a.locality
               GROUP BY ALL ORDER BY ALL"""),
        "communes-of-one-province": (
            ["rates", "--metric", "online-submission", "--parent", a.province, "--period", a.year, "--by", "month", "--format", "csv", "--db", a.db],
            f"""SELECT a.locality AS code, strftime(a.date, '%Y-%m') AS period, sum(received_online)::DOUBLE / sum(received) AS rate
                FROM applications a JOIN localities l ON l.code = a.locality
                WHERE l.parent_code = '{a.province}' GROUP BY ALL ORDER BY ALL"""),
    }
    print(f"rows: {n:,}; DuckDB load: {load:.1f} s; runs: {a.runs} each, alternating\n")
    print("| question | uptake p50 (CLI process) | DuckDB p50 (query only) | ratio uptake/DuckDB | answers agree |")
    print("|---|---|---|---|---|")
    for name, (args, sql) in questions.items():
        ut, dt = [], []
        for _ in range(a.runs):
            t = time.perf_counter(); out = subprocess.run([UPTAKE] + args, check=True, capture_output=True, text=True).stdout; ut.append(time.perf_counter() - t)
            t = time.perf_counter(); rows = con.execute(sql).fetchall(); dt.append(time.perf_counter() - t)
        mine = {(r["code"], r["period"]): float(r["rate"]) for r in csv.DictReader(io.StringIO(out)) if r["rate"]}
        theirs = {(c, p): r for c, p, r in rows}
        agree = mine.keys() == theirs.keys() and all(abs(mine[k] - theirs[k]) <= 1e-12 for k in mine)
        u, d = statistics.median(ut) * 1000, statistics.median(dt) * 1000
        print(f"| {name} ({len(mine)} rows) | {u:.1f} ms | {d:.1f} ms | {u / d:.2f} | {'yes' if agree else 'NO'} |", flush=True)
        if not agree:
            sys.exit(f"{name}: answers differ")

if __name__ == "__main__":
    main()
