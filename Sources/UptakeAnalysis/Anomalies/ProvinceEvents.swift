import Foundation
import UptakeCore

/// A province-wide portal outage shows as many communes dropping on the same day: such communes
/// are reported once, as a province event that lists them, instead of as a hundred commune anomalies.
enum ProvinceEvents {
    /// Communes of one province whose anomalies of one kind start on the same day fold into one
    /// event when there are at least `minimumCommunes` of them and they are at least `minimumShare`
    /// of the province's communes.
    static let minimumCommunes = 3
    static let minimumShare = 0.1

    /// Anomalies of one province, direction and sector whose starts lie within `window` days of the
    /// group's first start are one group; the event's kind is a level shift when most members are.
    static let window = 3

    static func fold(_ anomalies: [Anomaly], localities: [Locality]) -> ([Anomaly], Int) {
        var communesPerProvince: [String: Int] = [:]
        var provinces: [String: Locality] = [:]
        for l in localities {
            if l.level == .commune, let p = l.parentCode { communesPerProvince[p, default: 0] += 1 }
            if l.level == .province { provinces[l.code] = l }
        }
        struct Key: Hashable { var province: String; var direction: AnomalyDirection; var rate: Bool; var sector: Sector? }
        var byKey: [Key: [Int]] = [:]
        for (i, a) in anomalies.enumerated() where a.level == .commune {
            guard let p = a.province else { continue }
            let rate = a.kind == .rateDrop || a.kind == .rateRise
            byKey[Key(province: p, direction: a.direction, rate: rate, sector: a.sector), default: []].append(i)
        }
        var folded = Set<Int>()
        var events: [Anomaly] = []
        for (key, indices) in byKey.sorted(by: { $0.key.province < $1.key.province }) {
            // Greedy groups in start order: a group takes every anomaly starting within `window` days of its first.
            var pending = indices.sorted { anomalies[$0].start < anomalies[$1].start }
            while let first = pending.first {
                let members = pending.filter { anomalies[first].start.distance(to: anomalies[$0].start) <= window }
                pending.removeAll { members.contains($0) }
                // Communes, not anomalies, are counted: one commune can have two (a drop, then a level shift).
                let communes = Set(members.map { anomalies[$0].locality }).count
                guard communes >= minimumCommunes,
                      Double(communes) >= minimumShare * Double(communesPerProvince[key.province] ?? 0),
                      let province = provinces[key.province] else { continue }
                events.append(event(members.map { anomalies[$0] }, first: anomalies[first], province, key.sector))
                folded.formUnion(members)
            }
        }
        let kept = anomalies.indices.filter { !folded.contains($0) }.map { anomalies[$0] }
        return (kept + events, folded.count)
    }

    /// One event from `parts`, which start no earlier than `first` (the group's earliest).
    static func event(_ parts: [Anomaly], first: Anomaly, _ province: Locality, _ sector: Sector?) -> Anomaly {
        let shifts = parts.filter { $0.kind == .levelShift }.count
        var event = first
        if shifts * 2 >= parts.count, event.kind != .levelShift {
            event.kind = .levelShift
        } else if shifts * 2 < parts.count, event.kind == .levelShift {
            event.kind = parts.first { $0.kind != .levelShift }?.kind ?? event.kind
        }
        event.id = Anomaly.makeID(kind: event.kind, metric: event.metric.rawValue, locality: province.code, sector: sector, start: event.start)
        (event.locality, event.name, event.level, event.province) = (province.code, province.name, .province, nil)
        event.end = parts.map(\.end).max() ?? event.end
        let score = parts.reduce(0) { $0 + $1.score }
        (event.score, event.severity) = (score, AnomalySeverity(score: score))
        event.workingDays = parts.map(\.workingDays).max() ?? event.workingDays
        if !event.metric.isRate, parts.allSatisfy({ $0.kind == event.kind }) {
            let expected = parts.reduce(0) { $0 + ($1.expected ?? .nan) }
            (event.observed, event.expected) = (parts.reduce(0) { $0 + ($1.observed ?? .nan) }, expected.isFinite ? expected : nil)
            // The communes' intervals back to variances, summed: the sum's interval (normal approximation).
            let variances = parts.compactMap { a in zip2(a.low, a.high).map { pow(($0.1 - $0.0) / (2 * 1.959963984540054), 2) } }
            (event.low, event.high) = variances.count == parts.count && expected.isFinite
                ? SeriesScan.interval(mean: expected, variance: variances.reduce(0, +)) : (nil, nil)
        } else {
            // Members of different kinds measure different spans: their sums would mean nothing.
            (event.observed, event.expected, event.low, event.high) = (nil, nil, nil, nil)
        }
        event.pValue = parts.compactMap(\.pValue).min()
        event.members = Set(parts.map(\.locality)).sorted()
        event.incidents = []
        return event
    }
}

private func zip2(_ a: Double?, _ b: Double?) -> (Double, Double)? {
    guard let a, let b else { return nil }
    return (a, b)
}
