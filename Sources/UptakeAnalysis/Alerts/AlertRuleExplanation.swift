import UptakeCore
import UptakeStoreAPI

extension AlertRule {
    /// What the rule watches, in words.
    public var watchText: String {
        let w = watch
        let scope = w.provinces.map { " in province\($0.count == 1 ? "" : "s") \($0.joined(separator: ", "))" } ?? ""
        let level = w.level == .nation ? "the nation" : "every \(w.level.rawValue)"
        return "\(w.metric.rawValue) of \(level)\(scope)\(w.bySector ? ", each sector on its own" : "")"
    }

    /// The condition, in words.
    public var conditionText: String {
        var parts: [String] = []
        if condition.needsAnomalies {
            let m = condition.anomaly ?? AnomalyMatch()
            parts.append("an anomaly (\(m.kinds.map(\.rawValue).sorted().joined(separator: " or "))) of severity \(m.minSeverity.rawValue) or worse"
                + (m.minScore.map { " and score ≥ \($0.formatted())" } ?? "") + " covers the day")
        }
        if let d = condition.dropShare { parts.append("its observed count is at least \((d * 100).formatted())% below the expected") }
        if let r = condition.rateBelow { parts.append("the day's rate is below \((r * 100).formatted())%") }
        return parts.joined(separator: ", and ")
    }

    /// The whole rule in sentences: what `uptake alerts test` prints.
    public var explanation: String {
        var s = "Watches \(watchText). A judged day counts when \(conditionText). "
        s += forDays == 1 ? "Fires on the first such day" : "Pending from the first such day; fires after \(forDays) consecutive judged days"
        s += keepFiringForDays == 0 ? "; resolves on the first judged day without it." : "; keeps firing for \(keepFiringForDays) judged day\(keepFiringForDays == 1 ? "" : "s") after the condition clears."
        if let r = rollUp {
            s += " Communes expecting fewer than \(r.minExpected.formatted()) a working day are not alerted alone: they roll up into one alert of"
                + " their province, active on a day when at least \(r.minCommunes) of them are."
        }
        s += " Notifications are grouped by \(groupBy.joined(separator: ", "))"
        s += repeatIntervalDays.map { ", repeated every \($0) days while firing." } ?? ", once per firing and once on resolution."
        if !labels.isEmpty { s += " Labels: \(labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))." }
        return s
    }
}

extension InhibitRule {
    public var explanation: String {
        "While an alert matching \(source.map(\.description).joined(separator: ", ")) fires, alerts matching "
            + "\(target.map(\.description).joined(separator: ", ")) are not notified"
            + (equal.isEmpty ? "." : " when they share \(equal.joined(separator: ", ")).")
    }
}

import Foundation

extension AlertRoute {
    /// The routing tree in sentences, one per node (what `uptake alerts test` prints).
    public var explanation: [String] {
        lines(path: "every alert", inherited: AlertRoute.Destination(path: "0", receiver: receiver ?? "", groupBy: groupBy ?? ["alertname"],
                                                                     groupWaitDays: groupWaitDays ?? 0, groupIntervalDays: groupIntervalDays ?? 1))
    }

    func lines(path: String, inherited d: AlertRoute.Destination) -> [String] {
        let own = "\(path) goes to \(d.receiver), grouped by \(d.groupBy.joined(separator: ", ")) (group_wait \(d.groupWaitDays)d, group_interval \(d.groupIntervalDays)d)"
            + (routes.isEmpty ? "." : " unless a route below takes it.")
        return [own] + routes.enumerated().flatMap { i, child -> [String] in
            let next = AlertRoute.Destination(path: "\(d.path).\(i)", receiver: child.receiver ?? d.receiver, groupBy: child.groupBy ?? d.groupBy,
                                              groupWaitDays: child.groupWaitDays ?? d.groupWaitDays, groupIntervalDays: child.groupIntervalDays ?? d.groupIntervalDays)
            let what = "an alert matching \(child.matchers.map(\.description).joined(separator: ", "))" + (child.continueMatching ? " (and the routes after it)" : "")
            return child.lines(path: what, inherited: next)
        }
    }
}
