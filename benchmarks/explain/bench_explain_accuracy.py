#!/usr/bin/env python3
"""Accuracy of `uptake explain` on the planted events of the bundled dataset (issue 12).

For each planted event of DIR/truth.json, asks `uptake explain` the question an analyst would ask
about it and records where the planted cause ranks among the causes:

- one-stop outages (drop, a commune, 1-4 days): --from START --to END --metric received (a change
  against the 4 weeks before);
- Ho Chi Minh City's July fall (drop, province 79): --period 2025-07 --baseline 2025-06 --metric received;
- support staff reassigned (level_shift, communes of 40 from 18 August): the first 6 weeks against
  the 6 weeks before, --metric received;
- the portal's instability (rate_drop, province 75) and signature lapses (rate_drop, communes):
  --from START --to END against the 4 weeks before, --metric online-submission / online-result;
- civil-status software unlinked and signatures missing (low_outlier, communes, all year): the gap
  of --metric online-result to the nation in --period 2025-09 (readiness is reported from 1 July).

Null windows: communes with no planted event, a random working week between March and early October,
--metric received (a change): the right answer is `unexplained`.

Province-level check: Nghệ An (40) explained for 18 August - 30 September against the 6 weeks
before; the share of its top-k communes by contribution that were planted (k = planted count).

    python3 benchmarks/explain/bench_explain_accuracy.py --uptake .build/release/uptake --db national.sqlite --truth DIR/truth.json
"""
import argparse
import collections
import datetime as dt
import json
import random
import subprocess
import sys

PER_CAUSE = 40  # events sampled per (cause, kind) at most, seeded


def day(s):
    return dt.date.fromisoformat(s)


def explain(args, extra):
    cmd = [args.uptake, "explain", "--db", args.db, "--format", "json"] + extra
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        return None, out.stderr.strip()
    return json.loads(out.stdout), None


def question(e):
    s, t = day(e["start"]), day(e["end"])
    if e["kind"] == "drop" and e["locality"] == "79":
        return ["--locality", "79", "--period", "2025-07", "--baseline", "2025-06", "--metric", "received"]
    if e["kind"] == "drop":
        return ["--locality", e["locality"], "--from", e["start"], "--to", e["end"], "--metric", "received"]
    if e["kind"] == "level_shift":
        end = min(t, s + dt.timedelta(days=41))
        base = f"{s - dt.timedelta(days=42)}..{s - dt.timedelta(days=1)}"
        return ["--locality", e["locality"], "--from", e["start"], "--to", str(end), "--baseline", base, "--metric", "received"]
    if e["kind"] == "rate_drop":
        base = f"{s - dt.timedelta(days=28)}..{s - dt.timedelta(days=1)}"
        return ["--locality", e["locality"], "--from", e["start"], "--to", e["end"], "--baseline", base, "--metric", e["metric"]]
    return ["--locality", e["locality"], "--period", "2025-09", "--metric", e["metric"]]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--uptake", required=True)
    p.add_argument("--db", required=True)
    p.add_argument("--truth", required=True)
    p.add_argument("--nulls", type=int, default=40)
    p.add_argument("--per-cause", type=int, default=PER_CAUSE, help="events sampled per cause and kind at most")
    p.add_argument("--out", default=None, help="write every answer here (JSON lines)")
    args = p.parse_args()
    truth = json.load(open(args.truth))
    rng = random.Random(12)
    groups = collections.defaultdict(list)
    for e in truth:
        groups[(e["cause"], e["kind"])].append(e)
    sample = []
    for key in sorted(groups):
        events = sorted(groups[key], key=lambda e: e["id"])
        sample += events if len(events) <= args.per_cause else rng.sample(events, args.per_cause)
    log = open(args.out, "w") if args.out else None
    stats = collections.defaultdict(lambda: {"n": 0, "at1": 0, "at3": 0, "unexplained_first": 0, "errors": 0})
    misses = []
    for e in sample:
        answer, err = explain(args, question(e))
        for key in (e["cause"], "overall"):
            stats[key]["n"] += 1
        if answer is None:
            for key in (e["cause"], "overall"):
                stats[key]["errors"] += 1
            misses.append((e["id"], "error: " + err[:160]))
            continue
        causes = [c["cause"] for c in answer["causes"]]
        rank = causes.index(e["cause"]) + 1 if e["cause"] in causes else None
        for key in (e["cause"], "overall"):
            stats[key]["at1"] += rank == 1
            stats[key]["at3"] += rank is not None and rank <= 3
            stats[key]["unexplained_first"] += causes[0] == "unexplained"
        if rank != 1:
            misses.append((e["id"], f"rank {rank}: {causes[:3]}"))
        if log:
            log.write(json.dumps({"event": e["id"], "question": question(e), "causes": causes}) + "\n")
    # Null windows.
    planted = {e["locality"] for e in truth}
    communes = subprocess.run([args.uptake, "localities", "--db", args.db, "--level", "commune", "--format", "json"], capture_output=True, text=True)
    codes = sorted(r["code"] for r in json.loads(communes.stdout) if r["code"] not in planted)
    nulls = {"n": 0, "unexplained_first": 0, "errors": 0, "first": collections.Counter()}
    for _ in range(args.nulls):
        code = rng.choice(codes)
        start = dt.date(2025, 3, 3) + dt.timedelta(weeks=rng.randrange(0, 32))  # the data end in October
        answer, err = explain(args, ["--locality", code, "--from", str(start), "--to", str(start + dt.timedelta(days=4)), "--metric", "received"])
        nulls["n"] += 1
        if answer is None:
            nulls["errors"] += 1
            continue
        first = answer["causes"][0]["cause"]
        nulls["first"][first] += 1
        nulls["unexplained_first"] += first == "unexplained"
    # Province-level: Nghệ An's planted communes among its top contributors.
    shifted = {e["locality"] for e in truth if e["kind"] == "level_shift"}
    answer, err = explain(args, ["--locality", "40", "--from", "2025-08-18", "--to", "2025-09-30", "--baseline", "2025-07-07..2025-08-17",
                                 "--metric", "received", "--top", "200"])
    top_share = None
    if answer:
        ranked = [c["locality"] for c in answer["contributors"] if c["dimension"] == "locality"]
        k = len(shifted)
        top_share = len(set(ranked[:k]) & shifted) / k if k else None
    print(f"events sampled: {len(sample)} of {len(truth)} (at most {args.per_cause} per cause and kind, seed 12)")
    print(f"{'cause':28} {'n':>4} {'P@1':>6} {'P@3':>6} {'unexplained 1st':>16} {'errors':>7}")
    for key in sorted(k for k in stats if k != "overall") + ["overall"]:
        s = stats[key]
        print(f"{key:28} {s['n']:4d} {s['at1'] / s['n']:6.2f} {s['at3'] / s['n']:6.2f} {s['unexplained_first'] / s['n']:16.2f} {s['errors']:7d}")
    print(f"null windows: {nulls['n']}, unexplained first {nulls['unexplained_first']} ({nulls['unexplained_first'] / max(1, nulls['n']):.2f}); "
          f"first causes {dict(nulls['first'])}; errors {nulls['errors']}")
    print(f"Nghệ An (40), 18 Aug-30 Sep: planted communes among the top {len(shifted)} contributors: {top_share if top_share is None else round(top_share, 3)}")
    if misses:
        print("misses (first 25):")
        for m in misses[:25]:
            print("  ", *m)


if __name__ == "__main__":
    sys.exit(main())
