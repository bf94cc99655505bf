import UptakeCore

/// Today's simulated rows written in the units they would have been filed in before 1 July 2025:
/// each new commune's row for a day and sector is split among the pre-reform communes and wards
/// that went into it (``ReformCrosswalk/vietnam2025``).
///
/// Simulating today's communes throughout keeps the calibration (the July 2025 figures come from
/// the same model whatever the range), and the split loses nothing: summed back through the
/// crosswalk, the old rows give today's provinces exactly, and today's communes exactly wherever no
/// divided old unit went into them (``ReformFold``'s guarantees, checked by the tests).
///
/// The split is multinomial, item by item, so every old row keeps the contract's bounds: each of
/// the row's `received` applications goes to one old unit, with `received_online` and `synced`
/// drawn among them without replacement; the same for `resolved` with `resolved_online` and
/// `on_time`. Weights: an old unit that went whole weighs 1 in its new commune; one divided between
/// n new communes weighs 1/n in each (the crosswalk gives no share: the same equal shares folding
/// assumes). A commune formed from one old unit alone passes its row through unchanged. The stream
/// of a row is keyed by seed, new commune, day and sector, so a province's old rows are the same
/// whether it is generated alone or with the others.
struct PreReformSplit {
    let crosswalk: ReformCrosswalk
    let sectorCount: Int
    /// Per commune of the plan: the old units (indices into the crosswalk's units) that went into it.
    let contributors: [[Int]]
    /// Per commune: the running sums of the contributors' weights, the last one 1.
    let cumulative: [[Double]]
    /// Per commune: the seed its rows' streams are derived from.
    let seeds: [UInt64]
    /// The old units written, by code: every one with a part among `communes`.
    let outputUnits: [Int]
    /// The day being gathered: `[unit × sectorCount + sector]`.
    private var pending: [RowCounts]

    /// The split for the plan's communes (by code, in plan order); `output` the plan indices written.
    init(communeCodes: [String], output: [Int], sectorCount: Int, seed: UInt64) {
        let crosswalk = ReformCrosswalk.vietnam2025
        self.crosswalk = crosswalk
        self.sectorCount = sectorCount
        let planIndex = Dictionary(uniqueKeysWithValues: communeCodes.enumerated().map { ($1, $0) })
        var parts = [[(unit: Int, weight: Double)]](repeating: [], count: communeCodes.count)
        for (u, unit) in crosswalk.units.enumerated() {
            for code in unit.parts { if let c = planIndex[code] { parts[c].append((u, 1 / Double(unit.parts.count))) } }
        }
        contributors = parts.map { $0.map(\.unit) }
        cumulative = parts.map { list in
            let total = list.reduce(0) { $0 + $1.weight }
            var running = 0.0
            return list.map { running += $0.weight; return running / total }
        }
        seeds = communeCodes.map { SimulationRandom.streamSeed(seed: seed, key: $0, stream: "pre-reform-split") }
        let written = Set(output.flatMap { parts[$0].map(\.unit) })
        outputUnits = written.sorted { crosswalk.units[$0].code < crosswalk.units[$1].code }
        pending = Array(repeating: RowCounts(), count: crosswalk.units.count * sectorCount)
    }

    /// A commune no old unit went into: its rows would be lost before the reform.
    func isUncovered(_ commune: Int) -> Bool { contributors[commune].isEmpty }

    /// Adds one new commune's row of `day` to the old units' rows of that day.
    mutating func add(commune c: Int, day: Day, sector s: Int, _ n: RowCounts) {
        let units = contributors[c]
        if units.count == 1 { pending[units[0] * sectorCount + s].add(n); return }
        guard !units.isEmpty else { return }
        var rng = SimulationRandom(seed: SplitMix64.mix(seeds[c] &+ UInt64(truncatingIfNeeded: day.number &* 64 &+ s)))
        let weights = cumulative[c]
        func pick(_ u: Double) -> Int {
            var k = 0
            while k < weights.count - 1 && u >= weights[k] { k += 1 }
            return units[k] * sectorCount + s
        }
        var (left, online, synced) = (n.received, n.receivedOnline, n.synced)
        while left > 0 {
            let at = pick(rng.nextUnit())
            pending[at].received += 1
            if rng.next(below: left) < online { online -= 1; pending[at].receivedOnline += 1 }
            if rng.next(below: left) < synced { synced -= 1; pending[at].synced += 1 }
            left -= 1
        }
        var (resolvedLeft, resultOnline, onTime) = (n.resolved, n.resolvedOnline, n.onTime)
        while resolvedLeft > 0 {
            let at = pick(rng.nextUnit())
            pending[at].resolved += 1
            if rng.next(below: resolvedLeft) < resultOnline { resultOnline -= 1; pending[at].resolvedOnline += 1 }
            if rng.next(below: resolvedLeft) < onTime { onTime -= 1; pending[at].onTime += 1 }
            resolvedLeft -= 1
        }
    }

    /// Hands every written old unit's rows of the day gathered so far to `body` (unit index, sector,
    /// counts; by code, then sector), and starts the next day.
    mutating func endDay(_ body: (Int, Int, RowCounts) throws -> Void) rethrows {
        for u in outputUnits {
            for s in 0..<sectorCount {
                let i = u * sectorCount + s
                try body(u, s, pending[i])
                pending[i] = RowCounts()
            }
        }
    }
}

extension RowCounts {
    mutating func add(_ other: RowCounts) {
        received += other.received; receivedOnline += other.receivedOnline; resolved += other.resolved
        resolvedOnline += other.resolvedOnline; synced += other.synced; onTime += other.onTime
    }
}
