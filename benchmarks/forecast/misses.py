#!/usr/bin/env python3
"""Which held-out days a forecast's 95% intervals miss, on independent.py's series (issue 26).

Reads what `independent.py --work DIR` left in DIR (the forecasts' JSON, applications.csv and the
generating truth.csv) and prints coverage of held-out working days split by what could explain a
miss:

- the communes' online share: whether the day's share was exactly 0 or 1 (a logit interval never
  holds either), the day's applications against the forecast's expected count, how far the true
  share's logit moved between the window's last four weeks and the day (a shift the window cannot
  know), the commune's volume, and which side the miss fell on;
- the provinces' volumes, per origin: the side of the miss, the true mean (the sum of the communes'
  generating means) over the forecast's expected value, and the week of the horizon.

    python3 benchmarks/forecast/misses.py --work /tmp/forecast-independent
"""
import argparse
import datetime as dt
import json
import pathlib
import sys

import numpy as np
import pandas as pd

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import independent as ind  # noqa: E402  (the generator's calendar and origins)


def forecast_days(work, metric, level):
    rows = []
    for origin in ind.ORIGINS:
        for path in sorted(work.glob(f"forecast-{metric}-{level}-{origin}-*.json")):
            for unit in json.loads(path.read_text())["units"]:
                if unit.get("note"):
                    continue
                for d in unit["days"]:
                    if d["type"] != "working" or d.get("observed") is None or d.get("expected") is None:
                        continue
                    rows.append({"code": unit["locality"], "origin": origin.isoformat(), "date": d["date"],
                                 "observed": d["observed"], "expected": d["expected"], "low": d["low"], "high": d["high"]})
    frame = pd.DataFrame(rows)
    frame["covered"] = (frame.observed >= frame.low) & (frame.observed <= frame.high)
    frame["side"] = np.where(frame.covered, "in", np.where(frame.observed > frame.high, "above", "below"))
    frame["week"] = [((dt.date.fromisoformat(d) - dt.date.fromisoformat(o)).days - 1) // 7 for d, o in zip(frame.date, frame.origin)]
    return frame


def markdown(frame):
    """A DataFrame as a Markdown table (pandas' to_markdown needs tabulate)."""
    cols = [frame.index.name or ""] + list(frame.columns)
    lines = ["| " + " | ".join(map(str, cols)) + " |", "|" + "---|" * len(cols)]
    for key, *row in frame.itertuples():
        cells = [f"{v:,}" if isinstance(v, (int, np.integer)) else f"{v:.3f}" for v in row]
        lines.append("| " + " | ".join([str(key)] + cells) + " |")
    return "\n".join(lines)


def table(frame, by, label):
    out = frame.groupby(by, observed=True).agg(days=("covered", "size"), coverage=("covered", "mean"),
                                               above=("side", lambda s: (s == "above").mean()),
                                               below=("side", lambda s: (s == "below").mean()))
    print(f"\n{label}\n")
    print(markdown(out))


def logit(p):
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    apps = pd.read_csv(work / "applications.csv", dtype={"locality": str}).set_index(["locality", "date"])
    truth = pd.read_csv(work / "truth.csv", dtype={"locality": str})

    share = forecast_days(work, "online-submission", "commune")
    share["received"] = apps.received.reindex(list(zip(share.code, share.date))).to_numpy(float)
    trials = forecast_days(work, "received", "commune").set_index(["code", "origin", "date"]).expected
    share["expected_received"] = trials.reindex(list(zip(share.code, share.origin, share.date))).to_numpy(float)
    t = truth.set_index(["locality", "date"]).share
    share["true_logit"] = logit(t.reindex(list(zip(share.code, share.date))).to_numpy(float))
    window_logit = {}
    for code, origin in share[["code", "origin"]].drop_duplicates().itertuples(index=False):
        o = dt.date.fromisoformat(origin)
        days = [(o - dt.timedelta(i)).isoformat() for i in range(28)]
        window_logit[(code, origin)] = logit(t.reindex([(code, d) for d in days]).to_numpy(float)).mean()
    share["moved"] = (share.true_logit - [window_logit[k] for k in zip(share.code, share.origin)]).abs()
    share["edge"] = np.where(share.observed == 0, "share 0", np.where(share.observed == 1, "share 1", "inside (0, 1)"))
    share["received_vs_expected"] = pd.cut(share.received / share.expected_received, [0, 0.5, 0.8, 1.25, 2, np.inf],
                                           labels=["< 0.5", "0.5-0.8", "0.8-1.25", "1.25-2", ">= 2"])
    share["moved_band"] = pd.cut(share.moved, [-0.01, 0.1, 0.2, 0.4, np.inf], labels=["< 0.1", "0.1-0.2", "0.2-0.4", ">= 0.4"])
    share["volume"] = pd.cut(share.expected_received, [0, 10, 25, 50, np.inf], labels=["< 10", "10-25", "25-50", ">= 50"])
    print(f"communes' online share: {len(share):,} held-out working days, coverage {share.covered.mean():.3f}")
    table(share, "edge", "by the day's share")
    stable = share[share.moved < 0.1]
    table(stable, "edge", "true logit moved < 0.1, by the day's share")
    table(stable, "volume", "true logit moved < 0.1, by the forecast's expected applications")
    table(stable, "received_vs_expected", "true logit moved < 0.1, by the day's applications over the expected")
    table(share, "moved_band", "by how far the true logit moved from the window's last four weeks")

    volume = forecast_days(work, "received", "province")
    places = pd.read_csv(ind.LOCALITIES, dtype={"code": str, "parent_code": str})
    parent = dict(zip(places.code, places.parent_code))
    truth["province"] = truth.locality.map(parent)
    mu = truth.groupby(["province", "date"]).mu.sum()
    volume["true_over_expected"] = mu.reindex(list(zip(volume.code, volume.date))).to_numpy(float) / volume.expected
    print(f"\nprovinces' volumes: {len(volume):,} held-out working days, coverage {volume.covered.mean():.3f}")
    table(volume, "origin", "by origin")
    for origin, g in volume.groupby("origin"):
        out = g.groupby("week").agg(days=("covered", "size"), coverage=("covered", "mean"),
                                    above=("side", lambda s: (s == "above").mean()),
                                    true_over_expected=("true_over_expected", "median"),
                                    half_width=("high", "size"))
        out["half_width"] = ((g.high - g.low) / 2 / g.expected).groupby(g.week).median()
        print(f"\nfrom {origin}, by week of the horizon (true mean over expected and the interval's half-width relative to the expected: medians)\n")
        print(markdown(out))


if __name__ == "__main__":
    sys.exit(main())
