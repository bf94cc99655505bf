#!/usr/bin/env python3
"""Accuracy of `uptake detect --method pelt` on the Turing Change Point Dataset (issue 24).

TCPD: van den Burg & Williams 2020, "An Evaluation of Change Point Detection Algorithms",
arXiv:2003.06222; data github.com/alan-turing-institute/TCPD, scoring
github.com/alan-turing-institute/TCPDBench (analysis/scripts/metrics.py and summarize.py).

1. Every univariate series of a TCPD checkout (datasets/<name>/<name>.json with n_dim 1) becomes a
   date,value file: observation i on day 2000-01-01 + i, a missing value (null) a day left out, so
   `--calendar none` judges every index and a changepoint's `index` is TCPD's 0-based location.
   Multivariate series (apple, bee_waggle_6, occupancy, run_log) are left out: `detect` takes one
   series. Series TCPD only ships as download scripts are used when they have been built.
2. `uptake detect FILE --method pelt --cost gaussian --calendar none --format json` (defaults
   otherwise, as the paper's "Default" experiment); the changepoints are the anomalies' `index`.
   Column "uptake meanvar": the same with `--cost meanvar` (changepoint's cpt.meanvar, Normal, with
   MBIC), run beside `--cost gaussian` unless --no-meanvar.
3. Side by side: ruptures' Pelt(model="l2", min_size=2, jump=1) with the BIC penalty its
   documentation gives, pen = log(n)·σ², σ estimated (a) by the series' standard deviation and
   (b) as uptake does (1.4826·MAD of the first differences / √2, with pen 2·σ̂²·log n); and the
   paper's "zero" method (no changepoint), TCPD's baseline.
4. Score as TCPDBench: locations outside 1..n-2 dropped (summarize.py's clean_cps), then the
   F1 of metrics.py with margin 5: precision against the union of the annotators' changepoints,
   recall the mean over annotators, 0 added to every set; the mean over datasets is reported.
   The metric is re-implemented below from the paper's definition (Section 4.1) and checked
   against the examples in metrics.py's doctests before anything runs.

Usage: bench_detect_tcpd.py TCPD_DIR [--uptake PATH] [--cost gaussian|poisson|meanvar|linear] [--no-meanvar] [--json OUT]
TCPD_DIR holds annotations.json and datasets/ (a checkout of the TCPD repository).
Prints Markdown; --json writes every per-dataset number."""
import argparse, datetime as dt, json, math, os, subprocess, sys, tempfile

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MARGIN = 5


# --- TCPD's F1 (van den Burg & Williams 2020, Section 4.1) -------------------------------------

def true_positives(truth, predicted, margin=MARGIN):
    """Truth points matched by a prediction within `margin`, each prediction used at most once:
    each truth point, in the iteration order of the set (as metrics.py, so ties resolve the same
    way), takes its closest unused prediction (at equal distance the smaller location)."""
    unused = set(list(predicted))
    matched = set()
    for tau in truth:
        near = sorted((abs(tau - x), x) for x in unused if abs(tau - x) <= margin)
        if near:
            matched.add(tau)
            unused.remove(near[0][1])
    return matched


def f1(annotations, predicted, margin=MARGIN):
    """(F1, precision, recall): annotations maps annotator -> locations; 0 joins every set. The
    sets are built in metrics.py's order, so set iteration (and thus matching) is the same."""
    sets = [set(annotations[uid]) for uid in annotations]
    for s in sets:
        s.add(0)
    x = set(predicted)
    x.add(0)
    union = set()
    for s in sets:
        for tau in s:
            union.add(tau)
    precision = len(true_positives(union, x, margin)) / len(x)
    recall = 1 / len(sets) * sum(len(true_positives(s, x, margin)) / len(s) for s in sets)
    return precision * recall / (0.5 * recall + 0.5 * precision), precision, recall


def clean(locations, n):
    """summarize.py's clean_cps: distinct locations in 1..n-2 (0 and n-1 are meaningless)."""
    return sorted({x for x in locations if 1 <= x < n - 1})


def check_metric():
    """The examples of TCPDBench's metrics.py doctests."""
    assert true_positives({1, 10, 20, 23}, {3, 8, 20}) == {1, 10, 20}
    assert true_positives({1, 10, 20, 23}, {1, 3, 8, 20}) == {1, 10, 20}
    assert true_positives({1, 10, 20, 23}, {1, 3, 5, 8, 20}) == {1, 10, 20}
    assert true_positives(set(), {1, 2, 3}) == set() and true_positives({1, 2, 3}, set()) == set()
    assert f1({1: [10, 20], 2: [11, 20], 3: [10], 4: [0, 5]}, [10, 20])[0] == 1.0
    assert abs(f1({1: [], 2: [10], 3: [50]}, [10])[0] - 0.9090909090909091) < 1e-15
    assert abs(f1({1: [], 2: [10], 3: [50]}, [])[0] - 0.8) < 1e-15


# --- the series --------------------------------------------------------------------------------

