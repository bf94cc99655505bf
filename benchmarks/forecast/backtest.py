#!/usr/bin/env python3
"""Back-test of `uptake forecast` on the generated data (issue 26).

Holds out the last 60 days of `uptake generate`'s 2025-01-01..2025-10-31 (history to 2025-09-01,
forecast 2025-09-02..2025-10-31), forecasts every province and every commune with the release
binary, and reports on held-out working days:

- coverage: the share whose observed value lies inside the 95% interval (goal 88-99%);
- MASE: the forecast's mean absolute error over the in-sample mean absolute error of "same
  weekday last week" (y_d - y_{d-7} over the fitted window's working days whose d-7 was worked);
  goal < 1;
- the forecast's MAE against two naive forecasts of the same days: "same weekday last week"
  (each held-out working day gets the last history working day of its weekday) and statsmodels'
  seasonal naive, SARIMAX(order=(0,0,0), seasonal_order=(0,1,0,7)) fitted on the window's daily
  series, days off included (statsmodels has no seasonal-naive class; this seasonal random walk is
  it). For communes the same seasonal random walk is computed with numpy, checked equal to
  statsmodels' on every province first;
- speed: the wall time of `uptake forecast --level province` and `--level commune` (every unit,
  60 days, JSON written to a file), median of --repeat runs.

    python3 benchmarks/forecast/backtest.py --uptake .build-release/release/uptake --work /tmp/forecast-bench
"""
import argparse
import json
import pathlib
import platform
import statistics
import subprocess
import sys
import time
import warnings

import numpy as np
import pandas as pd
import statsmodels
from statsmodels.tsa.statespace.sarimax import SARIMAX

HISTORY_TO = "2025-09-01"
UNTIL = "2025-10-31"
WINDOW = 84
ROOT = pathlib.Path(__file__).resolve().parents[2]


def run(cmd, cwd, out=None):
    start = time.perf_counter()
    with open(out, "w") if out else subprocess.DEVNULL as sink:
        subprocess.run(cmd, cwd=cwd, check=True, stdout=sink)
    return time.perf_counter() - start


def prepare(uptake, work):
    work.mkdir(parents=True, exist_ok=True)
    if not (work / "uptake.sqlite").exists():
        run([uptake, "generate", "--out", "gen"], work)
        run([uptake, "init"], work)
        run([uptake, "ingest", "--units", "current", "gen/applications.csv"], work)


def history(work):
    """Daily received and received_online per commune and per province, from the generated CSV."""
    apps = pd.read_csv(work / "gen" / "applications.csv", usecols=["date", "locality", "received", "received_online"],
                       dtype={"locality": str})
    places = pd.read_csv(ROOT / "datasets" / "vn-localities-2025.csv", dtype={"code": str, "parent_code": str})
    parent = dict(zip(places.code, places.parent_code))
    communes = apps.groupby(["locality", "date"])[["received", "received_online"]].sum()
    apps["province"] = apps.locality.map(parent)
    provinces = apps.groupby(["province", "date"])[["received", "received_online"]].sum()
    return {"commune": communes, "province": provinces}


def naive_last_week(values, types, history_len):
    """For each day after the history: the last history working day of the same weekday."""
    out = []
    for k in range(len(values) - history_len):
        d = history_len + k
        j = d - 7
        while j >= history_len or (j >= 0 and types[j] != "working"):
            j -= 7
        out.append(values[j] if j >= 0 else np.nan)
    return np.array(out)


def seasonal_random_walk(window_values, steps):
    return np.array([window_values[len(window_values) - 7 + (k % 7)] for k in range(steps)])


