#!/usr/bin/env python3
"""Independent planted truth for the alert backtest (issue 24): data made without Uptake's simulator,
so that the shipped rules are not scored on the generator they were tuned on.

Three provinces (Lai Châu 12, Huế 46, Điện Biên 11: 123 communes, every commune of each), one row per
commune and day from 2025-01-01 to 2025-09-30, all sectors together. Each commune has its own volume
(log-normal: a median of about 20 applications a working day, a third of communes under 10), its own
online share (35-75%, drifting slowly upwards), weekday effects, and near-empty weekends and holidays.
Counts are negative binomial (over-dispersed); received_online is binomial within received.

Planted between 2025-05-05 and 2025-09-19 (the backtest's range is 2025-05-01..2025-09-30), at most one
event per commune and none within 10 days of another at the same commune or province:
- online outages, paper continuing (kind drop, metric received-online): online submissions at 0-25% of
  normal for 1-4 working days while paper submissions go on as usual. 24 at single communes (chosen
  among communes with at least 8 online submissions a working day: an outage of 2 a day is not
  evidence of anything) and 8 province-wide (every commune of the province at once).
- total outages (kind drop, metric received): every channel at 0-20% for 1-3 working days; 10 at
  single communes (at least 8 received a working day) and 2 province-wide.
- decoys, none in the truth file (an alert on one is a false alarm): 10 incidents logged with no
  effect on the data; 8 channel shifts (online up by a third, paper down by as much: the total flat,
  the online share up); 6 one-day surges (+60%) followed by an ordinary day.
Writes applications.csv, incidents.csv and truth.json (id, kind, locality, metric, start, end) to OUT;
with --means also means.csv (date, locality, mu_online, mu_paper: the generating means, outages included),
for oracle_bound.py. The counts do not depend on --means.
    usage: make_independent.py OUT [--seed 24] [--means]"""
import argparse, csv, datetime as dt, json, os
import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LOCALITIES = os.path.join(ROOT, "Sources", "uptake", "Resources", "vn-localities-2025.csv")
PROVINCES = ["12", "46", "11"]
FIRST, LAST = dt.date(2025, 1, 1), dt.date(2025, 9, 30)
PLANT_FROM, PLANT_TO = dt.date(2025, 5, 5), dt.date(2025, 9, 19)
HOLIDAYS = {dt.date(2025, 1, 1), dt.date(2025, 4, 7), dt.date(2025, 4, 30), dt.date(2025, 5, 1), dt.date(2025, 5, 2),
            dt.date(2025, 9, 1), dt.date(2025, 9, 2)} | {dt.date(2025, 1, 25) + dt.timedelta(i) for i in range(9)}
WEEKDAY = [1.15, 1.05, 1.0, 0.97, 0.9]


