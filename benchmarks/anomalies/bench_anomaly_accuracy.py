#!/usr/bin/env python3
"""Accuracy benchmark of `uptake anomalies` (issue 11): recall on planted events, false flags on a
null dataset, province events, detection delay; the default method against the peers' methods.

1. `uptake generate` the national dataset (2025-01-01..2025-10-31, 6 sectors) and the null one
   (`--no-events`: nothing planted, no incidents).
2. Plant a varied set of extra events of our own into a copy of the national applications.csv
   (seeded, independent of the generator): full outages with and without a logged incident, partial
   drops of 50-80%, sector-only outages, slow declines (-40% over 3 weeks, then held), level shifts
   (-30..-50% to the end of the data), and one province-wide two-day outage. Only communes with at
   least 20 applications a working day (March-June mean) that no bundled event touches are used.
   A count is thinned binomially: received ~ Bin(received, f); received_online and synced follow
   (hypergeometric / binomial, kept within received). Truth goes to bench-truth.json.
3. Ingest both; run `uptake anomalies --level commune --from 2025-03-01 --to 2025-10-31 --format json`
   (and `--by-sector`) for every method, on the planted and the null database.
4. Score: a planted event is found when an anomaly at its commune (same sector for a sector event),
   or a province event listing the commune in `members`, overlaps its days. Delay: working days from
   the event's start to the first overlapping anomaly's start (0 if it starts on or before).
   False flags: anomalies per 1,000 commune-days on the null data (a province event counts once per
   member; commune-days = communes x working days in the window).

Usage: bench_anomaly_accuracy.py WORKDIR [--methods nb,ears-c1,...] [--seed 11]
Prints Markdown tables; writes WORKDIR/accuracy.json with every number."""
import argparse, datetime as dt, json, os, subprocess, sys, time
from collections import defaultdict
import numpy as np
import pandas as pd

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
UPTAKE = os.environ.get("UPTAKE", os.path.join(ROOT, ".build", "release", "uptake"))
FROM, TO = "2025-03-01", "2025-10-31"
METHODS = ["nb", "ears-c1", "ears-c2", "ears-c3", "robust-z", "stl-z", "shesd"]
HOLIDAYS = {dt.date(2025, 1, 1), dt.date(2025, 4, 7), dt.date(2025, 4, 30), dt.date(2025, 5, 1),
            dt.date(2025, 9, 1), dt.date(2025, 9, 2)} | {dt.date(2025, 1, 25) + dt.timedelta(i) for i in range(9)}
D = dt.date.fromisoformat


