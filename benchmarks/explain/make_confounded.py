#!/usr/bin/env python3
"""Planted truth with confounders for `uptake explain` (issue 24, "Accuracy"): data made without
Uptake's simulator, in the project's input formats (docs/data-contract.md: applications by sector,
incidents, readiness), with the question an analyst would ask about each planted event and the
answer the data support.

Eight provinces (Lai Châu 12, Huế 46, Điện Biên 11, Quảng Ninh 22, Cao Bằng 04, Lạng Sơn 20, Cà Mau 96,
Khánh Hoà 56: every commune of each, 427), one row per commune, sector (6) and day from 2025-01-01 to 2025-12-31. Each
commune has its own volume (log-normal, median 25 a working day), sector mix, online share (35-75%)
and online-result share (40-85%); weekday effects; near-empty weekends and holidays; negative
binomial counts (size 30), binomial online parts. readiness.csv states every criterion true at every
commune on 2025-01-01, then the planted changes.

Event classes (`class`), each with `expected` (the cause that should come first, or `unexplained`),
`decoys` (causes logged that had no effect: never to be blamed) and `sector_reading` (`uniform`, a
sector, or null):
- one_stop_outage: a commune's receipts in every channel and sector at 0-20% for 1-3 working days,
  a one_stop outage logged for those days -> one_stop_errors. Asked about the outage days, or about
  the working week that holds them (half each).
- portal_outage: online submissions at 0-20% for 1-4 working days while paper continues, a
  public_service_portal outage/error logged; at a commune (5 in 6) or province-wide ->
  software_instability. Asked with --metric received-online or online-submission.
- signature_lost: digital_signature false at a commune from D; results returned online at 5-20% of
  normal for 4 weeks while submissions and resolutions continue -> missing_digital_signature; asked D..D+27,
  --metric online-result.
- staff_loss_commune: support_staff false at a commune from D; receipts x 0.55-0.75 for 4 weeks ->
  support_staff_shortage; asked D..D+27, --metric received.
- staff_loss_province: support_staff false at 60-100% of a province's communes from D; their
  receipts x 0.6-0.75 (every sector alike: the fall is uniform) for 4 weeks, with 1-3 unrelated
  incidents with no effect inside the window (decoys: at communes or at the province, 1-3 days, or
  one 'degraded' spanning the whole window) -> support_staff_shortage; asked D..D+27 at the province.
- decoy_incident: an incident logged at a commune with no effect -> unexplained (nothing fell).
- unrecorded_fall: a commune's receipts (all channels, x 0.05-0.6) or online submissions (x 0.05-0.4)
  down 1-4 working days with nothing recorded -> unexplained; in a third of them an unrelated
  incident is logged at the commune on other days of the asked week (a decoy).
- unrecorded_shift: every commune of a province x 0.65-0.8 (all sectors) for 4 weeks, nothing
  recorded -> unexplained, the fall uniform.
- incident_before_fall: a commune's receipts x 0.3-0.6 for 2-4 working days with nothing recorded,
  an incident logged at the commune that ended 1-3 days before (within explain's lead days) ->
  unexplained; the incident is a decoy (generated apart, seed + 1, so the classes above are unchanged).
- sector_fall: one sector of a province x 0.35-0.55 for 4 weeks, nothing recorded -> unexplained,
  that sector the reading.
No asked window holds a public holiday (the calendar is not what is measured here). A rate is asked
as a change against the 4 weeks before (--baseline; without it a rate is explained as a gap to the
nation). Each event carries a seeded `split` (train/test, half of each class).
Writes applications.csv, incidents.csv, readiness.csv and truth.json to OUT.
    usage: make_confounded.py OUT [--seed 2424]"""
import argparse, csv, datetime as dt, json, os
import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LOCALITIES = os.path.join(ROOT, "Sources", "uptake", "Resources", "vn-localities-2025.csv")
PROVINCES = ["12", "46", "11", "22", "04", "20", "96", "56"]
SECTORS = ["civil_status", "land", "business", "social", "certification", "justice"]
SECTOR_MIX = [0.30, 0.20, 0.10, 0.15, 0.20, 0.05]
FIRST, LAST = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
PLANT_FROM, PLANT_TO = dt.date(2025, 3, 3), dt.date(2025, 12, 19)
HOLIDAYS = {dt.date(2025, 1, 1), dt.date(2025, 4, 7), dt.date(2025, 4, 30), dt.date(2025, 5, 1), dt.date(2025, 5, 2),
            dt.date(2025, 9, 1), dt.date(2025, 9, 2)} | {dt.date(2025, 1, 25) + dt.timedelta(i) for i in range(9)}
