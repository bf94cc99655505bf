#!/usr/bin/env python3
"""Issue 26's pre-reform benchmark inputs: a month (23 working days of July 2024) of every one of the
10,040 pre-reform units in datasets/vn-commune-crosswalk-2025.csv (pre-month.csv, ~231k rows), and a
file of about as many rows in today's units (every one of the 3,321 communes on 70 working days from
2025-07-01, cur-rows.csv), so that ingest times compare per row. Counts are uniform random (seed 11):
the benchmark measures speed, not statistics."""
import csv, datetime, pathlib, random, sys

out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
root = pathlib.Path(__file__).resolve().parents[2]
random.seed(11)
rows = list(csv.DictReader(open(root / "datasets/vn-commune-crosswalk-2025.csv", encoding="utf-8")))
old = sorted({r["old_commune_code"] or r["old_district_code"] for r in rows})
new = sorted({r["new_commune_code"] for r in rows})
header = "date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time\n"

def working_days(start, n):
    d, days = datetime.date.fromisoformat(start), []
    while len(days) < n:
        if d.weekday() < 5:
            days.append(d.isoformat())
        d += datetime.timedelta(days=1)
    return days

for name, codes, start, n in [("pre-month.csv", old, "2024-07-01", 23), ("cur-rows.csv", new, "2025-07-01", 70)]:
    with open(out / name, "w") as f:
        f.write(header)
        for day in working_days(start, n):
            for code in codes:
                r = random.randint(0, 40)
                f.write(f"{day},{code},,{r},{random.randint(0, r)},,,,\n")
