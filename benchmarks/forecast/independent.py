#!/usr/bin/env python3
"""Back-test of `uptake forecast` on series generated independently of Uptake's simulator (issue 26).

benchmarks/forecast/backtest.py scores the forecast on `uptake generate`'s data, whose day-off levels
the model's day types were chosen for. Here the series come from a different model, written here
and nowhere in Uptake:

- every commune of the ten provinces with the fewest (Lai Châu 12, Huế 46, Điện Biên 11, Quảng Ninh 22,
  Cao Bằng 04, Cà Mau 96, Lạng Sơn 20, Khánh Hòa 56, Hà Tĩnh 42, Sơn La 14: 571 communes), one row a
  day, 2025-01-01..2025-12-31, all sectors together; the provinces' series are their communes' sums;
- applications received: negative binomial (size k ~ U(4, 60): variance mu + mu^2/k) around
  mu = level x weekday x season x trend x shifts, with
  - level: log-normal, median 25 a working day (a third under 15, a tenth over 100);
  - weekday: Monday to Friday exp(a (d - 2) / 2 + N(0, 0.06)) normalised to mean 1, a ~ U(-0.3, 0.1)
    (most communes busiest early in the week, some flat); Saturday U(0.02, 0.4) and Sunday U(0, 0.05)
    of a weekday (some communes open on Saturday mornings); public holidays exactly 0 (Tết 25 Jan -
    2 Feb, 1 Jan, 7 Apr, 30 Apr - 2 May, 1-2 Sep 2025); Saturday 26 April, worked in exchange for 2 May,
    an average weekday (--no-worked-saturday leaves it an ordinary Saturday: data that disagree with
    the calendar);
  - season: 1 + A sin(2 pi (t - phase) / 365), A ~ U(0, 0.12);
  - trend: exp(b t / 365), b ~ N(0.05, 0.2) (a year's change from about -30% to +50%);
  - level shifts: one or two per commune on random days, each exp(N(0, 0.2)) (a reorganisation,
    a new service moved to the commune), so some fall inside a forecast's horizon;
- the online share: logistic(c0 + c1 t / 365 + a shift of N(0, 0.4) on a random day for half of the
  communes), c0 = logit(U(0.25, 0.75)), c1 ~ N(0.6, 0.4); each day's share Beta-distributed around it
  (intra-day correlation rho ~ U(0.005, 0.05)), received_online binomial within received.

Three forecast origins, each forecasting the 60 days after it from the 84 days before (the default
window): 2025-06-30 (July-August), 2025-08-31 (September-October, the National Day holiday inside),
2025-10-31 (November-December). Each unit's forecast (`--parent P` for communes, `--level province`
for the provinces: their sums) is scored on the held-out days the forecast calls working, as
backtest.py scores: coverage of the 95% interval (goal 88-99%), MASE (the forecast's MAE over the
in-sample MAE of "same weekday last week" on the window's working days; goal < 1), and the ratio of
the forecast's MAE to those of "same weekday last week" (each held-out working day gets the last
history working day of its weekday) and of statsmodels' seasonal naive (SARIMAX(order=(0,0,0),
seasonal_order=(0,1,0,7)) on the window's daily series; numpy's identical seasonal random walk for
the communes, checked equal to statsmodels' on every province first).

    python3 benchmarks/forecast/independent.py --uptake .build-release/release/uptake --work /tmp/forecast-independent [--seed 26] [--no-worked-saturday]
"""
import argparse
import csv
import datetime as dt
import json
import pathlib
import platform
import subprocess
import sys
import warnings

import numpy as np
import pandas as pd
import statsmodels
from statsmodels.tsa.statespace.sarimax import SARIMAX

ROOT = pathlib.Path(__file__).resolve().parents[2]
LOCALITIES = ROOT / "Sources" / "uptake" / "Resources" / "vn-localities-2025.csv"
PROVINCES = ["12", "46", "11", "22", "04", "96", "20", "56", "42", "14"]
FIRST, LAST = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
HOLIDAYS = ({dt.date(2025, 1, 1), dt.date(2025, 4, 7), dt.date(2025, 4, 30), dt.date(2025, 5, 1), dt.date(2025, 5, 2),
             dt.date(2025, 9, 1), dt.date(2025, 9, 2)} | {dt.date(2025, 1, 25) + dt.timedelta(i) for i in range(9)})
WORKED_SATURDAYS = {dt.date(2025, 4, 26)}
ORIGINS = [dt.date(2025, 6, 30), dt.date(2025, 8, 31), dt.date(2025, 10, 31)]
HORIZON, WINDOW = 60, 84