def evaluate(metric, answer, series, check_statsmodels):
    rows = []
    for unit in answer["units"]:
        if unit.get("note"):
            rows.append({"code": unit["locality"], "fitted": False})
            continue
        days = unit["days"]
        frame = series.loc[unit["locality"]]
        dates = pd.date_range(pd.Timestamp(HISTORY_TO) - pd.Timedelta(days=WINDOW - 1), pd.Timestamp(UNTIL)).strftime("%Y-%m-%d")
        frame = frame.reindex(dates)
        if metric == "received":
            values = frame.received.to_numpy(float)
        else:
            values = (frame.received_online / frame.received.where(frame.received > 0)).to_numpy(float)
        # Day types: the window's from the working-day rule used by the forecast (its JSON gives the horizon's).
        types_h = [d["type"] for d in days]
        types_w = window_types(dates[:WINDOW])
        types = types_w + types_h
        obs = np.array([np.nan if d.get("observed") is None else d["observed"] for d in days])
        exp = np.array([np.nan if d.get("expected") is None else d["expected"] for d in days])
        low = np.array([np.nan if d.get("low") is None else d["low"] for d in days])
        high = np.array([np.nan if d.get("high") is None else d["high"] for d in days])
        working = np.array([t == "working" for t in types_h]) & ~np.isnan(obs) & ~np.isnan(exp)
        if working.sum() == 0:
            continue
        last_week = naive_last_week(values, types, WINDOW)
        window_values = np.nan_to_num(values[:WINDOW], nan=0.0)
        srw = seasonal_random_walk(window_values, len(days))
        if check_statsmodels:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fit = SARIMAX(window_values, order=(0, 0, 0), seasonal_order=(0, 1, 0, 7)).fit(disp=False)
            sm_forecast = fit.forecast(len(days))
            assert np.allclose(sm_forecast, srw, rtol=1e-9, atol=1e-9), f"{unit['locality']}: statsmodels' seasonal naive differs"
        # In-sample scale: working days of the window whose d-7 was also worked.
        pairs = [(d, d - 7) for d in range(7, WINDOW) if types[d] == "working" and types[d - 7] == "working"
                 and not np.isnan(values[d]) and not np.isnan(values[d - 7])]
        scale = np.mean([abs(values[a] - values[b]) for a, b in pairs]) if pairs else np.nan
        err = np.abs(obs - exp)[working]
        mae = err.mean()
        rows.append({"code": unit["locality"], "fitted": True, "days": int(working.sum()),
                     "covered": int(((obs >= low) & (obs <= high))[working].sum()),
                     "mae": mae, "mase": mae / scale if scale > 0 else np.nan,
                     "vs_last_week": mae / np.nanmean(np.abs(obs - last_week)[working]),
                     "vs_statsmodels": mae / np.mean(np.abs(obs - srw)[working]),
                     "level": np.nanmean(values[:WINDOW][[t == "working" for t in types_w]]) if metric == "received" else None})
    return pd.DataFrame(rows)


_types_cache = {}


def window_types(dates):
    """The window's day types, from a forecast of the window itself (same calendar, same rule)."""
    key = tuple(dates)
    if key not in _types_cache:
        raise RuntimeError("window types not loaded")
    return _types_cache[key]


def load_window_types(uptake, work):
    """Asks uptake for the window's day types: a forecast from the window's start covering it."""
    start = (pd.Timestamp(HISTORY_TO) - pd.Timedelta(days=WINDOW)).strftime("%Y-%m-%d")
    out = work / "types.json"
    run([uptake, "forecast", "--metric", "received", "--history-to", start, "--until", HISTORY_TO, "--format", "json"], work, out)
    days = json.loads(out.read_text())["units"][0]["days"]
    _types_cache[tuple(d["date"] for d in days)] = [d["type"] for d in days]


def summarise(frame, label):
    fitted = frame[frame.fitted]
    coverage = fitted.covered.sum() / fitted.days.sum()
    line = (f"| {label} | {len(fitted)}/{len(frame)} | {fitted.days.sum():,} | {coverage:.1%} | {fitted.mase.median():.2f} | "
            f"{(fitted.mase < 1).mean():.0%} | {fitted.vs_last_week.median():.2f} | {fitted.vs_statsmodels.median():.2f} |")
    return line


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--uptake", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    uptake = str(pathlib.Path(args.uptake).resolve())
    work = pathlib.Path(args.work)
    prepare(uptake, work)
    series = history(work)
    load_window_types(uptake, work)
    print(f"python {platform.python_version()}, numpy {np.__version__}, pandas {pd.__version__}, statsmodels {statsmodels.__version__}")
    print("| series | fitted | held-out working days | 95% coverage | median MASE | MASE < 1 | median MAE / same weekday last week | median MAE / statsmodels seasonal naive |")
    print("|---|---|---|---|---|---|---|---|")
    timings = []
    for metric in ["received", "online-submission"]:
        for level in ["province", "commune"]:
            out = work / f"forecast-{metric}-{level}.json"
            cmd = [uptake, "forecast", "--metric", metric, "--level", level, "--history-to", HISTORY_TO, "--until", UNTIL, "--format", "json"]
            seconds = [run(cmd, work, out) for _ in range(args.repeat)]
            answer = json.loads(out.read_text())
            timings.append((metric, level, len(answer["units"]), statistics.median(seconds), min(seconds), max(seconds)))
            frame = evaluate(metric, answer, series[level], check_statsmodels=(level == "province"))
            print(summarise(frame, f"{metric}, every {level}"))
            if level == "commune" and metric == "received":
                fitted = frame[frame.fitted]
                for name, lo, hi in [("under 10/day", 0, 10), ("10-50/day", 10, 50), ("50/day and more", 50, 1e12)]:
                    band = fitted[(fitted.level >= lo) & (fitted.level < hi)]
                    if len(band):
                        print(summarise(band.assign(fitted=True), f"  communes {name}"))
            frame.to_csv(work / f"backtest-{metric}-{level}.csv", index=False)
    print()
    print("| forecast | units | median s | min | max |")
    print("|---|---|---|---|---|")
    for metric, level, units, med, lo, hi in timings:
        print(f"| {metric}, every {level}, 60 days | {units:,} | {med:.2f} | {lo:.2f} | {hi:.2f} |")


if __name__ == "__main__":
    sys.exit(main())
