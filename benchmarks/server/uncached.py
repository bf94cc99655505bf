#!/usr/bin/env python3
"""Uncached answers from `uptake serve`, side by side with DuckDB's query for the same question.

Every request asks a question not asked before (distinct days or province), so the server's answer
cache never hits: it reads the database each time. Two questions, alternated with DuckDB in one run:
  province  the online-submission rate of every province over a new range of days (1-40 days in
            2025-01-01..2025-10-31); the server reads its province-by-day aggregate, DuckDB the raw rows
            (it has no aggregate);
  communes  the online-submission rate of one province's communes by ISO week over 91 days (a
            quarter) from a new first day; both read the raw rows.
Uptake is timed as a client on loopback sees the answer (keep-alive connection: request, the whole
JSON answer read); DuckDB as the query alone on an open in-memory connection holding the same rows,
which favours DuckDB. CPU per answer: the server process's user + system time (/proc, in clock ticks
of 10 ms, summed over the run) and the Python process's, which runs DuckDB's threads. The answers are
compared (numerator and denominator of every row).

Usage: uncached.py --applications apps.csv --db uptake.sqlite [--uptake BIN] [--runs 40]
(the database must hold the same applications; run.sh's national dataset: see RESULTS.md)."""
import argparse, datetime, http.client, json, os, random, statistics, subprocess, sys, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIRST, LAST = datetime.date(2025, 1, 1), datetime.date(2025, 10, 31)


def province_question(rnd):
    a = FIRST + datetime.timedelta(days=rnd.randrange(0, (LAST - FIRST).days - 40))
    b = a + datetime.timedelta(days=rnd.randrange(0, 40))
    path = f"/api/v1/rates?metric=online-submission&level=province&from={a}&to={b}"
    sql = f"""SELECT coalesce(l.parent_code, l.code) AS code, NULL AS week, sum(received_online), sum(received)
              FROM applications a JOIN localities l ON l.code = a.locality
              WHERE a.date BETWEEN DATE '{a}' AND DATE '{b}' GROUP BY ALL"""
    return path, sql


def communes_question(rnd, provinces):
    a = FIRST + datetime.timedelta(days=rnd.randrange(0, (LAST - FIRST).days - 90))
    b = a + datetime.timedelta(days=90)
    p = rnd.choice(provinces)
    path = f"/api/v1/rates?metric=online-submission&parent={p}&from={a}&to={b}&by=week"
    sql = f"""SELECT a.locality AS code, greatest(date_trunc('week', a.date)::DATE, DATE '{a}') AS week,
                     sum(received_online), sum(received)
              FROM applications a JOIN localities l ON l.code = a.locality
              WHERE l.parent_code = '{p}' AND a.date BETWEEN DATE '{a}' AND DATE '{b}' GROUP BY ALL"""
    return path, sql


def main():
    import duckdb
    ap = argparse.ArgumentParser()
    ap.add_argument("--applications", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--uptake", default=os.path.join(ROOT, ".build-release", "release", "uptake"))
    ap.add_argument("--port", type=int, default=18191)
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--seed", type=int, default=27)
    a = ap.parse_args()

    con = duckdb.connect()
    con.execute(f"CREATE TABLE localities AS SELECT * FROM read_csv('{ROOT}/datasets/vn-localities-2025.csv', all_varchar=true)")
    con.execute(f"""CREATE TABLE applications AS SELECT * FROM read_csv('{a.applications}',
        types={{'date': 'DATE', 'locality': 'VARCHAR', 'sector': 'VARCHAR'}})""")
    provinces = [r[0] for r in con.execute("SELECT code FROM localities WHERE level = 'province' ORDER BY code").fetchall()]

    server = subprocess.Popen([a.uptake, "serve", "--db", a.db, "--port", str(a.port)], stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", a.port, timeout=1).request("GET", "/api/v1/localities?level=province")
                break
            except OSError:
                time.sleep(0.1)
        client = http.client.HTTPConnection("127.0.0.1", a.port)

        def ask(path):
            t = time.perf_counter()
            client.request("GET", path)
            response = client.getresponse()
            body = response.read()
            elapsed = time.perf_counter() - t
            if response.status != 200:
                sys.exit(f"{path}: HTTP {response.status}: {body[:300]!r}")
            return elapsed, json.loads(body)

        ask("/api/v1/rates?metric=received&level=province&period=2025-01")  # opens the database's connections
        rnd = random.Random(a.seed)
        asked = set()
        print(f"uptake: {a.uptake}; runs: {a.runs} per question, alternating with DuckDB; every request a new question\n")
        print("| question | uptake p50 (server, loopback) | uptake p90 | DuckDB p50 (query only) | ratio uptake/DuckDB "
              "| CPU per answer: uptake's server / DuckDB | answers agree |")
        print("|---|---|---|---|---|---|---|")
        hz = os.sysconf("SC_CLK_TCK")

        def server_cpu():  # the server's user + system time, in seconds
            with open(f"/proc/{server.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / hz

        for name in ["province", "communes"]:
            ut, dt, agree, rows = [], [], True, 0
            uptake_cpu, duckdb_cpu = 0.0, 0.0
            for _ in range(a.runs):
                while True:
                    path, sql = province_question(rnd) if name == "province" else communes_question(rnd, provinces)
                    if path not in asked:
                        asked.add(path)
                        break
                c = server_cpu()
                elapsed, answer = ask(path)
                uptake_cpu += server_cpu() - c
                ut.append(elapsed)
                t, c = time.perf_counter(), time.process_time()
                theirs = con.execute(sql).fetchall()
                dt.append(time.perf_counter() - t)
                duckdb_cpu += time.process_time() - c
                mine = {(r["code"], r["from"] if name == "communes" else None): (r["numerator"], r["denominator"]) for r in answer}
                theirs = {(c, str(w) if w is not None else None): (n, d) for c, w, n, d in theirs}
                agree = agree and all(mine.get(k) == v for k, v in theirs.items()) and all(v == (0, 0) or k in theirs for k, v in mine.items() if v != (None, None))
                rows = len(answer)
            ut.sort()
            u, d = statistics.median(ut) * 1000, statistics.median(dt) * 1000
            cpu = f"{uptake_cpu / a.runs * 1000:.1f} / {duckdb_cpu / a.runs * 1000:.1f} ms"
            print(f"| {name} (last: {rows} rows) | {u:.1f} ms | {ut[int(0.9 * len(ut))] * 1000:.1f} ms | {d:.1f} ms | {u / d:.2f} | {cpu} "
                  f"| {'yes' if agree else 'NO'} |", flush=True)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