WEEKDAY = [1.15, 1.05, 1.0, 0.97, 0.9]
CRITERIA = ["civil_status_linked", "digital_signature", "digital_certificate", "online_meetings", "digital_devices",
            "support_staff", "standard_procedures", "guidance", "one_stop_facility"]
DECOY_SYSTEMS = ["one_stop", "public_service_portal", "network", "other"]
CAUSE_OF_SYSTEM = {"one_stop": "one_stop_errors", "public_service_portal": "software_instability", "other": "software_instability",
                   "network": "network", "civil_status": "civil_status_unlinked", "digital_signature": "missing_digital_signature"}
COUNTS = {"one_stop_outage": 24, "portal_outage": 24, "signature_lost": 14, "staff_loss_commune": 14, "staff_loss_province": 8,
          "decoy_incident": 24, "unrecorded_fall": 30, "unrecorded_shift": 4, "sector_fall": 6,
          "incident_before_fall": 12}


def working(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def working_run(start, n):
    out, d = [], start
    while len(out) < n:
        if working(d): out.append(d)
        d += dt.timedelta(1)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=2424)
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    os.makedirs(args.out, exist_ok=True)
    rows = list(csv.DictReader(open(LOCALITIES, encoding="utf-8")))
    communes = [r["code"] for r in rows if r["level"] == "commune" and r["parent_code"] in PROVINCES]
    province_of = {r["code"]: r["parent_code"] for r in rows if r["level"] == "commune"}
    members = {p: [c for c in communes if province_of[c] == p] for p in PROVINCES}
    cix = {c: i for i, c in enumerate(communes)}
    days = [FIRST + dt.timedelta(i) for i in range((LAST - FIRST).days + 1)]
    index = {d: i for i, d in enumerate(days)}
    C, S, D = len(communes), len(SECTORS), len(days)
    volume = np.exp(rng.normal(np.log(25), 0.6, C))
    mix = np.array([rng.dirichlet(np.array(SECTOR_MIX) * 40) for _ in range(C)])
    share0 = rng.uniform(0.35, 0.75, C)
    result0 = rng.uniform(0.40, 0.85, C)
    paper = np.ones((C, S, D)); online = np.ones((C, S, D)); results = np.ones((C, S, D))
    incidents, readiness, events = [], [], []
    for c in communes:
        for k in CRITERIA:
            readiness.append({"date": FIRST.isoformat(), "locality": c, "criterion": k, "value": "true"})
    busy = {}  # locality -> [(first, last)]: a question's baseline to its effect's end, kept apart by a week

    def free(loc, a, b):
        return all(b + dt.timedelta(7) < x or a - dt.timedelta(7) > y for x, y in busy.get(loc, []))

    def take(loc, a, b):
        busy.setdefault(loc, []).append((a, b))

    def start_day(latest):
        while True:
            d = PLANT_FROM + dt.timedelta(int(rng.integers(0, (latest - PLANT_FROM).days)))
            if working(d): return d

    def holiday_in(a, b):
        return any(h for h in HOLIDAYS if a <= h <= b)

    def monday(d):
        return d - dt.timedelta(d.weekday())

    def scale(targets, run, f, paper_too=True, online_too=True, sectors=None):
        idx = [index[d] for d in run]
        for c in targets:
            for s in (range(S) if sectors is None else sectors):
                if paper_too: paper[cix[c], s, idx] *= f
                if online_too: online[cix[c], s, idx] *= f

    keys = set()

    def incident(start, end, loc, system, kind, note):
        """Logs an incident; False when one with the same key (start, locality, system, kind) is logged."""
        if (start, loc, system, kind) in keys: return False
        keys.add((start, loc, system, kind))
        return incidents.append({"start": start.isoformat(), "end": end.isoformat(), "locality": loc, "system": system, "kind": kind,
                          "errors": int(rng.integers(1, 60)), "note": note}) or True

    def commune_slot(span_before, length, eligible, week_question, latest=PLANT_TO - dt.timedelta(7)):
        """A commune and a run of working days, free with its province over the question's span."""
        for _ in range(10000):
            c = communes[int(rng.integers(C))]
            if not eligible(c): continue
            run = working_run(start_day(latest), length)
            a, b = (monday(run[0]), monday(run[-1]) + dt.timedelta(4)) if week_question else (run[0], run[-1])
            q0 = a - dt.timedelta(span_before)
            if free(c, q0, b) and free(province_of[c], q0, b) and not holiday_in(a, b):
                take(c, q0, b)
                return c, run, a, b
        raise RuntimeError(f"no free slot ({span_before}, {length}, week {week_question}, {len(events)} events)")

    def province_slot(weeks_after):
        for _ in range(10000):
            p = PROVINCES[int(rng.integers(len(PROVINCES)))]
            d = start_day(PLANT_TO - dt.timedelta(7 * weeks_after))
            q0, q1 = d - dt.timedelta(28), d + dt.timedelta(7 * weeks_after)
            if free(p, q0, q1) and all(free(c, q0, q1) for c in members[p]) and not holiday_in(d, d + dt.timedelta(27)):
                take(p, q0, q1)
                return p, d
        raise RuntimeError("no free province slot")

    def event(cls, loc, metric, a, b, expected, decoys=(), reading=None, baseline=None, note=""):
        q = ["--locality", loc, "--from", a.isoformat(), "--to", b.isoformat(), "--metric", metric]
        if metric in ("online-submission", "online-result"):
            # A rate without --baseline is explained as a gap to the nation: ask for the change.
            length = max(28, (b - a).days + 1)
            baseline = (a - dt.timedelta(length), a - dt.timedelta(1))
        if baseline: q += ["--baseline", f"{baseline[0].isoformat()}..{baseline[1].isoformat()}"]
        events.append({"class": cls, "locality": loc, "metric": metric, "start": a.isoformat(), "end": b.isoformat(),
                       "question": q, "expected": expected, "decoys": sorted(set(decoys)), "sector_reading": reading, "note": note})

    big = lambda c: volume[cix[c]] >= 12
    online_big = lambda c: volume[cix[c]] * share0[cix[c]] >= 8

    # Province-wide events first (four weeks of effect, asked over those four against the four before).
    for _ in range(COUNTS["staff_loss_province"]):
        p, d = province_slot(4)
        keep = float(rng.uniform(0.6, 1.0))
        lost = [c for c in members[p] if rng.random() < keep] or members[p][:1]
        f = float(rng.uniform(0.6, 0.75))
        run = [d + dt.timedelta(i) for i in range(28)]
        scale(lost, run, f)
        for c in lost:
            readiness.append({"date": d.isoformat(), "locality": c, "criterion": "support_staff", "value": "false"})
            readiness.append({"date": (d + dt.timedelta(28)).isoformat(), "locality": c, "criterion": "support_staff", "value": "true"})
        decoys = []
        window = working_run(d, 20)
        for _ in range(int(rng.integers(1, 4))):
            system = DECOY_SYSTEMS[int(rng.integers(len(DECOY_SYSTEMS)))]
            form = rng.random()
            if form < 0.25:  # degraded over the whole window, at the province: no effect
                logged = incident(d, window[-1], p, system, "degraded", "logged; no effect (decoy)")
            else:
                s = window[int(rng.integers(2, 16))]
                loc = p if form < 0.55 else members[p][int(rng.integers(len(members[p])))]
                logged = incident(s, working_run(s, int(rng.integers(1, 4)))[-1], loc, system, "error", "logged; no effect (decoy)")
            if logged: decoys.append(CAUSE_OF_SYSTEM[system])
        event("staff_loss_province", p, "received", d, d + dt.timedelta(27), "support_staff_shortage", decoys, "uniform",
              note=f"{len(lost)} of {len(members[p])} communes lost support staff, x{f:.2f}")
    for _ in range(COUNTS["unrecorded_shift"]):
        p, d = province_slot(4)
        f = float(rng.uniform(0.65, 0.8))
        scale(members[p], [d + dt.timedelta(i) for i in range(28)], f)
        event("unrecorded_shift", p, "received", d, d + dt.timedelta(27), "unexplained", reading="uniform", note=f"x{f:.2f}, nothing recorded")
    for _ in range(COUNTS["sector_fall"]):
        p, d = province_slot(4)
        s = int(rng.integers(S - 1))  # not justice: too small to judge
        f = float(rng.uniform(0.35, 0.55))
        scale(members[p], [d + dt.timedelta(i) for i in range(28)], f, sectors=[s])
        event("sector_fall", p, "received", d, d + dt.timedelta(27), "unexplained", reading=SECTORS[s], note=f"{SECTORS[s]} x{f:.2f}, nothing recorded")
    n_province_portal = COUNTS["portal_outage"] // 6
    for _ in range(n_province_portal):
        p, d = province_slot(1)
        while not working(d): d += dt.timedelta(1)
        run = working_run(d, int(rng.integers(1, 4)))
        f = float(rng.uniform(0.0, 0.2))
        scale(members[p], run, f, paper_too=False)
        incident(run[0], run[-1], p, "public_service_portal", ["outage", "error"][int(rng.integers(2))], "online portal down; paper continues")
        metric = ["received-online", "online-submission"][int(rng.integers(2))]
        event("portal_outage", p, metric, run[0], run[-1], "software_instability", note=f"province-wide, online x{f:.2f}")

    # Commune events.
    for n in range(COUNTS["one_stop_outage"]):
        week = n % 2 == 1
        c, run, a, b = commune_slot(35, int(rng.integers(1, 4)), big, week)
        f = float(rng.uniform(0.0, 0.2))
        scale([c], run, f)
        incident(run[0], run[-1], c, "one_stop", "outage", "one-stop system down")
        event("one_stop_outage", c, "received", a, b, "one_stop_errors", note=f"{len(run)} days x{f:.2f}" + (", asked the week" if week else ""))
    for n in range(COUNTS["portal_outage"] - n_province_portal):
        week = n % 2 == 1
        c, run, a, b = commune_slot(35, int(rng.integers(1, 5)), online_big, week)
        f = float(rng.uniform(0.0, 0.2))
        scale([c], run, f, paper_too=False)
        incident(run[0], run[-1], c, "public_service_portal", ["outage", "error"][int(rng.integers(2))], "online portal down; paper continues")
        metric = ["received-online", "online-submission"][int(rng.integers(2))]
        event("portal_outage", c, metric, a, b, "software_instability", note=f"{len(run)} days online x{f:.2f}" + (", asked the week" if week else ""))
    for _ in range(COUNTS["signature_lost"]):
        c, run, a, b = commune_slot(35, 20, big, False, latest=PLANT_TO - dt.timedelta(28))
        f = float(rng.uniform(0.05, 0.2))
        idx = [index[a + dt.timedelta(i)] for i in range(28) if a + dt.timedelta(i) <= LAST]
        results[cix[c], :, idx] *= f
        readiness.append({"date": a.isoformat(), "locality": c, "criterion": "digital_signature", "value": "false"})
        readiness.append({"date": (a + dt.timedelta(28)).isoformat(), "locality": c, "criterion": "digital_signature", "value": "true"})
        event("signature_lost", c, "online-result", a, a + dt.timedelta(27), "missing_digital_signature", note=f"results online x{f:.2f}")
    for _ in range(COUNTS["staff_loss_commune"]):
        c, run, a, b = commune_slot(35, 20, big, False, latest=PLANT_TO - dt.timedelta(28))
        f = float(rng.uniform(0.55, 0.75))
        scale([c], [a + dt.timedelta(i) for i in range(28) if a + dt.timedelta(i) <= LAST], f)
        readiness.append({"date": a.isoformat(), "locality": c, "criterion": "support_staff", "value": "false"})
        readiness.append({"date": (a + dt.timedelta(28)).isoformat(), "locality": c, "criterion": "support_staff", "value": "true"})
        event("staff_loss_commune", c, "received", a, a + dt.timedelta(27), "support_staff_shortage", reading="uniform", note=f"x{f:.2f}")
    for n in range(COUNTS["decoy_incident"]):
        week = n % 2 == 1
        c, run, a, b = commune_slot(35, int(rng.integers(1, 4)), big, week)
        system = DECOY_SYSTEMS[int(rng.integers(len(DECOY_SYSTEMS)))]
        incident(run[0], run[-1], c, system, ["outage", "error", "degraded"][int(rng.integers(3))], "logged; no effect (decoy)")
        metric = "received-online" if system == "public_service_portal" else "received"
        event("decoy_incident", c, metric, a, b, "unexplained", [CAUSE_OF_SYSTEM[system]], note=f"{system}, no effect" + (", asked the week" if week else ""))
    for n in range(COUNTS["unrecorded_fall"]):
        with_decoy = n % 3 == 2
        week = n % 2 == 1 or with_decoy
        length = int(rng.integers(1, 3)) if with_decoy else int(rng.integers(1, 5))
        c, run, a, b = commune_slot(35, length, big if n % 2 == 0 else online_big, week)
        decoys = []
        if with_decoy:
            # The fall on the week's first days; the incident on other days of the same week.
            run = working_run(a, length)
            rest = [d for d in working_run(a, 5) if d not in run and d <= b]
            s = rest[int(rng.integers(len(rest)))]
            system = DECOY_SYSTEMS[int(rng.integers(len(DECOY_SYSTEMS)))]
            incident(s, s, c, system, "error", "logged; no effect (decoy)")
            decoys.append(CAUSE_OF_SYSTEM[system])
        if n % 2 == 0:
            f = float(rng.uniform(0.05, 0.6))
            scale([c], run, f)
            metric, what = "received", "all channels"
        else:
            f = float(rng.uniform(0.05, 0.4))
            scale([c], run, f, paper_too=False)
            metric, what = ["received-online", "online-submission"][int(rng.integers(2))], "online only"
        event("unrecorded_fall", c, metric, a, b, "unexplained", decoys,
              note=f"{len(run)} days {what} x{f:.2f}, nothing recorded" + (", decoy on other days" if with_decoy else "") + (", asked the week" if week else ""))

    # Added later, on a generator of its own so that every event above, its split and the data
    # outside these communes stay as they were: an incident that ended in the 1-3 days before a fall
    # with nothing recorded (the incident never touched the asked days).
    main_rng, rng = rng, np.random.default_rng(args.seed + 1)
    for _ in range(COUNTS["incident_before_fall"]):
        c, run, a, b = commune_slot(35, int(rng.integers(2, 5)), big, False)
        gap = int(rng.integers(1, 4))
        end = a - dt.timedelta(gap)
        start = end - dt.timedelta(int(rng.integers(0, 3)))
        system = DECOY_SYSTEMS[int(rng.integers(len(DECOY_SYSTEMS)))]
        incident(start, end, c, system, ["outage", "error"][int(rng.integers(2))], "logged; ended before the fall (decoy)")
        f = float(rng.uniform(0.3, 0.6))
        scale([c], run, f)
        event("incident_before_fall", c, "received", a, b, "unexplained", [CAUSE_OF_SYSTEM[system]],
              note=f"{len(run)} days x{f:.2f}, nothing recorded; a {system} incident ended {gap} day(s) before")
    late_rng, rng = rng, main_rng

    # Seeded split: half of each class for training, half held out.
    by_class = {}
    for e in events: by_class.setdefault(e["class"], []).append(e)
    for cls, list_ in sorted(by_class.items()):
        order = (late_rng if cls == "incident_before_fall" else rng).permutation(len(list_))
        for rank, i in enumerate(order):
            list_[i]["split"] = "train" if rank % 2 == 0 else "test"
    for i, e in enumerate(events): e["id"] = f"{e['class']}-{i:03d}"

    with open(os.path.join(args.out, "applications.csv"), "w", newline="") as out:
        w = csv.writer(out)
        w.writerow(["date", "locality", "sector", "received", "received_online", "resolved", "resolved_online"])
        r_disp = 30.0

        def nb(mu):
            mu = np.maximum(mu, 0)
            return np.where(mu > 0, rng.negative_binomial(r_disp, r_disp / (r_disp + np.maximum(mu, 1e-9))), 0)
        for ci, c in enumerate(communes):
            for di, d in enumerate(days):
                base = volume[ci] * (WEEKDAY[d.weekday()] if working(d) else 0.03)
                s = min(0.95, share0[ci] + 0.10 * di / D)
                mu_on = base * mix[ci] * s * online[ci, :, di]
                mu_pa = base * mix[ci] * (1 - s) * paper[ci, :, di]
                on, pa = nb(mu_on), nb(mu_pa)
                received = on + pa
                resolved = nb(0.95 * (mu_on + mu_pa))
                r = np.clip(result0[ci] * results[ci, :, di], 0, 1)
                resolved_online = rng.binomial(resolved, r)
                for si, sector in enumerate(SECTORS):
                    w.writerow([d.isoformat(), c, sector, int(received[si]), int(on[si]), int(resolved[si]), int(resolved_online[si])])
    with open(os.path.join(args.out, "incidents.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["start", "end", "locality", "system", "kind", "errors", "note"])
        w.writeheader(); w.writerows(incidents)
    with open(os.path.join(args.out, "readiness.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["date", "locality", "criterion", "value"])
        w.writeheader(); w.writerows(readiness)
    json.dump(events, open(os.path.join(args.out, "truth.json"), "w"), indent=1, ensure_ascii=False)
    counts = {k: len(v) for k, v in sorted(by_class.items())}
    print(f"{C} communes in {len(PROVINCES)} provinces, {S} sectors, {D} days ({C * S * D} rows); {len(incidents)} incidents, "
          f"{len(readiness)} readiness rows; {len(events)} events {counts} -> {args.out}")


if __name__ == "__main__":
    main()