def working(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def working_run(start, n):
    """The first n working days from start."""
    out, d = [], start
    while len(out) < n:
        if working(d): out.append(d)
        d += dt.timedelta(1)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=24)
    ap.add_argument("--means", action="store_true")
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    os.makedirs(args.out, exist_ok=True)
    rows = list(csv.DictReader(open(LOCALITIES, encoding="utf-8")))
    communes = [r["code"] for r in rows if r["level"] == "commune" and r["parent_code"] in PROVINCES]
    province_of = {r["code"]: r["parent_code"] for r in rows if r["level"] == "commune"}
    days = [FIRST + dt.timedelta(i) for i in range((LAST - FIRST).days + 1)]
    index = {d: i for i, d in enumerate(days)}
    volume = {c: float(np.exp(rng.normal(np.log(20), 0.75))) for c in communes}
    share0 = {c: float(rng.uniform(0.35, 0.75)) for c in communes}
    # Multipliers per commune and day: paper and online channels apart.
    paper = {c: np.ones(len(days)) for c in communes}
    online = {c: np.ones(len(days)) for c in communes}
    truth, incidents = [], []
    busy = {}  # locality -> list of (first, last) taken

    def free(loc, a, b):
        return all(b + dt.timedelta(10) < x or a - dt.timedelta(10) > y for x, y in busy.get(loc, []))

    def pick_start():
        while True:
            d = PLANT_FROM + dt.timedelta(int(rng.integers(0, (PLANT_TO - PLANT_FROM).days)))
            if working(d): return d

    def plant(kind_name, n, level, length, factor, channels, metric, eligible):
        made = 0
        while made < n:
            start = pick_start()
            run = working_run(start, int(rng.integers(*length)))
            a, b = run[0], run[-1]
            if level == "commune":
                c = communes[int(rng.integers(len(communes)))]
                if not eligible(c) or not free(c, a, b) or not free(province_of[c], a, b): continue
                targets, loc = [c], c
                busy.setdefault(c, []).append((a, b))
            else:
                p = PROVINCES[int(rng.integers(len(PROVINCES)))]
                members = [c for c in communes if province_of[c] == p]
                if not free(p, a, b): continue
                targets, loc = members, p
                busy.setdefault(p, []).append((a, b))
            f = float(rng.uniform(*factor))
            for c in targets:
                for d in run:
                    if "paper" in channels: paper[c][index[d]] *= f
                    if "online" in channels: online[c][index[d]] *= f
            made += 1
            if metric:
                truth.append({"id": f"{kind_name}-{made:02d}", "kind": "drop", "locality": loc, "metric": metric,
                              "start": a.isoformat(), "end": b.isoformat()})
            else:
                yield loc, a, b

    online_ok = lambda c: volume[c] * share0[c] >= 8
    total_ok = lambda c: volume[c] >= 8
    # Province-wide events first: a commune event then keeps clear of its province's.
    list(plant("online-outage-province", 8, "province", (1, 4), (0.0, 0.25), ["online"], "received-online", None))
    list(plant("total-outage-province", 2, "province", (1, 3), (0.0, 0.2), ["paper", "online"], "received", None))
    list(plant("online-outage", 24, "commune", (1, 5), (0.0, 0.25), ["online"], "received-online", online_ok))
    list(plant("total-outage", 10, "commune", (1, 4), (0.0, 0.2), ["paper", "online"], "received", total_ok))
    # Decoys: nothing in the truth file.
    for loc, a, b in plant("decoy-incident", 10, "commune", (1, 3), (1.0, 1.0), [], None, total_ok):
        incidents.append({"start": a.isoformat(), "end": b.isoformat(), "locality": loc,
                          "system": ["one_stop", "public_service_portal", "network"][int(rng.integers(3))], "kind": "error",
                          "errors": int(rng.integers(1, 40)), "note": "logged; no effect on receipts (decoy)"})
    for loc, a, b in plant("decoy-shift", 8, "commune", (3, 8), (1.0, 1.0), [], None, online_ok):
        c = loc
        for d in working_run(a, (b - a).days + 1):
            i = index[d]
            s = share0[c]
            online[c][i] *= 4 / 3
            paper[c][i] *= max(0.0, (1 - s * 4 / 3) / (1 - s))  # total unchanged
    for loc, a, b in plant("decoy-surge", 6, "commune", (1, 2), (1.0, 1.0), [], None, total_ok):
        paper[loc][index[a]] *= 1.6
        online[loc][index[a]] *= 1.6

    out = open(os.path.join(args.out, "applications.csv"), "w", newline="")
    w = csv.writer(out)
    w.writerow(["date", "locality", "received", "received_online"])
    means = csv.writer(open(os.path.join(args.out, "means.csv"), "w", newline="")) if args.means else None
    if means: means.writerow(["date", "locality", "mu_online", "mu_paper"])
    r_disp = 30.0  # negative binomial size: variance mu + mu^2/30
    for c in communes:
        for d in days:
            i = index[d]
            base = volume[c] * (WEEKDAY[d.weekday()] if working(d) else 0.03)
            s = min(0.95, share0[c] + 0.10 * i / len(days))
            mu_online, mu_paper = base * s * online[c][i], base * (1 - s) * paper[c][i]
            def nb(mu):
                return 0 if mu <= 0 else int(rng.negative_binomial(r_disp, r_disp / (r_disp + mu)))
            on, pa = nb(mu_online), nb(mu_paper)
            w.writerow([d.isoformat(), c, on + pa, on])
            if means: means.writerow([d.isoformat(), c, mu_online, mu_paper])
    out.close()
    with open(os.path.join(args.out, "incidents.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["start", "end", "locality", "system", "kind", "errors", "note"])
        w.writeheader()
        w.writerows(incidents)
    json.dump(truth, open(os.path.join(args.out, "truth.json"), "w"), indent=1)
    small = sum(volume[c] < 10 for c in communes)
    print(f"{len(communes)} communes ({small} expecting under 10 a working day), {len(days)} days; "
          f"{len(truth)} planted events, {len(incidents)} decoy incidents -> {args.out}")


if __name__ == "__main__":
    main()