def univariate(tcpd):
    for name in sorted(os.listdir(os.path.join(tcpd, "datasets"))):
        path = os.path.join(tcpd, "datasets", name, name + ".json")
        if not os.path.exists(path):
            continue
        data = json.load(open(path))
        if data["n_dim"] != 1:
            continue
        values = [math.nan if v is None else float(v) for v in data["series"][0]["raw"]]
        yield name, values, data["series"][0]["type"]


def write_csv(values, path):
    first = dt.date(2000, 1, 1)
    with open(path, "w") as f:
        f.write("date,value\n")
        for i, v in enumerate(values):
            if not math.isnan(v):
                f.write(f"{first + dt.timedelta(days=i)},{v!r}\n")


def uptake(binary, csv, cost):
    out = subprocess.run([binary, "detect", csv, "--method", "pelt", "--cost", cost, "--calendar", "none",
                          "--format", "json"], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip())
    return [a["index"] for a in json.loads(out.stdout)]


def mad_sigma(values):
    x = np.asarray([v for v in values if not math.isnan(v)])
    d = np.diff(x)
    s = 1.4826 * np.median(np.abs(d - np.median(d))) / math.sqrt(2)
    if s == 0:
        s = np.std(d, ddof=1) / math.sqrt(2) if len(d) > 1 else 0
    return s if s > 0 and math.isfinite(s) else 1.0


def ruptures_pelt(values, sigma, multiplier):
    """ruptures' Pelt on the observed values (missing ones dropped), locations mapped back to days."""
    import ruptures
    days = [i for i, v in enumerate(values) if not math.isnan(v)]
    x = np.asarray([values[i] for i in days]).reshape(-1, 1)
    pen = multiplier * sigma ** 2 * math.log(len(x))
    bkps = ruptures.Pelt(model="l2", min_size=2, jump=1).fit(x).predict(pen=pen)
    return [days[b] for b in bkps[:-1]]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tcpd")
    parser.add_argument("--uptake", default=os.environ.get("UPTAKE", os.path.join(ROOT, ".build", "release", "uptake")))
    parser.add_argument("--cost", default="gaussian", choices=["gaussian", "poisson", "meanvar", "linear"])
    parser.add_argument("--no-meanvar", action="store_true", help="leave out the uptake meanvar column")
    parser.add_argument("--no-ruptures", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args()
    check_metric()
    annotations = json.load(open(os.path.join(args.tcpd, "annotations.json")))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, values, kind in univariate(args.tcpd):
            n = len(values)
            csv = os.path.join(tmp, name + ".csv")
            write_csv(values, csv)
            row = {"dataset": name, "n": n, "type": kind, "annotators": len(annotations[name])}
            if args.cost == "poisson" and kind != "int":
                row["uptake"] = None
            else:
                found = clean(uptake(args.uptake, csv, args.cost), n)
                row["uptake"], row["uptake_cps"] = f1(annotations[name], found), found
            if args.cost == "gaussian" and not args.no_meanvar:
                found = clean(uptake(args.uptake, csv, "meanvar"), n)
                row["uptake_meanvar"], row["uptake_meanvar_cps"] = f1(annotations[name], found), found
            row["zero"] = f1(annotations[name], [])
            if not args.no_ruptures:
                observed = [v for v in values if not math.isnan(v)]
                sd = float(np.std(observed))
                row["ruptures_sd"] = f1(annotations[name], clean(ruptures_pelt(values, sd, 1), n))
                row["ruptures_mad"] = f1(annotations[name], clean(ruptures_pelt(values, mad_sigma(values), 2), n))
            rows.append(row)
    columns = [c for c in ["uptake", "uptake_meanvar", "ruptures_sd", "ruptures_mad", "zero"] if any(c in r for r in rows)]
    meanvar = "uptake_meanvar" in columns
    print(f"| dataset | n | uptake changepoints | " + ("meanvar changepoints | " if meanvar else "")
          + " | ".join(f"F1 {c.replace('_', ' ')}" for c in columns) + " |")
    print("|---|---|---|" + ("---|" if meanvar else "") + "---|" * len(columns))
    for r in rows:
        cells = [("–" if r.get(c) is None else f"{r[c][0]:.3f}") for c in columns]
        counts = f"{len(r.get('uptake_cps', []))} | " + (f"{len(r.get('uptake_meanvar_cps', []))} | " if meanvar else "")
        print(f"| {r['dataset']} | {r['n']} | {counts}" + " | ".join(cells) + " |")
    # Every column's mean over the series uptake ran on (all of them but with --cost poisson).
    scored = [r for r in rows if r.get("uptake") is not None]
    means = {c: np.mean([r[c][0] for r in scored]) for c in columns}
    counted = {c: len(scored) for c in columns}
    print(f"| **mean** | | | " + ("| " if meanvar else "") + " | ".join(f"**{means[c]:.3f}** ({counted[c]})" for c in columns) + " |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"rows": rows, "means": means}, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
