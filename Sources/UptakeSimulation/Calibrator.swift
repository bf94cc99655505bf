import UptakeCore

/// The final deterministic adjustment that makes Hà Nội's July 2025 rates equal the published ones.
///
/// The model already puts Hà Nội near 32.7% online submission and 5.3% online results; this step
/// closes the last gap. It simulates Hà Nội alone (the result does not depend on other provinces),
/// scales each July row's `received_online` (and `resolved_online`) by the ratio target / total,
/// rounds, and settles the rounding residual one unit at a time in a seeded row order. Rows that
/// cannot return results online (unlinked civil-status software, a lapsed signature) stay at zero.
enum Calibrator {
    static func corrections(for generator: DatasetGenerator) -> [Int: DatasetGenerator.Correction] {
        let plan = generator.plan
        let targets = generator.targets
        let range = generator.configuration.range
        guard let p = plan.provinceIndex[CalibrationTargets.haNoi], generator.selected.contains(p) else { return [:] }
        let julyFirst = PlantedEvents.julyFirst, julyLast = PlantedEvents.julyLast
        guard range.first <= julyLast && range.last >= julyFirst else { return [:] }

        struct Row { var key: Int; var counts: RowCounts; var resultBlocked: Bool; var order: UInt64 }
        var rows: [Row] = []
        let civil = generator.sectors.firstIndex { $0.sector == .civilStatus }
        var order = SimulationRandom(seed: generator.configuration.seed, key: CalibrationTargets.haNoi, stream: "calibration")
        generator.simulate(communes: plan.provinces[p].communes, through: min(range.last, julyLast), applyCorrections: false) { day, c, s, n in
            guard day >= julyFirst else { return }
            let commune = plan.communes[c]
            let blocked = (s == civil && !commune.readiness.flag(.civilStatusLinked))
                || commune.effects.contains { if case .signatureLapse = $0.kind { $0.covers(day.number) } else { false } }
            rows.append(Row(key: DatasetGenerator.key(day: day.number, commune: c, sector: s), counts: n, resultBlocked: blocked, order: order.next()))
        }
        guard !rows.isEmpty else { return [:] }
        let shuffled = rows.indices.sorted { rows[$0].order < rows[$1].order }

        let online = adjust(rows.map { ($0.counts.receivedOnline, $0.counts.received, false) }, order: shuffled,
                            fraction: targets.haNoiOnlineSubmissionPercent / 100)
        let result = adjust(rows.map { ($0.counts.resolvedOnline, $0.counts.resolved, $0.resultBlocked) }, order: shuffled,
                            fraction: targets.haNoiOnlineResultPercent / 100)
        var out: [Int: DatasetGenerator.Correction] = [:]
        for i in rows.indices where online[i] != 0 || result[i] != 0 {
            out[rows[i].key] = DatasetGenerator.Correction(online: online[i], result: result[i])
        }
        return out
    }

    /// Deltas that bring Σ part to round(fraction × Σ whole) with 0 ≤ part ≤ whole per row.
    static func adjust(_ rows: [(part: Int, whole: Int, blocked: Bool)], order: [Int], fraction: Double) -> [Int] {
        let whole = rows.reduce(0) { $0 + $1.whole }
        let part = rows.reduce(0) { $0 + $1.part }
        let target = Int((fraction * Double(whole)).rounded(.toNearestOrEven))
        var new = rows.map(\.part)
        if part > 0 {
            let ratio = Double(target) / Double(part)
            for i in rows.indices where !rows[i].blocked {
                new[i] = min(rows[i].whole, Int((Double(rows[i].part) * ratio).rounded(.toNearestOrEven)))
            }
        }
        var residual = target - new.reduce(0, +)
        var progressed = true
        while residual != 0 && progressed {
            progressed = false
            for i in order where residual != 0 && !rows[i].blocked {
                if residual > 0 && new[i] < rows[i].whole { new[i] += 1; residual -= 1; progressed = true }
                else if residual < 0 && new[i] > 0 { new[i] -= 1; residual += 1; progressed = true }
            }
        }
        return rows.indices.map { new[$0] - rows[$0].part }
    }
}
