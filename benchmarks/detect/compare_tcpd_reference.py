#!/usr/bin/env python3
"""`uptake detect --method pelt --cost gaussian` against the exact run behind TCPDBench's PELT default
(issue 24): series by series, and the F1 of a few documented variance and penalty choices.

The reference: TCPDBench's `execs/R/cpdbench_changepoint.R -p MBIC -f mean -t Normal -m PELT`, i.e. R's
changepoint `cpt.mean(scale(x), penalty="MBIC", method="PELT", test.stat="Normal")` with the package's
default minseglen 1, the locations reported as R's `cpts - 1`. R's changepoint package is not in Debian
and CRAN is out of reach here, so its C code is ported below line by line (changepoint 2.3,
github.com/rkillick/changepoint: `PELTC` of src/PELT_one_func_minseglen.c, `mbic_mean` of
src/cost_general_functions.c, `penalty_decision` of R/penalty_decision.R: β = (1 + 2)·log n). The port is
checked before anything is reported: its F1 must equal TCPDBench's published per-series F1 for its PELT
default on all 30 series it scored, and its locations the published ones where they were copied
(tcpdbench_default_pelt.json, from TCPDBench's analysis/output and abed_results).

Conventions. R's `cpts` are the last observation of each segment, 1-based, which is the 0-based index of
the first observation of the next segment: uptake's `index` (the first day of the new level). TCPDBench
subtracts 1 ("convert indices to 0-based"), so it scores the last observation of the old segment.

Usage: compare_tcpd_reference.py TCPD_DIR [--uptake PATH] [--json OUT]
(TCPD_DIR as for bench_detect_tcpd.py: a TCPD checkout with annotations.json and datasets/.)"""
import argparse, json, math, os, sys, tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_detect_tcpd import ROOT, check_metric, clean, f1, uptake, univariate, write_csv  # noqa: E402


def cpt_mean_pelt(x, minseglen=1):
    """changepoint's PELTC with cost "mean.norm.mbic" and β = 3·log n on x as given: R's cpts (1-based
    segment ends, n last). Candidates kept while F(t) + C(t, s) + β ≤ F(s) + β; ties to the first."""
    n = len(x)
    s1 = np.concatenate([[0.0], np.cumsum(x)])
    s2 = np.concatenate([[0.0], np.cumsum(x * x)])
    pen = 3 * math.log(n)

    def mbic_mean(a, b):
        m = b - a
        xs = s1[b] - s1[a]
        return (s2[b] - s2[a]) - xs * xs / m + math.log(m)

    like = [0.0] * (n + 1)
    last = [0] * (n + 1)
    like[0] = -pen
    for j in range(minseglen, 2 * minseglen):
        like[j] = mbic_mean(0, j)
    checklist = [0, minseglen]
    for t in range(2 * minseglen, n + 1):
        tmp = [like[c] + mbic_mean(c, t) + pen for c in checklist]
        w = min(range(len(tmp)), key=lambda i: (tmp[i], i))
        like[t], last[t] = tmp[w], checklist[w]
        checklist = [c for c, v in zip(checklist, tmp) if v <= like[t] + pen]
        checklist.append(t - (minseglen - 1))
    cpts, s = [], n
    while s != 0:
        cpts.append(s)
        s = last[s]
    return sorted(cpts)


def tcpdbench_default_pelt(values):
    """cpdbench_changepoint.R's locations, or None where R fails (missing values: cpt.mean stops)."""
    x = np.asarray(values, dtype=float)
    if np.isnan(x).any():
        return None
    z = (x - x.mean()) / x.std(ddof=1)  # R's scale()
    return [c - 1 for c in cpt_mean_pelt(z)]


