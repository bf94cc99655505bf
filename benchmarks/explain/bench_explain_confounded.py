#!/usr/bin/env python3
"""Accuracy of `uptake explain` on planted truth with confounders (issue 24; make_confounded.py).

For each event of truth.json, asks the event's question (`uptake explain ... --format json`) and scores:
- first: the cause ranked first equals `expected` (the planted cause, or `unexplained` when nothing
  recorded explains the event or nothing fell);
- decoy blamed: a decoy's cause (an incident logged in the window with no effect) ranked first, or
  cited as supporting evidence: scored 0.3 or more (the score at which the engine stops saying that
  nothing accounts for the fall) or ranked above the expected cause;
- sector reading (events with one): `uniform` when the checks carry a `uniform_fall` fact and no
  sector contributor is selected; a sector when that sector, and only it, is selected as a driver
  and no `uniform_fall` is said.
Prints a table per class and split, the three goals (planted cause first for explainable events,
`unexplained` first for the others, decoys blamed), and writes every answer to --out (JSON lines).

    python3 benchmarks/explain/bench_explain_confounded.py --uptake BIN --db DB --truth DIR/truth.json [--split test]
"""
import argparse, collections, json, subprocess, sys

SUPPORT = 0.3


def explain(args, q):
    out = subprocess.run([args.uptake, "explain", "--db", args.db, "--format", "json"] + q, capture_output=True, text=True)
    if out.returncode != 0:
        return None, out.stderr.strip()
    return json.loads(out.stdout), None


def sector_reading(answer):
    uniform = any(f.get("kind") == "uniform_fall" for f in answer.get("checks", []))
    selected = sorted(c["sector"] for c in answer.get("contributors", []) if c.get("dimension") == "sector" and c.get("selected"))
    if uniform and not selected: return "uniform"
    if len(selected) == 1 and not uniform: return selected[0]
    return "uniform+" + ",".join(selected) if uniform else ",".join(selected) or "none"


def score(e, answer):
    causes = [(c["cause"], c["score"]) for c in answer["causes"]]
    names = [c for c, _ in causes]
    first = names[0]
    rank_expected = names.index(e["expected"]) + 1 if e["expected"] in names else None
    blamed = []
    for d in e["decoys"]:
        if d == e["expected"] or d not in names: continue
        s = dict(causes)[d]
        r = names.index(d) + 1
        if r == 1 or s >= SUPPORT or (rank_expected is not None and r < rank_expected):
            blamed.append(d)
    reading = sector_reading(answer) if e.get("sector_reading") else None
    return {"first": first, "ok": first == e["expected"], "rank": rank_expected, "blamed": blamed,
            "reading": reading, "reading_ok": None if reading is None else reading == e["sector_reading"], "causes": causes[:4]}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--uptake", required=True)
    p.add_argument("--db", required=True)
    p.add_argument("--truth", required=True)
    p.add_argument("--split", choices=["train", "test", "all"], default="all")
    p.add_argument("--out", default=None, help="write every answer here (JSON lines)")
    p.add_argument("--misses", type=int, default=40)
    args = p.parse_args()
    events = [e for e in json.load(open(args.truth)) if args.split == "all" or e["split"] == args.split]
    log = open(args.out, "w") if args.out else None
    rows = collections.defaultdict(lambda: collections.Counter())
    misses = []
    for e in events:
        answer, err = explain(args, e["question"])
        keys = [(e["class"], e["split"]), (e["class"], "all"), ("explainable" if e["expected"] != "unexplained" else "unexplainable", e["split"]),
                ("explainable" if e["expected"] != "unexplained" else "unexplainable", "all")]
        if answer is None:
            for k in keys: rows[k]["n"] += 1; rows[k]["errors"] += 1
            misses.append((e["id"], "error: " + err[:200]))
            continue
        s = score(e, answer)
        for k in keys:
            r = rows[k]
            r["n"] += 1
            r["first"] += s["ok"]
            r["decoy_events"] += bool(e["decoys"])
            r["decoys"] += len([d for d in e["decoys"] if d != e["expected"]])
            r["blamed"] += len(s["blamed"])
            if s["reading_ok"] is not None:
                r["readings"] += 1
                r["reading_ok"] += s["reading_ok"]
        if not s["ok"] or s["blamed"] or s["reading_ok"] is False:
            misses.append((e["id"], f"{e['split']} first {s['first']} (expected {e['expected']} at rank {s['rank']}); "
                                    f"blamed {s['blamed']}; reading {s['reading']} (expected {e.get('sector_reading')}); "
                                    f"{[(c, round(x, 2)) for c, x in s['causes']]}; {e['note']}"))
        if log:
            log.write(json.dumps({"id": e["id"], "class": e["class"], "split": e["split"], "expected": e["expected"], "decoys": e["decoys"],
                                  "question": e["question"], "score": s, "answer": answer}, ensure_ascii=False) + "\n")
    print(f"events: {len(events)} ({args.split})")
    print(f"{'class':22} {'split':6} {'n':>4} {'first ok':>9} {'decoys blamed':>14} {'sector reading':>15} {'errors':>6}")
    order = sorted({k[0] for k in rows if k[0] not in ("explainable", "unexplainable")}) + ["explainable", "unexplainable"]
    for cls in order:
        for split in ("train", "test", "all"):
            r = rows.get((cls, split))
            if not r: continue
            reading = f"{r['reading_ok']}/{r['readings']}" if r["readings"] else "-"
            decoys = f"{r['blamed']}/{r['decoys']}" if r["decoys"] else "-"
            print(f"{cls:22} {split:6} {r['n']:4d} {r['first']:4d} {r['first'] / r['n']:4.2f} {decoys:>14} {reading:>15} {r['errors']:6d}")
    total_blamed = sum(r["blamed"] for (c, s), r in rows.items() if s == "all" and c not in ("explainable", "unexplainable"))
    total_decoys = sum(r["decoys"] for (c, s), r in rows.items() if s == "all" and c not in ("explainable", "unexplainable"))
    ex, un = rows[("explainable", "all")], rows[("unexplainable", "all")]
    print(f"goals: planted cause first {ex['first']}/{ex['n']} ({ex['first'] / max(1, ex['n']):.2f}, goal >= 0.90); "
          f"unexplained first {un['first']}/{un['n']} ({un['first'] / max(1, un['n']):.2f}, goal >= 0.80); "
          f"decoys blamed {total_blamed}/{total_decoys} (goal 0)")
    if misses:
        print(f"misses (first {args.misses}):")
        for m in misses[:args.misses]:
            print("  ", *m)


if __name__ == "__main__":
    sys.exit(main())
