#!/usr/bin/env python3
"""Writes a synthetic applications CSV in daily-append order (date, then commune, then sector) for
the ingest benchmark: every commune of the bundled localities, N sectors, as many days as needed to
reach --rows. Deterministic (seeded). Usage: make_applications.py --rows 10000000 --out apps.csv"""
import argparse, csv, datetime, random, os

p = argparse.ArgumentParser()
p.add_argument("--rows", type=int, default=10_000_000)
p.add_argument("--sectors", type=int, default=12)
p.add_argument("--out", required=True)
p.add_argument("--localities", default=os.path.join(os.path.dirname(__file__), "..", "datasets", "vn-localities-2025.csv"))
a = p.parse_args()

with open(a.localities, encoding="utf-8") as f:
    communes = [r["code"] for r in csv.DictReader(f) if r["level"] == "commune"]
sectors = ["civil_status", "land", "business", "social", "certification", "justice",
           "labour", "health", "education", "transport", "construction", "culture"][: a.sectors]
rng = random.Random(42)
day = datetime.date(2024, 1, 1)
written = 0
with open(a.out, "w", encoding="utf-8", newline="") as out:
    out.write("date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time\n")
    while written < a.rows:
        ds = day.isoformat()
        lines = []
        for c in communes:
            for s in sectors:
                r = rng.randrange(0, 60); o = rng.randrange(0, r + 1); rs = rng.randrange(0, 60)
                lines.append(f"{ds},{c},{s},{r},{o},{rs},{rng.randrange(0, rs + 1)},{rng.randrange(0, r + 1)},{rng.randrange(0, rs + 1)}\n")
                written += 1
                if written >= a.rows:
                    break
            if written >= a.rows:
                break
        out.write("".join(lines))
        day += datetime.timedelta(days=1)
print(f"{a.out}: {written} rows")