def generate(out, seed, worked_saturdays):
    """Writes applications.csv and truth.csv (the generating means) to `out`; returns the communes' provinces."""
    rng = np.random.default_rng(seed)
    rows = list(csv.DictReader(open(LOCALITIES, encoding="utf-8")))
    communes = [r["code"] for r in rows if r["level"] == "commune" and r["parent_code"] in PROVINCES]
    province = {r["code"]: r["parent_code"] for r in rows if r["level"] == "commune"}
    days = [FIRST + dt.timedelta(i) for i in range((LAST - FIRST).days + 1)]
    t = np.arange(len(days), dtype=float)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "applications.csv", "w", newline="") as f, open(out / "truth.csv", "w", newline="") as g:
        w, m = csv.writer(f), csv.writer(g)
        w.writerow(["date", "locality", "received", "received_online"])
        m.writerow(["date", "locality", "mu", "share"])
        for c in communes:
            level = float(np.exp(rng.normal(np.log(25), 0.9)))
            a = rng.uniform(-0.3, 0.1)
            week = np.exp(a * (np.arange(5) - 2) / 2 + rng.normal(0, 0.06, 5))
            week /= week.mean()
            saturday, sunday = rng.uniform(0.02, 0.4), rng.uniform(0, 0.05)
            day_factor = np.array([0.0 if d in HOLIDAYS else week[d.weekday()] if d.weekday() < 5 else 1.0 if d in worked_saturdays else
                                   saturday if d.weekday() == 5 else sunday for d in days])
            season = 1 + rng.uniform(0, 0.12) * np.sin(2 * np.pi * (t - rng.uniform(0, 365)) / 365)
            trend = np.exp(rng.normal(0.05, 0.2) * t / 365)
            shifts = np.ones(len(days))
            for _ in range(int(rng.integers(1, 3))):
                shifts[int(rng.integers(30, len(days))):] *= np.exp(rng.normal(0, 0.2))
            mu = level * day_factor * season * trend * shifts
            k = rng.uniform(4, 60)
            received = np.array([0 if x <= 0 else rng.negative_binomial(k, k / (k + x)) for x in mu])
            logit = np.log(p0 := rng.uniform(0.25, 0.75)) - np.log(1 - p0) + rng.normal(0.6, 0.4) * t / 365
            if rng.random() < 0.5:
                logit[int(rng.integers(30, len(days))):] += rng.normal(0, 0.4)
            share = 1 / (1 + np.exp(-logit))
            rho = rng.uniform(0.005, 0.05)
            daily_share = rng.beta(share * (1 / rho - 1), (1 - share) * (1 / rho - 1))
            online = rng.binomial(received, daily_share)
            for i, d in enumerate(days):
                w.writerow([d.isoformat(), c, int(received[i]), int(online[i])])
                m.writerow([d.isoformat(), c, f"{mu[i]:.6g}", f"{share[i]:.6g}"])
    return communes, province


def run(cmd, cwd, out=None):
    if out is None:
        subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
        return
    with open(out, "w") as sink:
        subprocess.run(cmd, cwd=cwd, check=True, stdout=sink)


def naive_last_week(values, working, history_len):
    """For each held-out day: the last history working day of the same weekday."""
    out = []
    for d in range(history_len, len(values)):
        j = d - 7
        while j >= history_len or (j >= 0 and not working[j]):
            j -= 7
        out.append(values[j] if j >= 0 else np.nan)
    return np.array(out)


def seasonal_random_walk(window_values, steps):
    return np.array([window_values[len(window_values) - 7 + (k % 7)] for k in range(steps)])


def score(unit, frame, metric, origin, check_statsmodels):
    """One unit's forecast against its held-out days, as backtest.py scores it."""
    days = unit["days"]
    dates = [(origin - dt.timedelta(WINDOW - 1) + dt.timedelta(i)).isoformat() for i in range(WINDOW + HORIZON)]
    f = frame.reindex(dates)
    values = (f.received.to_numpy(float) if metric == "received"
              else (f.received_online / f.received.where(f.received > 0)).to_numpy(float))
    # The window's working days by the generator's own calendar; the horizon's by the forecast's.
    working_w = [(dt.date.fromisoformat(d).weekday() < 5 or dt.date.fromisoformat(d) in WORKED_SATURDAYS) and dt.date.fromisoformat(d) not in HOLIDAYS
                 for d in dates[:WINDOW]]
    working_h = np.array([d["type"] == "working" for d in days])
    obs = np.array([np.nan if d.get("observed") is None else d["observed"] for d in days])
    exp = np.array([np.nan if d.get("expected") is None else d["expected"] for d in days])
    low = np.array([np.nan if d.get("low") is None else d["low"] for d in days])
    high = np.array([np.nan if d.get("high") is None else d["high"] for d in days])
    keep = working_h & ~np.isnan(obs) & ~np.isnan(exp)
    if keep.sum() == 0:
        return None
    working = working_w + list(working_h)
    last_week = naive_last_week(values, working, WINDOW)
    window_values = np.nan_to_num(values[:WINDOW], nan=0.0)
    srw = seasonal_random_walk(window_values, len(days))
    if check_statsmodels:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fit = SARIMAX(window_values, order=(0, 0, 0), seasonal_order=(0, 1, 0, 7)).fit(disp=False)
        assert np.allclose(fit.forecast(len(days)), srw, rtol=1e-9, atol=1e-9), f"{unit['locality']}: statsmodels' seasonal naive differs"
    pairs = [(d, d - 7) for d in range(7, WINDOW) if working[d] and working[d - 7] and not np.isnan(values[d]) and not np.isnan(values[d - 7])]
    scale = np.mean([abs(values[a] - values[b]) for a, b in pairs]) if pairs else np.nan
    mae = np.abs(obs - exp)[keep].mean()
    return {"code": unit["locality"], "origin": origin.isoformat(), "days": int(keep.sum()),
            "covered": int(((obs >= low) & (obs <= high))[keep].sum()),
            "mase": mae / scale if scale > 0 else np.nan,
            "vs_last_week": mae / np.nanmean(np.abs(obs - last_week)[keep]),
            "vs_statsmodels": mae / np.mean(np.abs(obs - srw)[keep]),
            "level": float(np.nanmean(values[:WINDOW][working_w])) if metric == "received" else None}