def optimal_changes(x, pen, log_terms=False, minseg=2):
    """Optimal partitioning without pruning (Jackson et al. 2005) of Σ (RSS [+ log m]) + β·changes:
    the 0-based first observation of each new segment. With pen = 3·log n on the standardised series and
    no log terms this is what `uptake detect --cost gaussian` minimises (β = 3·s²·log n on the raw one)."""
    n = len(x)
    s1 = np.concatenate([[0.0], np.cumsum(x)])
    s2 = np.concatenate([[0.0], np.cumsum(x * x)])
    best = np.full(n + 1, np.inf)
    best[0] = -pen
    previous = [0] * (n + 1)
    for t in range(minseg, n + 1):
        a = np.array([0] + list(range(minseg, t - minseg + 1)))
        m = t - a
        c = best[a] + (s2[t] - s2[a]) - (s1[t] - s1[a]) ** 2 / m + (np.log(m) if log_terms else 0) + pen
        i = int(np.argmin(c))
        best[t], previous[t] = c[i], int(a[i])
    ends, s = [], n
    while s:
        ends.append(s)
        s = previous[s]
    return sorted(ends)[:-1]


def mad2(v):
    return (1.4826 * np.median(np.abs(v - np.median(v)))) ** 2


# Each variant maps the standardised observed series z (variance 1) and n to changes; dividing z by σ̂
# is the same as multiplying β by σ̂² on the raw series.
VARIANTS = {
    "uptake now: σ² = s², β = 3·σ²·log n (MBIC's per-change term), minseg 2": lambda z, n: optimal_changes(z, 3 * math.log(n)),
    "the same, minseg 1 (cpt.mean's default)": lambda z, n: optimal_changes(z, 3 * math.log(n), minseg=1),
    "cpt.mean exactly optimised: + MBIC's log m per segment, minseg 1": lambda z, n: optimal_changes(z, 3 * math.log(n), True, 1),
    "cpt.mean as the package prunes it": lambda z, n: cpt_mean_pelt(z)[:-1],
    "σ² = s², BIC β = 2·σ²·log n": lambda z, n: optimal_changes(z, 2 * math.log(n)),
    "σ̂² = (1.4826·MAD(Δy))²/2 (robust, MAD of differences), β = 3·σ̂²·log n": lambda z, n: optimal_changes(z / math.sqrt(mad2(np.diff(z)) / 2), 3 * math.log(n)),
    "σ̂² MAD of differences, BIC β = 2·σ̂²·log n": lambda z, n: optimal_changes(z / math.sqrt(mad2(np.diff(z)) / 2), 2 * math.log(n)),
    "σ̂² MAD of differences, MBIC with log m": lambda z, n: optimal_changes(z / math.sqrt(mad2(np.diff(z)) / 2), 3 * math.log(n), True),
    "σ̂² = (1.4826·MAD(y))² (MAD of the values), β = 3·σ̂²·log n": lambda z, n: optimal_changes(z / math.sqrt(mad2(z)), 3 * math.log(n)),
}
CURRENT = next(iter(VARIANTS))


