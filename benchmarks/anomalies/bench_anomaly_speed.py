#!/usr/bin/env python3
"""Speed benchmark of `uptake anomalies` (issue 11): every commune x sector daily series of a year
(3,321 communes x 12 sectors = 39,852 series x 365 days) scanned by the release CLI, against a
Python peer doing statsmodels STL (period 7, robust) plus a robust z-score of the residual
(median/MAD, |z| > 3.5) on the same series.

Uptake is timed as a whole CLI process (start, open the database, read the series, scan, fold
province events, attach incidents, write JSON to /dev/null). The peer is timed on its detection
alone: the series are exported once from the CSV with pandas (not timed) into a NumPy file, and a
separate process loads them and times only the loop over series (`time.perf_counter`). If
--subset N is given, the peer runs on N series drawn at random (seed 1) and its time is
extrapolated linearly to all series (STL's cost does not depend on the other series).
Runs alternate (uptake, peer, uptake, peer, ...); medians of --runs. Peak memory of the uptake
process is wait4's ru_maxrss (the same figure as `/usr/bin/time -v`'s "Maximum resident set size").

Usage: bench_anomaly_speed.py --applications nat/applications.csv --db nat.sqlite [--runs 3] [--subset 2000]
       bench_anomaly_speed.py --peer SERIES.npy --subset N      (internal: one timed peer run)"""
import argparse, json, os, resource, statistics, subprocess, sys, time
import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
UPTAKE = os.environ.get("UPTAKE", os.path.join(ROOT, ".build", "release", "uptake"))
UPTAKE_ARGS = ["anomalies", "--level", "commune", "--by-sector", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "json"]


def peer(path, subset):
    from statsmodels.tsa.seasonal import STL
    x = np.load(path)
    idx = np.arange(len(x))
    if subset and subset < len(x):
        idx = np.sort(np.random.default_rng(1).choice(len(x), subset, replace=False))
    flagged = 0
    t = time.perf_counter()
    for i in idx:
        y = x[i]
        r = STL(y, period=7, robust=True).fit().resid
        med = np.median(r)
        mad = 1.4826 * np.median(np.abs(r - med))
        z = (r - med) / mad if mad > 0 else np.zeros_like(r)
        flagged += int((np.abs(z) > 3.5).sum())
    el = time.perf_counter() - t
    print(json.dumps({"series": int(len(idx)), "total_series": int(len(x)), "seconds": el,
                      "extrapolated": el * len(x) / len(idx), "flagged_days": flagged}))


def export(applications, out):
    import pandas as pd
    df = pd.read_csv(applications, usecols=["date", "locality", "sector", "received"], dtype={"locality": str, "sector": str})
    wide = df.pivot_table(index=["locality", "sector"], columns="date", values="received", aggfunc="sum", fill_value=0)
    np.save(out, wide.to_numpy(dtype=np.float64))
    return wide.shape


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--applications")
    ap.add_argument("--db")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--subset", type=int, default=0, help="peer on N random series, extrapolated (0: all)")
    ap.add_argument("--peer")
    a = ap.parse_args()
    if a.peer:
        return peer(a.peer, a.subset)
    npy = os.path.splitext(a.applications)[0] + "-series.npy"
    if not os.path.exists(npy):
        t = time.perf_counter(); shape = export(a.applications, npy)
        print(f"exported {shape[0]:,} series x {shape[1]} days in {time.perf_counter() - t:.0f} s (not timed)", file=sys.stderr)
    n_series = len(np.load(npy, mmap_mode="r"))
    ut, pt, pe, rss, count = [], [], [], [], None
    for i in range(a.runs):
        t = time.perf_counter()
        p = subprocess.Popen([UPTAKE] + UPTAKE_ARGS + ["--db", a.db], stdout=subprocess.PIPE)
        out = p.stdout.read()
        _, status, usage = os.wait4(p.pid, 0)
        ut.append(time.perf_counter() - t)
        assert status == 0, "uptake anomalies failed"
        rss.append(usage.ru_maxrss / 1024)
        count = len(json.loads(out))
        r = json.loads(subprocess.run([sys.executable, __file__, "--peer", npy, "--subset", str(a.subset)],
                                      check=True, capture_output=True, text=True).stdout)
        pt.append(r["extrapolated"]); pe.append(r)
        print(f"run {i + 1}: uptake {ut[-1]:.2f} s ({rss[-1]:.0f} MiB, {count} anomalies); peer {r['seconds']:.1f} s on "
              f"{r['series']} series -> {r['extrapolated']:.1f} s for {r['total_series']}", file=sys.stderr)
    u, p_ = statistics.median(ut), statistics.median(pt)
    print(f"series: {n_series:,} x 365 days; runs: {a.runs}, alternating; peer on "
          f"{'all series' if not a.subset or a.subset >= n_series else f'{a.subset:,} random series, extrapolated linearly'}\n")
    print("| scan | uptake anomalies (CLI process) | Python STL + robust z (detection only) | ratio peer/uptake | uptake peak RSS |")
    print("|---|---|---|---|---|")
    print(f"| {n_series:,} commune × sector series, 2025 | {u:.2f} s | {p_:.0f} s | {p_ / u:.0f}× | {max(rss):.0f} MiB |")
    print(f"\nuptake runs: {', '.join(f'{x:.2f}' for x in ut)} s; peer runs: {', '.join(f'{x:.1f}' for x in pt)} s; "
          f"uptake anomalies found: {count}")


if __name__ == "__main__":
    main()