def summarise(frame, label):
    coverage = frame.covered.sum() / frame.days.sum()
    return (f"| {label} | {len(frame)} | {frame.days.sum():,} | {coverage:.1%} | {frame.mase.median():.2f} | "
            f"{(frame.mase < 1).mean():.0%} | {frame.vs_last_week.median():.2f} | {frame.vs_statsmodels.median():.2f} |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--uptake", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--seed", type=int, default=26)
    parser.add_argument("--no-worked-saturday", action="store_true", help="leave 26 April 2025 an ordinary Saturday in the data")
    args = parser.parse_args()
    uptake = str(pathlib.Path(args.uptake).resolve())
    work = pathlib.Path(args.work)
    if (work / "uptake.sqlite").exists():
        (work / "uptake.sqlite").unlink()
    communes, province = generate(work, args.seed, set() if args.no_worked_saturday else WORKED_SATURDAYS)
    run([uptake, "init"], work)
    run([uptake, "ingest", "--units", "current", "--progress", "none", "applications.csv"], work)
    apps = pd.read_csv(work / "applications.csv", dtype={"locality": str})
    series = {"commune": apps.groupby(["locality", "date"])[["received", "received_online"]].sum()}
    apps["province"] = apps.locality.map(province)
    series["province"] = apps.groupby(["province", "date"])[["received", "received_online"]].sum()
    print(f"{len(communes)} communes of {', '.join(PROVINCES)}, {FIRST}..{LAST}, seed {args.seed}"
          f"{', 26 April an ordinary Saturday' if args.no_worked_saturday else ''}; python {platform.python_version()}, "
          f"numpy {np.__version__}, pandas {pd.__version__}, statsmodels {statsmodels.__version__}")
    print("| series | unit forecasts scored | held-out working days | 95% coverage | median MASE | MASE < 1 | "
          "median MAE / same weekday last week | median MAE / statsmodels seasonal naive |")
    print("|---|---|---|---|---|---|---|---|")
    for metric in ["received", "online-submission"]:
        for level in ["province", "commune"]:
            scored, unfitted = [], 0
            for origin in ORIGINS:
                until = (origin + dt.timedelta(HORIZON)).isoformat()
                base = [uptake, "forecast", "--metric", metric, "--history-to", origin.isoformat(), "--until", until, "--format", "json"]
                asks = [base + ["--level", "province"]] if level == "province" else [base + ["--parent", p] for p in PROVINCES]
                for i, ask in enumerate(asks):
                    out = work / f"forecast-{metric}-{level}-{origin}-{i}.json"
                    run(ask, work, out)
                    for unit in json.loads(out.read_text())["units"]:
                        if unit["locality"] not in series[level].index.get_level_values(0):
                            continue  # a province outside the generated ones
                        if unit.get("note"):
                            unfitted += 1
                            continue
                        row = score(unit, series[level].loc[unit["locality"]], metric, origin, check_statsmodels=(level == "province"))
                        if row:
                            scored.append(row)
            frame = pd.DataFrame(scored)
            frame.to_csv(work / f"independent-{metric}-{level}.csv", index=False)
            print(summarise(frame, f"{metric}, {level}s" + (f" ({unfitted} not fitted)" if unfitted else "")))
            for origin in ORIGINS:
                print(summarise(frame[frame.origin == origin.isoformat()], f"  from {origin}"))
            if level == "commune" and metric == "received":
                for name, lo, hi in [("under 10/day", 0, 10), ("10-50/day", 10, 50), ("50/day and more", 50, 1e12)]:
                    band = frame[(frame.level >= lo) & (frame.level < hi)]
                    if len(band):
                        print(summarise(band, f"  communes {name}"))


if __name__ == "__main__":
    sys.exit(main())
