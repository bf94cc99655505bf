import UptakeCore

/// The readiness of one commune as of 31 July 2025.
struct CommuneReadiness: Sendable {
    var flags: [ReadinessCriterion: Bool]
    var colour: StatusColour

    func flag(_ c: ReadinessCriterion) -> Bool { flags[c] ?? true }
    var meetsBasic: Bool { ReadinessCriterion.basicRequirements.allSatisfy { flag($0) } }
    var lacksSignature: Bool { !flag(.digitalSignature) || !flag(.digitalCertificate) }
}

/// Assigns readiness so that the published counts hold exactly. National quotas are split among
/// provinces from the locality list alone (never from the province filter), and each province is
/// then filled in on its own, so `--provinces` reproduces the same rows.
enum ReadinessPlanner {
    static let basicOrder: [ReadinessCriterion] = ReadinessCriterion.basicRequirements

    /// Communes per province lacking each basic criterion: Hamilton apportionment of the national
    /// counts by commune count × a weakness weight.
    static func failureQuotas(provinces: [(code: String, communes: Int)], targets: CalibrationTargets) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for p in provinces { result[p.code] = basicOrder.map { _ in 0 } }
        for (ci, criterion) in basicOrder.enumerated() {
            let total = targets.criterionFalseCounts[criterion.rawValue] ?? 0
            let weights = provinces.map { Double($0.communes) * weakness($0.code, criterion: criterion, targets: targets) }
            for (code, q) in zip(provinces.map(\.code), apportion(total, weights: weights)) { result[code, default: [0, 0, 0, 0]][ci] = q }
        }
        return result
    }

    static func weakness(_ code: String, criterion: ReadinessCriterion, targets: CalibrationTargets) -> Double {
        let signature = criterion == .digitalSignature || criterion == .digitalCertificate
        if signature && targets.lackingSignatureProvinces.contains(code) { return 2.0 }
        if targets.atMost50Provinces.contains(code) { return 1.6 }
        if targets.allGreenProvinces.contains(code) { return 0.6 }
        return 1.0
    }

    /// Largest-remainder apportionment of `total` by `weights`; ties go to the earlier entry.
    static func apportion(_ total: Int, weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        let exact = weights.map { Double(total) * $0 / sum }
        var counts = exact.map { Int($0) }
        let order = exact.indices.sorted { (exact[$0] - Double(counts[$0]), -$0) > (exact[$1] - Double(counts[$1]), -$1) }
        for i in order.prefix(total - counts.reduce(0, +)) { counts[i] += 1 }
        return counts
    }

    /// How many of a province's `n` communes are green.
    static func greenCount(_ code: String, communes n: Int, seed: UInt64, targets: CalibrationTargets) -> Int {
        if let exact = targets.exactGreenCounts[code] { return min(exact, n) }
        let u = stableUnit(seed: seed, key: code, stream: "green-share")
        func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { max(lo, min(hi, v)) }
        if targets.allGreenProvinces.contains(code) { return n }
        if targets.above70Provinces.contains(code) {
            return clamp(Int((Double(n) * (0.73 + 0.22 * u)).rounded()), n * 7 / 10 + 1, n - 1)
        }
        if targets.above50Provinces.contains(code) {
            return clamp(Int((Double(n) * (0.52 + 0.17 * u)).rounded()), n / 2 + 1, n * 7 / 10)
        }
        return clamp(Int((Double(n) * (0.20 + 0.28 * u)).rounded()), 1, n / 2)
    }

    /// The readiness of a province's communes (in the order given), with `unlinked` communes'
    /// civil-status software not connected.
    static func plan(province: String, communes: [String], quotas: [Int], seed: UInt64,
                     targets: CalibrationTargets, unlinked: Set<String>) -> [CommuneReadiness] {
        let n = communes.count
        let order = communes.indices.sorted {
            (stableUnit(seed: seed, key: communes[$0], stream: "readiness-order"), communes[$0])
                < (stableUnit(seed: seed, key: communes[$1], stream: "readiness-order"), communes[$1])
        }
        var lacking = [ReadinessCriterion?](repeating: nil, count: n)
        var cursor = 0
        for (ci, criterion) in basicOrder.enumerated() {
            for _ in 0..<quotas[ci] where cursor < n {
                lacking[order[cursor]] = criterion
                cursor += 1
            }
        }
        var result: [CommuneReadiness] = []
        result.reserveCapacity(n)
        for (i, code) in communes.enumerated() {
            var flags: [ReadinessCriterion: Bool] = [:]
            for c in basicOrder { flags[c] = lacking[i] != c }
            func draw(_ stream: String, _ p: Double) -> Bool { stableUnit(seed: seed, key: code, stream: stream) < p }
            flags[.standardProcedures] = draw("standard-procedures", 0.80)
            flags[.guidance] = draw("guidance", 0.88)
            flags[.civilStatusLinked] = !unlinked.contains(code)
            result.append(CommuneReadiness(flags: flags, colour: .yellow))
        }
        // Green goes to the best-prepared communes first, with noise, so colour and readiness agree
        // loosely, as on the real map.
        let green = greenCount(province, communes: n, seed: seed, targets: targets)
        let score = communes.indices.map { i -> Double in
            stableUnit(seed: seed, key: communes[i], stream: "green") + (result[i].meetsBasic ? 0.6 : 0)
        }
        let byScore = communes.indices.sorted { (score[$0], communes[$1]) > (score[$1], communes[$0]) }
        for (rank, i) in byScore.enumerated() {
            if rank < green { result[i].colour = .green }
            else { result[i].colour = stableUnit(seed: seed, key: communes[i], stream: "red") < 0.3 ? .red : .yellow }
        }
        return result
    }
}