def exact_hits(found, annotations, shift):
    """Of the detections within 5 of an annotated point (after subtracting shift), how many sit on one."""
    points = {p for a in annotations.values() for p in a}
    near = [min((abs(c - shift - p), p) for p in points) for c in found if points]
    near = [d for d, _ in near if d <= 5]
    return sum(d == 0 for d in near), len(near)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tcpd")
    parser.add_argument("--uptake", default=os.environ.get("UPTAKE", os.path.join(ROOT, ".build", "release", "uptake")))
    parser.add_argument("--json")
    args = parser.parse_args()
    check_metric()
    annotations = json.load(open(os.path.join(args.tcpd, "annotations.json")))
    published = json.load(open(os.path.join(HERE, "tcpdbench_default_pelt.json")))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, values, _ in univariate(args.tcpd):
            n, ann = len(values), annotations[name]
            reference = tcpdbench_default_pelt(values)
            expected = published["published_f1"].get(name)
            if reference is None:
                assert expected is None, name
            else:
                score = f1(ann, clean(reference, n))[0]
                assert abs(score - expected) < 1e-12, (name, score, expected)
                if name in published["published_cplocations"]:
                    assert reference == published["published_cplocations"][name], name
            csv = os.path.join(tmp, name + ".csv")
            write_csv(values, csv)
            found = uptake(args.uptake, csv, "gaussian")
            days = [i for i, v in enumerate(values) if not math.isnan(v)]
            x = np.asarray([values[i] for i in days])
            z = (x - x.mean()) / x.std(ddof=1)
            variants = {k: [days[c] for c in f(z, len(x))] for k, f in VARIANTS.items()}
            assert variants[CURRENT] == found, (name, variants[CURRENT], found)
            row = {"dataset": name, "n": n, "uptake": found, "reference": reference,
                   "f1_uptake": f1(ann, clean(found, n))[0], "f1_uptake_minus_1": f1(ann, clean([c - 1 for c in found], n))[0],
                   "f1_reference": None if reference is None else f1(ann, clean(reference, n))[0],
                   "f1_reference_plus_1": None if reference is None else f1(ann, clean([c + 1 for c in reference], n))[0],
                   "hits": exact_hits(clean(found, n), ann, 0), "hits_minus_1": exact_hits(clean(found, n), ann, 1),
                   "variants": {k: [f1(ann, clean(v, n))[0], f1(ann, clean([c - 1 for c in v], n))[0], len(clean(v, n))]
                                for k, v in variants.items()}}
            rows.append(row)
    scored = [r for r in rows if r["reference"] is not None]
    mean = lambda key, rs: np.mean([r[key] for r in rs])
    print("| series | n | uptake (first day of the new level) | R's cpt.mean − 1 (TCPDBench) | F1 uptake | F1 uptake − 1 | F1 TCPDBench (= published) | F1 R's cpts |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        ref = "failed (missing values)" if r["reference"] is None else " ".join(map(str, clean(r["reference"], r["n"])))
        fr = "–" if r["reference"] is None else f"{r['f1_reference']:.3f}"
        fr1 = "–" if r["reference"] is None else f"{r['f1_reference_plus_1']:.3f}"
        print(f"| {r['dataset']} | {r['n']} | {' '.join(map(str, clean(r['uptake'], r['n'])))} | {ref} | "
              f"{r['f1_uptake']:.3f} | {r['f1_uptake_minus_1']:.3f} | {fr} | {fr1} |")
    print(f"| **mean, 30 series R ran on** | | | | **{mean('f1_uptake', scored):.4f}** | **{mean('f1_uptake_minus_1', scored):.4f}** | "
          f"**{mean('f1_reference', scored):.4f}** | **{mean('f1_reference_plus_1', scored):.4f}** |")
    print(f"| **mean, 31 series** | | | | **{mean('f1_uptake', rows):.4f}** | **{mean('f1_uptake_minus_1', rows):.4f}** | | |")
    same = sum(clean([c - 1 for c in r["uptake"]], r["n"]) == clean(r["reference"], r["n"]) for r in scored)
    print(f"\nuptake's changes − 1 equal TCPDBench's locations on {same} of {len(scored)} series.")
    for key, label in (("hits", "uptake's index"), ("hits_minus_1", "uptake's index − 1 (TCPDBench's convention)")):
        on, near = sum(r[key][0] for r in rows), sum(r[key][1] for r in rows)
        print(f"Detections within 5 of an annotation that sit exactly on one, with {label}: {on} of {near}.")
    print("\n| variant (exact optimum; σ² scales the per-change penalty) | F1 31, uptake's index | F1 30 | F1 31, index − 1 | F1 30, index − 1 | changes (31) |")
    print("|---|---|---|---|---|---|")
    for k in VARIANTS:
        a31 = np.mean([r["variants"][k][0] for r in rows]); a30 = np.mean([r["variants"][k][0] for r in scored])
        b31 = np.mean([r["variants"][k][1] for r in rows]); b30 = np.mean([r["variants"][k][1] for r in scored])
        print(f"| {k} | {a31:.4f} | {a30:.4f} | {b31:.4f} | {b30:.4f} | {sum(r['variants'][k][2] for r in rows)} |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
