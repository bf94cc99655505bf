import UptakeCore

/// A planted change to a commune's daily model over an inclusive span of day numbers.
struct Effect: Sendable {
    enum Kind: Sendable {
        /// One-stop system down: almost nothing received, nothing resolved.
        case outage
        /// Receipts multiplied by the factor.
        case volume(Double)
        /// Public-service portal unstable: online share and sync rate fall.
        case portal
        /// Digital signature unusable: no result returned online.
        case signatureLapse
        /// Backlog after an outage: fewer results on time.
        case lateness
    }
    var first: Int
    var last: Int
    var kind: Kind
    func covers(_ day: Int) -> Bool { day >= first && day <= last }
}

/// The fixed parameters of one commune.
struct CommunePlan: Sendable {
    var code: String
    var province: Int
    /// Mean receipts on an ordinary Wednesday, all sectors together.
    var meanDaily: Double
    var onlineLogit: Double
    var resultShare: Double
    var syncRate: Double
    var onTimeRate: Double
    var readiness: CommuneReadiness
    var effects: [Effect] = []
    var inSample: Bool
}

struct ProvincePlan: Sendable {
    var code: String
    var name: String
    var isCity: Bool
    /// Indices into ``NationalPlan/communes``, in code order.
    var communes: [Int]
}

/// Everything fixed before the first day is simulated: parameters, readiness and planted events.
/// It is a function of the seed, the full locality list and the range only, never of the province
/// filter, so every province comes out the same whether generated alone or with the others.
struct NationalPlan: Sendable {
    var provinces: [ProvincePlan]
    /// Every commune, sorted by code: the output order within a day.
    var communes: [CommunePlan]
    var provinceIndex: [String: Int]
    var planted = PlantedEvents()

    init(localities: [Locality], seed: UInt64, range: DayRange, targets: CalibrationTargets,
         isHoliday: @escaping @Sendable (Day) -> Bool, plantEvents: Bool = true) throws {
        let provinceRows = localities.filter { $0.level == .province }.sorted { $0.code < $1.code }
        let communeRows = localities.filter { $0.level == .commune }.sorted { $0.code < $1.code }
        guard !communeRows.isEmpty else { throw SimulationError.noLocalities }
        var provinceIndex: [String: Int] = [:]
        var provinces: [ProvincePlan] = []
        for p in provinceRows {
            provinceIndex[p.code] = provinces.count
            provinces.append(ProvincePlan(code: p.code, name: p.name, isCity: p.unitType == "City", communes: []))
        }
        for c in communeRows where provinceIndex[c.parentCode ?? ""] == nil {
            // A commune whose province row is missing still gets a province of its own.
            let code = c.parentCode ?? "00"
            provinceIndex[code] = provinces.count
            provinces.append(ProvincePlan(code: code, name: code, isCity: false, communes: []))
        }
        // Every commune's province was given an index just above.
        for (i, c) in communeRows.enumerated() { if let p = provinceIndex[c.parentCode ?? "00"] { provinces[p].communes.append(i) } }
        self.provinces = provinces
        self.provinceIndex = provinceIndex

        let unlinked = PlantedEvents.unlinkedCommunes(provinces: provinces, codes: communeRows.map(\.code), seed: seed)
        let quotas = ReadinessPlanner.failureQuotas(provinces: provinces.map { ($0.code, $0.communes.count) }, targets: targets)
        var communes: [CommunePlan] = []
        communes.reserveCapacity(communeRows.count)
        var readiness = [CommuneReadiness?](repeating: nil, count: communeRows.count)
        for p in provinces {
            let codes = p.communes.map { communeRows[$0].code }
            let plan = ReadinessPlanner.plan(province: p.code, communes: codes, quotas: quotas[p.code] ?? ReadinessPlanner.basicOrder.map { _ in 0 },
                                             seed: seed, targets: targets, unlinked: unlinked)
            for (i, r) in zip(p.communes, plan) { readiness[i] = r }
        }
        for (i, c) in communeRows.enumerated() {
            guard let pi = provinceIndex[c.parentCode ?? "00"], let r = readiness[i] else {
                preconditionFailure("commune \(c.code) has a province and a readiness plan (both built above)")
            }
            communes.append(NationalPlan.commune(c, province: provinces[pi], index: pi, readiness: r, seed: seed))
        }
        self.communes = communes
        guard plantEvents else { return }
        self.planted = PlantedEvents.plant(into: &self, seed: seed, range: range, targets: targets, unlinked: unlinked, isHoliday: isHoliday)
    }

    /// The parameters of one commune: size from its unit type and province, habits from its
    /// province's level plus a commune effect.
    static func commune(_ c: Locality, province p: ProvincePlan, index: Int, readiness: CommuneReadiness, seed: UInt64) -> CommunePlan {
        var size: Double
        switch c.unitType {
        case "Ward": size = 46
        case "Commune": size = 24
        default: size = 10
        }
        if p.isCity { size *= 1.25 }
        if (p.code == CalibrationTargets.haNoi || p.code == CalibrationTargets.hoChiMinh) && c.unitType == "Ward" { size *= 1.5 }
        var rng = SimulationRandom(seed: seed, key: c.code, stream: "commune")
        size *= DeterministicMath.exp(0.35 * rng.nextNormal() - 0.06)
        let u = { (stream: String) in stableUnit(seed: seed, key: p.code, stream: stream) }
        let provinceOnline: Double
        let provinceResult: Double
        if p.code == CalibrationTargets.haNoi {
            provinceOnline = -0.64  // about 32.7% in July 2025 before the exact adjustment
            provinceResult = 0.062
        } else {
            let share = 0.42 + 0.30 * u("online-share")
            provinceOnline = DeterministicMath.log(share / (1 - share)) + 0.06
            provinceResult = 0.14 + 0.32 * u("result-share")
        }
        let lacking = readiness.lacksSignature ? 0.3 : 1.0
        return CommunePlan(
            code: c.code, province: index, meanDaily: size,
            onlineLogit: provinceOnline + 0.30 * rng.nextNormal(),
            resultShare: min(0.95, provinceResult * DeterministicMath.exp(0.2 * rng.nextNormal()) * lacking),
            syncRate: min(0.995, 0.86 + 0.11 * u("sync") + 0.02 * rng.nextNormal()),
            onTimeRate: min(0.995, 0.90 + 0.08 * u("on-time") + 0.015 * rng.nextNormal()),
            readiness: readiness, inSample: stableUnit(seed: 0, key: c.code, stream: "sample") < 0.1)
    }
}
