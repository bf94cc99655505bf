#!/usr/bin/env python3
"""Ingest benchmark: `uptake ingest` (validating, revisions, aggregates) against sqlite3's `.import`
of the same file into a table of the same shape (no validation), alternating, in one run.
Reports rows per second (median of --runs), the ratio, and each tool's peak resident memory
(from wait4's rusage of that child alone). Usage: [UPTAKE=BINARY] bench_ingest.py FILE [FILE ...] --runs 3"""
import argparse, os, shutil, statistics, subprocess, tempfile, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
UPTAKE = os.environ.get("UPTAKE", os.path.join(ROOT, ".build", "release", "uptake"))
SCHEMA = """CREATE TABLE applications (date TEXT NOT NULL, locality TEXT NOT NULL, sector TEXT NOT NULL,
  received INTEGER NOT NULL, received_online INTEGER NOT NULL, resolved INTEGER, resolved_online INTEGER,
  synced INTEGER, on_time INTEGER, PRIMARY KEY (date, locality, sector)) WITHOUT ROWID;"""

def timed(cmd, **kw):
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - start
    err = p.stderr.read().decode()
    if status != 0:
        raise SystemExit(f"{cmd[0]} failed: {err}")
    return elapsed, usage.ru_maxrss / 1024  # MiB

def rows_in(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f) - 1

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="uptake-bench-")
    try:
        base = os.path.join(work, "base.sqlite")
        subprocess.run([UPTAKE, "init", "--db", base], check=True, stdout=subprocess.DEVNULL)
        print("| file rows | uptake rows/s | sqlite3 .import rows/s | ratio | uptake peak RSS | sqlite3 peak RSS |")
        print("|---|---|---|---|---|---|")
        for path in a.files:
            n = rows_in(path)
            up_t, up_m, sq_t, sq_m = [], [], [], []
            for _ in range(a.runs):
                db = os.path.join(work, "u.sqlite")
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(db + suffix): os.remove(db + suffix)
                shutil.copy(base, db)
                t, m = timed([UPTAKE, "ingest", "--units", "current", path, "--db", db]); up_t.append(t); up_m.append(m)
                sdb = os.path.join(work, "s.sqlite")
                if os.path.exists(sdb): os.remove(sdb)
                subprocess.run(["sqlite3", sdb, SCHEMA], check=True)
                t, m = timed(["sqlite3", sdb, "-cmd", ".mode csv", f".import --skip 1 {path} applications"]); sq_t.append(t); sq_m.append(m)
            u, s = n / statistics.median(up_t), n / statistics.median(sq_t)
            print(f"| {n:,} | {u:,.0f} | {s:,.0f} | {u / s:.2f}× | {max(up_m):.0f} MiB | {max(sq_m):.0f} MiB |", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

if __name__ == "__main__":
    main()
