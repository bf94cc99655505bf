"""Summarises `uptake alerts backtest --format json` against truth.json: the issue's two goals
(planted drops alerted within 2 days; at most 1 notification per province per day), precision,
recall per kind of planted event, delays."""
import collections
import json
import sys

report = json.load(open(sys.argv[1]))
truth = {e["id"]: e for e in json.load(open(sys.argv[2]))}
score = report["score"]
print(f"episodes {len(report['episodes'])}, notifications {report['notifications']}, "
      f"max per province-day {report['max_notifications_per_province_day']} (goal <= 1)")
print(f"precision {score['precision'] or 0:.3f} ({score['episodes_matched']}/{score['episodes']} episodes match a planted event)")
if score.get("notification_precision") is not None:
    print(f"notifications on a planted event {score['notification_precision']:.3f} "
          f"({score['notifications_on_event']}/{report['notifications']}; goal >= 0.80)")
print(f"recall within {score['within_days']} days {score['recall'] or 0:.3f} ({score['events_caught']}/{score['events_scored']}); "
      f"median delay {score['median_delay_days']} days, max {score['max_delay_days']}")
by_kind = collections.defaultdict(lambda: [0, 0])
for d in score["detections"]:
    e = truth[d["id"]]
    key = f"{e['kind']}:{e['metric']}"
    by_kind[key][1] += 1
    if d.get("delay_days") is not None and d.get("delay_days") <= score["within_days"]:
        by_kind[key][0] += 1
for k, (c, n) in sorted(by_kind.items()):
    print(f"  {k}: {c}/{n} within {score['within_days']} days")
drops = [d for d in score["detections"] if truth[d["id"]]["kind"] == "drop"]
late = [f"{d['id']} ({'missed' if d.get('delay_days') is None else str(d.get('delay_days')) + ' d'})" for d in drops
        if d.get("delay_days") is None or d.get("delay_days") > score["within_days"]]
print(f"planted drops (kind drop) within {score['within_days']} days: {len(drops) - len(late)}/{len(drops)}"
      + (f"; late or missed: {', '.join(late)}" if late else ""))
unmatched = collections.Counter(e["rule"] for e in report["episodes"] if not e["matches"])
print("episodes matching no planted event, by rule:", dict(unmatched))
per_month = sorted(report["per_province_month"], key=lambda v: -v["notifications"])[:5]
print("busiest province-months:", ", ".join(f"{v['province']} {v['month']}: {v['notifications']}" for v in per_month))
