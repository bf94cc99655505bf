#!/usr/bin/env python3
"""What the truth permits (issue 24): each planted event of make_independent.py judged by an oracle that
knows the generating model (negative binomial, size 30) and each day's normal mean (the median of the
generating means on the same weekday of the 4 weeks before; outages excluded by construction, as they
are at most 4 working days). The evidence is the lower tail of the event's first working days' sum
(up to 3: what "within 2 days" can use), the sum's NB by moments as Uptake's run test has it. An alert at
`major` needs an anomaly scored 5 or more (p <= 1e-5 for a day, 4p <= 1e-5 for a run of 2-5 days): an
event whose oracle p is above that cannot be paged at `major` by any detector that keeps the scan's
false-flag rate, whatever its baseline.
    usage: oracle_bound.py GENDIR [BACKTEST.json]   (GENDIR from make_independent.py --means)"""
import collections, csv, datetime as dt, json, os, sys
from scipy import stats

gen = sys.argv[1]
counts, means = collections.defaultdict(dict), collections.defaultdict(dict)
for r in csv.DictReader(open(f"{gen}/applications.csv")):
    counts[r["locality"]][r["date"]] = (int(r["received"]), int(r["received_online"]))
for r in csv.DictReader(open(f"{gen}/means.csv")):
    means[r["locality"]][r["date"]] = (float(r["mu_online"]), float(r["mu_paper"]))
truth = json.load(open(f"{gen}/truth.json"))
PROVINCE = {r["code"]: r["parent_code"] for r in csv.DictReader(open(os.path.join(os.path.dirname(__file__), "..", "..", "Sources", "uptake",
            "Resources", "vn-localities-2025.csv"), encoding="utf-8")) if r["level"] == "commune"}
caught = None
if len(sys.argv) > 2:
    score = json.load(open(sys.argv[2]))["score"]
    caught = {d["id"] for d in score["detections"] if d.get("delay_days") is not None and d["delay_days"] <= score["within_days"]}


def normal(c, day, online):
    past = [means[c].get((day - dt.timedelta(7 * k)).isoformat()) for k in range(1, 5)]
    vals = sorted(m[0] if online else m[0] + m[1] for m in past if m)
    return vals[len(vals) // 2]


rows = []
for e in truth:
    online = e["metric"] == "received-online"
    places = [e["locality"]] if e["locality"] in counts else [c for c in counts if PROVINCE[c] == e["locality"]]
    d, last, days = dt.date.fromisoformat(e["start"]), dt.date.fromisoformat(e["end"]), []
    while d <= last and len(days) < 3:
        if d.weekday() < 5: days.append(d)
        d += dt.timedelta(1)
    y = sum(counts[c][x.isoformat()][1 if online else 0] for c in places for x in days)
    mus = [normal(c, x, online) for c in places for x in days]
    mu, extra = sum(mus), sum(m * m / 30 for m in mus)
    size = mu * mu / extra
    p = stats.nbinom.cdf(y, size, size / (size + mu))
    p_major = p if len(days) == 1 else 4 * p
    rows.append((e["id"], e["locality"], len(days), y, mu, p, p_major <= 1e-5, None if caught is None else e["id"] in caught))
print(f"{'event':26} {'place':6} days  obs  expected   oracle p   major?  caught")
for r in sorted(rows, key=lambda r: -r[5]):
    print(f"{r[0]:26} {r[1]:6} {r[2]:4} {r[3]:4} {r[4]:9.1f}  {r[5]:9.2e}  {'yes' if r[6] else 'no':6}  {'' if r[7] is None else ('yes' if r[7] else 'no')}")
for kind in ["received-online", "received"]:
    sel = [r for r, e in zip(rows, truth) if e["metric"] == kind]
    line = f"{kind}: {sum(r[6] for r in sel)}/{len(sel)} within reach at major"
    if caught is not None:
        line += f"; caught {sum(bool(r[7]) for r in sel)}/{len(sel)}; within reach and missed: " + \
                ", ".join(r[0] for r in sel if r[6] and not r[7])
    print(line)
