#!/usr/bin/env python3
"""`uptake detect --method pelt --cost linear` (a change of level or slope) on TCPD beside `--cost
gaussian` (a change of mean), series by series (issue 24).

Same series, F1 and conventions as bench_detect_tcpd.py (TCPD checkout, margin 5, locations outside
1..n-2 dropped, uptake's `index` = the first day of the new segment). Columns:
- uptake's `--cost gaussian` and `--cost linear`, and `--method pelt` without `--cost` (poisson for
  series of whole numbers ≥ 0, gaussian for the others: SeriesCost.defaultCost); means also over TCPD's
  declared types (13 "int") and over the default's own split (14 series of counts, 17 others);
- variants of the linear cost's penalty, computed here by exact optimal partitioning (segments of at
  least 3, each a least-squares line in the index, cost its residual sum of squares), reported beside
  the chosen one and not chosen from them: BIC's 3·σ̂²·log n (three parameters per change) with the
  same σ̂², and σ̂² from the MAD of second differences ((1.4826·MAD(Δ²y))²/6, Var(Δ²ε) = 6σ² for
  independent noise) with 4 and 3. The first variant, 4·σ̂²·log n with σ̂² the residual variance of one
  line through the series, is uptake's penalty: its optimum here must equal uptake's changes on every
  series (checked, and the count of differences printed).
The 30 series are those TCPDBench scored (uk_coal_employ left out: R failed on its missing values).

Usage: linear_tcpd.py TCPD_DIR [--uptake PATH] [--json OUT]"""
import argparse, json, math, os, sys, tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_detect_tcpd import ROOT, check_metric, clean, f1, univariate, write_csv  # noqa: E402
import subprocess  # noqa: E402

MIN_SIZE = 3


def uptake(binary, csv, cost):
    arguments = [binary, "detect", csv, "--method", "pelt", "--calendar", "none", "--format", "json"]
    if cost:
        arguments += ["--cost", cost]
    out = subprocess.run(arguments, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip())
    return [a["index"] for a in json.loads(out.stdout)]


class LinearCost:
    """Residual sum of squares of a least-squares line per segment, from prefix sums (t the day)."""

    def __init__(self, days, values):
        t = np.asarray(days, dtype=float)
        y = np.asarray(values, dtype=float) - values[0]
        z = lambda a: np.concatenate([[0.0], np.cumsum(a)])
        self.t, self.tt, self.y, self.ty, self.yy = z(t), z(t * t), z(y), z(t * y), z(y * y)

    def __call__(self, a, b):
        m = b - a
        st, sy = self.t[b] - self.t[a], self.y[b] - self.y[a]
        stt = self.tt[b] - self.tt[a] - st * st / m
        sty = self.ty[b] - self.ty[a] - st * sy / m
        syy = self.yy[b] - self.yy[a] - sy * sy / m
        return max(0.0, syy - sty * sty / stt if stt > 0 else syy)


def optimal_partition(cost, n, pen, min_size=MIN_SIZE):
    """Exact optimal partitioning (no pruning), ties to the earliest start; the segment ends."""
    if n < 2 * min_size:
        return [n]
    best, prev = [math.inf] * (n + 1), [0] * (n + 1)
    best[0] = 0.0
    for s in range(min_size, n + 1):
        for a in [0] + list(range(min_size, s - min_size + 1)):
            if best[a] == math.inf:
                continue
            v = best[a] + cost(a, s) + (pen if a > 0 else 0)
            if v < best[s]:
                best[s], prev[s] = v, a
    ends, s = [], n
    while s > 0:
        ends.append(s)
        s = prev[s]
    return sorted(ends)


def global_line_variance(days, values):
    n = len(values)
    v = LinearCost(days, values)(0, n) / (n - 2)
    s2 = float(np.var(values, ddof=1))
    return max(v, 1e-10 * (s2 if s2 > 0 else 1.0))


def mad_second_differences_variance(values):
    d2 = np.diff(np.asarray(values, dtype=float), 2)
    s = 1.4826 * np.median(np.abs(d2 - np.median(d2)))
    v = s * s / 6
    return v if v > 0 and math.isfinite(v) else global_line_variance(list(range(len(values))), values)


