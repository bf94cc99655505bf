import UptakeCore

/// Rolls the small communes of a rule with `roll_up` into their province (see ``AlertRollUpPolicy``):
/// a pure rewrite of the observations, before the evaluation.
///
/// A commune's active reading on a day when its expected volume is below `min_expected` leaves the
/// commune's own alert (it gets no reading that day: neither counts toward `for` nor resets it)
/// and counts toward the province's roll-up reading of that rule, sector and day, which is active
/// when at least `min_communes` communes count. Every (rule, province, sector, day) with a commune
/// observed gets a roll-up reading, so that the roll-up clears when its communes do.
public enum AlertRollUp {
    public static func apply(_ observations: [AlertObservation], rules: [String: AlertRule]) -> [AlertObservation] {
        guard rules.values.contains(where: { $0.rollUp != nil }) else { return observations }
        struct Key: Hashable { var rule: String; var province: String; var sector: Sector?; var day: Day }
        var out: [AlertObservation] = []
        out.reserveCapacity(observations.count)  // an observation is large: regrowing the array copied each several times
        var groups: [Key: (name: String, small: [AlertObservation], judged: Bool)] = [:]
        var order: [Key] = []
        for o in observations {
            guard o.level == .commune, let policy = rules[o.rule]?.rollUp, let province = o.province else { out.append(o); continue }
            let key = Key(rule: o.rule, province: province, sector: o.sector, day: o.day)
            if groups[key] == nil { order.append(key); groups[key] = (o.provinceName ?? "", [], true) }
            if o.reading == .active, (o.volume ?? 0) < policy.minExpected {
                groups[key]?.small.append(o)
            } else {
                out.append(o)
            }
        }
        for key in order {
            guard let g = groups[key], let policy = rules[key.rule]?.rollUp else { continue }
            let communes = g.small.sorted { $0.locality < $1.locality }.map {
                RolledUpCommune(code: $0.locality, name: $0.name, observed: $0.anomaly?.observed, expected: $0.anomaly?.expected, start: $0.anomaly?.start)
            }
            let active = communes.count >= policy.minCommunes
            var o = AlertObservation(rule: key.rule, locality: key.province, name: g.name, level: .province, province: key.province,
                                     sector: key.sector, day: key.day, reading: active ? .active : .inactive, value: Double(communes.count),
                                     rolledUp: active ? communes : [])
            o.isRollUp = true
            out.append(o)
        }
        return out
    }

    /// The communes listed, for the `communes` annotation: "Lương Tài (07412): 1 against 18 expected; …".
    static func listing(_ communes: [RolledUpCommune], rate: Bool) -> String {
        func shown(_ x: Double) -> String { rate ? String(format: "%.1f%%", x * 100) : String(format: "%.0f", x) }
        return communes.map { c in
            var s = "\(c.name) (\(c.code))"
            if let o = c.observed, let e = c.expected { s += ": \(shown(o)) against \(shown(e)) expected" }
            return s
        }.joined(separator: "; ")
    }
}

import Foundation
import UptakeStoreAPI