def working(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def working_days(a, b):
    """Working days in [a, b)."""
    n, d = 0, a
    while d < b:
        n += working(d); d += dt.timedelta(1)
    return n


def add_working(d, n):
    """The n-th working day from d (d itself counts as the first)."""
    out = []
    while len(out) < n:
        if working(d): out.append(d)
        d += dt.timedelta(1)
    return out[0], out[-1]


def run(args, **kw):
    return subprocess.run([UPTAKE] + args, check=True, **kw)


def generate(work):
    for name, extra in (("base", []), ("null", ["--no-events"])):
        if not os.path.exists(f"{work}/{name}/applications.csv"):
            run(["generate", "--out", f"{work}/{name}"] + extra)


def plant(work, seed):
    rng = np.random.default_rng(seed)
    apps = pd.read_csv(f"{work}/base/applications.csv", dtype={"locality": str})
    apps["d"] = pd.to_datetime(apps["date"]).dt.date
    truth0 = json.load(open(f"{work}/base/truth.json"))
    loc = pd.read_csv(f"{ROOT}/datasets/vn-localities-2025.csv", dtype=str)
    parent = dict(zip(loc["code"], loc["parent_code"]))
    busy_prov = {t["locality"] for t in truth0 if len(t["locality"]) == 2}
    busy = {t["locality"] for t in truth0 if len(t["locality"]) > 2}
    ref = apps[(apps["date"] >= "2025-03-01") & (apps["date"] <= "2025-06-30") & apps["d"].map(working)]
    daily = ref.groupby(["locality", "date"])["received"].sum().groupby("locality").mean()
    bysec = ref.groupby(["locality", "sector", "date"])["received"].sum().groupby(["locality", "sector"]).mean()
    ok = [c for c, m in daily.items() if m >= 20 and c not in busy and parent.get(c) not in busy_prov]
    rng.shuffle(ok)
    # One province for a province-wide outage: the one (not touched by the bundled events) with the most eligible communes.
    per_prov = defaultdict(list)
    for c in daily.index:
        if parent.get(c) not in busy_prov: per_prov[parent.get(c)].append(c)
    # Fewest communes with a bundled event first, then the most communes.
    wide_prov = sorted(per_prov, key=lambda p: (sum(parent.get(c) == p for c in busy), -len(per_prov[p]), p))[0]
    ok = [c for c in ok if parent.get(c) != wide_prov]

    events, incidents = [], []
    starts = [d for d in (D("2025-03-17") + dt.timedelta(i) for i in range(200)) if working(d) and d <= D("2025-10-17")]

    def start_day():
        while True:
            s = starts[rng.integers(len(starts))]
            if working_days(s, s + dt.timedelta(7)) >= 5: return s  # no holiday in the next week

    it = iter(ok)
    spec = ([("outage-incident", 12), ("outage-silent", 12), ("partial-incident", 8), ("partial-silent", 8),
             ("sector-outage", 12), ("slow-decline", 8), ("level-shift", 8)])
    for family, n in spec:
        for k in range(n):
            c = next(it)
            s = start_day()
            e = {"id": f"{family}-{k + 1:02d}", "family": family, "locality": c, "province": parent[c], "sector": None,
                 "mean_daily": round(float(daily[c]), 1)}
            if family.startswith("outage") or family.startswith("partial"):
                wd = int(rng.integers(2, 6))
                first, last = add_working(s, wd)
                f = 0.0 if family.startswith("outage") else round(float(1 - rng.uniform(0.5, 0.8)), 3)
                e.update(start=first, end=last, factor=f, working_days=wd)
                if family.endswith("incident"):
                    incidents.append({"start": f"{first}T08:00:00+07:00", "end": f"{last}T17:00:00+07:00", "locality": c, "system": "one_stop",
                                      "kind": "outage" if f == 0 else "degraded", "errors": "", "note": f"benchmark {e['id']}"})
            elif family == "sector-outage":
                secs = [(s_, m) for (c_, s_), m in bysec.items() if c_ == c and m >= 10]
                if not secs:  # the commune's largest sector
                    secs = [max(((s_, m) for (c_, s_), m in bysec.items() if c_ == c), key=lambda x: x[1])]
                sec, m = secs[rng.integers(len(secs))]
                wd = int(rng.integers(3, 6))
                first, last = add_working(s, wd)
                e.update(start=first, end=last, factor=0.0, working_days=wd, sector=sec, sector_mean_daily=round(float(m), 1))
            elif family == "slow-decline":
                first = s; last = s + dt.timedelta(41)  # 3 weeks of decline, then 3 weeks held at 60%: the truth span
                e.update(start=first, end=min(last, D(TO)), factor=0.6, ramp_days=21)
            elif family == "level-shift":
                f = round(float(1 - rng.uniform(0.3, 0.5)), 3)
                e.update(start=s, end=D(TO), factor=f)
            events.append(e)
    s = start_day(); first, last = add_working(s, 2)
    events.append({"id": "province-outage-01", "family": "province-outage", "locality": wide_prov, "province": wide_prov, "sector": None,
                   "start": first, "end": last, "factor": 0.0, "working_days": 2,
                   "members": sorted(c for c in per_prov[wide_prov])})
    incidents.append({"start": f"{first}T07:30:00+07:00", "end": f"{last}T17:00:00+07:00", "locality": wide_prov, "system": "public_service_portal",
                      "kind": "outage", "errors": "", "note": "benchmark province-outage-01"})

    # Apply: one factor per (commune[, sector], day).
    factor = {}
    for e in events:
        members = e.get("members", [e["locality"]])
        d = e["start"]
        last = D(TO) if e["family"] in ("slow-decline", "level-shift") else e["end"]
        while d <= last:
            if e["family"] == "slow-decline":
                f = 1 - 0.4 * min(1.0, ((d - e["start"]).days + 1) / 21)
            else:
                f = e["factor"]
            for c in members: factor[(c, e["sector"], d)] = f
            d += dt.timedelta(1)
    key_all = list(zip(apps["locality"], apps["d"]))
    f_all = np.array([factor.get((c, None, d), 1.0) for c, d in key_all])
    f_sec = np.array([factor.get((c, s_, d), 1.0) for (c, d), s_ in zip(key_all, apps["sector"])])
    f = f_all * f_sec
    hit = f < 1
    rec, onl, syn = apps.loc[hit, "received"].to_numpy(), apps.loc[hit, "received_online"].to_numpy(), apps.loc[hit, "synced"].to_numpy()
    new = rng.binomial(rec, f[hit])
    new_onl = np.array([rng.hypergeometric(o, r - o, n) if r > 0 else 0 for r, o, n in zip(rec, onl, new)])
    new_syn = np.minimum(rng.binomial(syn, f[hit]), new)
    apps.loc[hit, "received"], apps.loc[hit, "received_online"], apps.loc[hit, "synced"] = new, new_onl, new_syn
    os.makedirs(f"{work}/planted", exist_ok=True)
    apps.drop(columns=["d"]).to_csv(f"{work}/planted/applications.csv", index=False)
    inc = pd.read_csv(f"{work}/base/incidents.csv", dtype=str, keep_default_na=False)
    inc = pd.concat([inc, pd.DataFrame(incidents, dtype=str)], ignore_index=True).sort_values(["start", "locality"])
    inc.to_csv(f"{work}/planted/incidents.csv", index=False)
    for e in events:
        e["start"], e["end"] = str(e["start"]), str(e["end"])
    json.dump(events, open(f"{work}/planted/bench-truth.json", "w"), indent=1)
    print(f"planted {len(events)} events ({int(hit.sum())} rows changed); province-wide: {wide_prov} "
          f"({len(per_prov[wide_prov])} communes)", file=sys.stderr)


def ingest(work):
    for name, files in (("planted", ["planted/applications.csv", "planted/incidents.csv", "base/readiness.csv"]),
                        ("null", ["null/applications.csv", "null/incidents.csv", "null/readiness.csv"])):
        db = f"{work}/{name}.sqlite"
        if os.path.exists(db): continue
        run(["init", "--db", db], stdout=subprocess.DEVNULL)
        run(["ingest", "--units", "current", "--db", db] + [f"{work}/{f}" for f in files if os.path.getsize(f"{work}/{f}") > 60 or "applications" in f],
            stdout=subprocess.DEVNULL)


def scan(work, db, method, by_sector=False, metric="received"):
    out = f"{work}/out-{db}-{method}-{metric}{'-sector' if by_sector else ''}.json"
    if not os.path.exists(out):
        args = ["anomalies", "--db", f"{work}/{db}.sqlite", "--level", "commune", "--from", FROM, "--to", TO, "--format", "json",
                "--method", method, "--metric", metric] + (["--by-sector"] if by_sector else [])
        t = time.perf_counter()
        res = subprocess.run([UPTAKE] + args, capture_output=True, text=True)
        if res.returncode != 0:
            print(f"FAILED {' '.join(args)}: {res.stderr.strip()[:300]}", file=sys.stderr)
            return None
        open(out, "w").write(res.stdout)
        print(f"  {db} {method} {metric}{' by-sector' if by_sector else ''}: {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return json.load(open(out))


def overlaps(a, s, e):
    return a["start"] <= e and a["end"] >= s


def matches(anoms, commune, sector, s, e):
    """Anomalies at the commune (same sector) or province events listing it, overlapping [s, e]."""
    return [a for a in anoms if overlaps(a, s, e) and (a.get("sector") or None) == sector
            and (a["locality"] == commune or commune in (a.get("members") or []))]


def delay(found, s):
    first = min(a["start"] for a in found)
    return 0 if first <= s else working_days(D(s), D(first))


def province_view(anoms, prov, s, e, n_communes):
    """How a province-wide event comes out: province events and single commune anomalies overlapping it."""
    pe = [a for a in anoms if a["locality"] == prov and overlaps(a, s, e)]
    ca = [a for a in anoms if a.get("province") == prov and a["locality"] != prov and overlaps(a, s, e)]
    members = sorted({m for a in pe for m in a.get("members") or []})
    return {"province_events": len(pe), "members": len(members), "commune_anomalies_outside": len(ca), "communes": n_communes,
            "one_event": len(pe) == 1 and len(ca) <= 0.1 * max(1, len(members))}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("--methods", default=",".join(METHODS))
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    work = os.path.abspath(a.work); os.makedirs(work, exist_ok=True)
    methods = a.methods.split(",")
    generate(work)
    if not os.path.exists(f"{work}/planted/bench-truth.json"): plant(work, a.seed)
    ingest(work)
    events = json.load(open(f"{work}/planted/bench-truth.json"))
    truth0 = json.load(open(f"{work}/base/truth.json"))
    loc = pd.read_csv(f"{ROOT}/datasets/vn-localities-2025.csv", dtype=str)
    parent = dict(zip(loc["code"], loc["parent_code"]))
    n_communes = int((loc["level"] == "commune").sum()) if "level" in loc else sum(1 for c in parent if len(c) > 2)
    prov_size = defaultdict(int)
    for c, p in parent.items():
        if isinstance(p, str) and len(c) > 2: prov_size[p] += 1
    wd_window = working_days(D(FROM), D(TO) + dt.timedelta(1))
    commune_days = n_communes * wd_window
    null_apps = pd.read_csv(f"{work}/null/applications.csv", usecols=["date", "locality", "received"], dtype={"locality": str})
    null_apps = null_apps[null_apps["date"] >= FROM]
    nd = null_apps.groupby(["locality", "date"])["received"].sum()
    nd = nd[[working(D(d)) for d in nd.index.get_level_values(1)]]
    judged = int((nd.groupby("locality").mean() >= 10).sum())
    result = {"window": [FROM, TO], "working_days": wd_window, "communes": n_communes, "communes_mean_ge_10": judged, "methods": {}}
    for m in methods:
        print(f"scanning with {m}", file=sys.stderr)
        r = result["methods"][m] = {}
        planted = scan(work, "planted", m) or []
        planted_s = scan(work, "planted", m, by_sector=True) or []
        null = scan(work, "null", m)
        fam = defaultdict(lambda: {"n": 0, "found": 0, "delays": []})
        goal = {"n": 0, "found": 0}
        for e in events:
            if e["family"] == "province-outage":
                continue
            src = planted_s if e["sector"] else planted
            hits = matches(src, e["locality"], e["sector"], e["start"], e["end"])
            f = fam[e["family"]]; f["n"] += 1
            if hits: f["found"] += 1; f["delays"].append(delay(hits, e["start"]))
            if e["family"].split("-")[0] in ("outage", "partial") and e["factor"] <= 0.5 and e["working_days"] >= 2 and e["mean_daily"] >= 20:
                goal["n"] += 1; goal["found"] += bool(hits)
            e.setdefault("found_by", {})[m] = bool(hits)
        r["families"] = {k: {"n": v["n"], "found": v["found"], "recall": v["found"] / v["n"],
                             "median_delay": float(np.median(v["delays"])) if v["delays"] else None} for k, v in fam.items()}
        allf = [e for e in events if e["family"] != "province-outage"]
        r["recall_all"] = sum(e["found_by"][m] for e in allf) / len(allf)
        alld = [d for v in fam.values() for d in v["delays"]]
        r["median_delay_all"] = float(np.median(alld)) if alld else None
        r["goal"] = {**goal, "recall": goal["found"] / goal["n"]}
        pw = [e for e in events if e["family"] == "province-outage"][0]
        r["province_outage"] = province_view(planted, pw["locality"], pw["start"], pw["end"], prov_size[pw["locality"]])
        hcmc = next((t for t in truth0 if t["locality"] == "79"), None)
        if hcmc:
            r["hcmc_july"] = province_view(planted, "79", hcmc["start"], hcmc["end"], prov_size["79"])
        # The generator's own events (truth.json): count metrics with this method; rates with nb only.
        own = {"n": 0, "found": 0, "by_kind": defaultdict(lambda: [0, 0])}
        for t in truth0:
            if t["end"] < FROM or t["start"] > TO:
                continue  # before the scanned window (the generator's range starts in January)
            metric = t["metric"].replace("_", "-")
            if metric != "received" and m != "nb":
                continue
            anoms = planted if metric == "received" else (scan(work, "planted", m, metric=metric) or [])
            if len(t["locality"]) == 2:
                hit = any(overlaps(x, t["start"], t["end"]) and (x["locality"] == t["locality"] or x.get("province") == t["locality"]) for x in anoms)
            else:
                hit = bool(matches(anoms, t["locality"], t.get("sector"), t["start"], t["end"]))
            own["n"] += 1; own["found"] += hit
            k = own["by_kind"][f"{t['kind']}/{t['cause']}"]; k[0] += 1; k[1] += hit
        r["bundled_truth"] = {"n": own["n"], "found": own["found"], "by_kind": dict(own["by_kind"])}
        if null is not None:
            flags = sum(max(1, len(x.get("members") or [])) for x in null)
            fdays = sum(max(1, len(x.get("members") or [])) * x["working_days"] for x in null)
            r["null"] = {"anomalies": len(null), "flags": flags, "per_1000_commune_days": 1000 * flags / commune_days,
                         "per_1000_judged_commune_days": 1000 * flags / (judged * wd_window),
                         "flagged_days_per_1000": 1000 * fdays / commune_days,
                         "kinds": dict(pd.Series([x["kind"] for x in null], dtype=object).value_counts())}
        json.dump(result, open(f"{work}/accuracy.json", "w"), indent=1, default=int)
    json.dump(events, open(f"{work}/bench-truth-scored.json", "w"), indent=1)
    report(result, events)


def report(result, events):
    ms = list(result["methods"])
    fams = sorted({e["family"] for e in events if e["family"] != "province-outage"})
    print(f"Window {result['window'][0]}..{result['window'][1]} ({result['working_days']} working days), "
          f"{result['communes']} communes ({result['communes_mean_ge_10']} with ≥ 10 a working day on the null data).\n")
    print("| method | recall, all planted | recall, drops ≥ 50% ≥ 2 days ≥ 20/day | " + " | ".join(fams) + " | median delay (working days) | bundled truth.json found | null: false flags per 1,000 commune-days | null: anomalies |")
    print("|---" * (6 + len(fams)) + "|")
    for m in ms:
        r = result["methods"][m]
        cells = [f"{r['families'][f]['found']}/{r['families'][f]['n']}" for f in fams]
        nl = r.get("null", {})
        print(f"| {m} | {r['recall_all']:.2f} | {r['goal']['recall']:.2f} ({r['goal']['found']}/{r['goal']['n']}) | " + " | ".join(cells)
              + f" | {r['median_delay_all']} | {r['bundled_truth']['found']}/{r['bundled_truth']['n']} | "
              f"{nl.get('per_1000_commune_days', float('nan')):.3f} | {nl.get('anomalies', '–')} |")
    print("\nMedian delay per family (working days from the event's start to the first anomaly):\n")
    print("| method | " + " | ".join(fams) + " |")
    print("|---" * (1 + len(fams)) + "|")
    for m in ms:
        r = result["methods"][m]
        print(f"| {m} | " + " | ".join(str(r['families'][f]['median_delay']) for f in fams) + " |")
    print("\nProvince-wide events (province events overlapping / members / commune anomalies not folded / communes):\n")
    print("| method | planted 2-day province outage | HCMC July drop (truth.json) |")
    print("|---|---|---|")
    for m in ms:
        r = result["methods"][m]
        cell = lambda v: f"{v['province_events']} event(s), {v['members']} members, {v['commune_anomalies_outside']} separate, of {v['communes']}" + (" — one event" if v["one_event"] else "")
        print(f"| {m} | {cell(r['province_outage'])} | {cell(r['hcmc_july']) if 'hcmc_july' in r else '–'} |")
    print("\nBundled truth.json by kind/cause (found/n):\n")
    for m in ms:
        bt = result["methods"][m]["bundled_truth"]["by_kind"]
        print(f"- {m}: " + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(bt.items())))
    print("\nSubsets (found/n): sector outages whose sector has ≥ 10 a working day (the detector judges smaller series only "
          "at their parent's level); partial drops by depth:\n")
    subsets = {"sector ≥ 10/day": lambda e: e["family"] == "sector-outage" and e["sector_mean_daily"] >= 10,
               "sector < 10/day": lambda e: e["family"] == "sector-outage" and e["sector_mean_daily"] < 10,
               "partial 50-60%": lambda e: e["family"].startswith("partial") and e["factor"] > 0.4,
               "partial 60-70%": lambda e: e["family"].startswith("partial") and 0.3 < e["factor"] <= 0.4,
               "partial 70-80%": lambda e: e["family"].startswith("partial") and e["factor"] <= 0.3,
               "2-day drops (outage+partial)": lambda e: e["family"].split("-")[0] in ("outage", "partial") and e["working_days"] == 2}
    print("| method | " + " | ".join(subsets) + " |")
    print("|---" * (1 + len(subsets)) + "|")
    for m in ms:
        cells = []
        for f in subsets.values():
            sel = [e for e in events if e["family"] != "province-outage" and f(e)]
            cells.append(f"{sum(e['found_by'][m] for e in sel)}/{len(sel)}")
        print(f"| {m} | " + " | ".join(cells) + " |")
    print("\nNull data, anomaly kinds:\n")
    for m in ms:
        print(f"- {m}: " + ", ".join(f"{k} {int(v)}" for k, v in (result['methods'][m].get('null', {}).get('kinds') or {}).items()))


if __name__ == "__main__":
    main()