VARIANTS = {
    "line σ̂², 4 (uptake)": lambda d, x: 4 * global_line_variance(d, x) * math.log(len(x)),
    "line σ̂², BIC 3": lambda d, x: 3 * global_line_variance(d, x) * math.log(len(x)),
    "MAD Δ², 4": lambda d, x: 4 * mad_second_differences_variance(x) * math.log(len(x)),
    "MAD Δ², BIC 3": lambda d, x: 3 * mad_second_differences_variance(x) * math.log(len(x)),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tcpd")
    parser.add_argument("--uptake", default=os.environ.get("UPTAKE", os.path.join(ROOT, ".build", "release", "uptake")))
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
            # What SeriesCost.defaultCost reads: every value a whole number ≥ 0 (TCPD's "type" differs on 1 series).
            counts = all(math.isnan(v) or (v >= 0 and v == round(v)) for v in values)
            row = {"dataset": name, "n": n, "type": kind, "counts": counts}
            for label, cost in [("gaussian", "gaussian"), ("linear", "linear"), ("default", None)]:
                found = clean(uptake(args.uptake, csv, cost), n)
                row[label] = {"cps": found, "f1": f1(annotations[name], found)[0]}
            days = [i for i, v in enumerate(values) if not math.isnan(v)]
            x = [values[i] for i in days]
            cost = LinearCost(days, x)
            for label, penalty in VARIANTS.items():
                ends = optimal_partition(cost, len(x), penalty(days, x))
                found = clean([days[e] for e in ends[:-1]], n)
                row[label] = {"cps": found, "f1": f1(annotations[name], found)[0]}
            rows.append(row)
            print(f"{name}: gaussian {row['gaussian']['cps']} linear {row['linear']['cps']}", file=sys.stderr)
    columns = ["gaussian", "linear", "default"] + list(VARIANTS)
    differ = [r["dataset"] for r in rows if r["linear"]["cps"] != r["line σ̂², 4 (uptake)"]["cps"]]
    print(f"uptake --cost linear against the exact optimum of the same penalty: {len(rows) - len(differ)} of "
          f"{len(rows)} series equal" + (f"; differ: {', '.join(differ)}" if differ else ""))
    print()
    print("| series | n | TCPD type | gaussian: changes | gaussian: F1 | linear: changes | linear: F1 | default: F1 | "
          + " | ".join(f"{v}: F1" for v in VARIANTS) + " |")
    print("|---|---|---|---|---|---|---|---|" + "---|" * len(VARIANTS))
    for r in rows:
        print(f"| {r['dataset']} | {r['n']} | {r['type']} | {' '.join(map(str, r['gaussian']['cps']))} | "
              f"{r['gaussian']['f1']:.3f} | {' '.join(map(str, r['linear']['cps']))} | **{r['linear']['f1']:.3f}** | "
              f"{r['default']['f1']:.3f} | " + " | ".join(f"{r[v]['f1']:.3f}" for v in VARIANTS) + " |")
    groups = [("mean (31)", rows), ("mean (30, TCPDBench's)", [r for r in rows if r["dataset"] != "uk_coal_employ"]),
              ("mean, 13 integer series", [r for r in rows if r["type"] == "int"]),
              ("mean, 18 other series", [r for r in rows if r["type"] != "int"]),
              ("mean, series of counts (whole numbers ≥ 0)", [r for r in rows if r["counts"]]),
              ("mean, series not counts", [r for r in rows if not r["counts"]])]
    means = {}
    for label, group in groups:
        means[label] = {c: float(np.mean([r[c]["f1"] for r in group])) for c in columns}
        means[label]["count"] = len(group)
        changes = {c: sum(len(r[c]["cps"]) for r in group) for c in columns}
        print(f"| **{label}** ({len(group)}) | | | {changes['gaussian']} | **{means[label]['gaussian']:.4f}** | "
              f"{changes['linear']} | **{means[label]['linear']:.4f}** | {means[label]['default']:.4f} | "
              + " | ".join(f"{means[label][v]:.4f} ({changes[v]})" for v in VARIANTS) + " |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"rows": rows, "means": means}, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    sys.exit(main())
