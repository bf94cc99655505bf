import UptakeCore

/// The deterministic national dataset: applications, incidents, readiness and the truth of what was
/// planted, all from a seed and the locality list.
///
/// ```swift
/// let localities = try LocalityTable.load(path: "datasets/vn-localities-2025.csv")
/// let config = SimulationConfiguration(seed: 2025, range: DayRange(period: "2025-07")!, provinces: ["01"])
/// let generator = try DatasetGenerator(localities: localities, configuration: config)
/// let rows = generator.applicationRecords()   // Hà Nội, July 2025
/// ```
///
/// Every random stream is keyed by seed, locality and stream name, and the only cross-row step (the
/// exact calibration of Hà Nội's July rates) stays inside Hà Nội, so a province's rows are the same
/// whether it is generated alone or with the others. Rows come in date, locality code, sector order.
public struct DatasetGenerator: Sendable {
    public let configuration: SimulationConfiguration
    public let targets: CalibrationTargets
    /// The sector profiles in output order (by name).
    public let sectors: [SectorProfile]
    let plan: NationalPlan
    /// Provinces generated, by index into the plan.
    let selected: [Int]
    let simulationStart: Day
    let days: DayFactors
    private(set) var corrections: [Int: Correction]

    struct Correction: Sendable { var online = 0, result = 0 }

    /// Plans the dataset. Throws ``SimulationError/unknownProvince(_:)`` for a code not in `localities`.
    public init(localities: [Locality], configuration: SimulationConfiguration, targets: CalibrationTargets = .kh02) throws {
        self.configuration = configuration
        self.targets = targets
        self.sectors = configuration.sectors.sorted { $0.sector < $1.sector }
        let plan = try NationalPlan(localities: localities, seed: configuration.seed, range: configuration.range,
                                    targets: targets, isHoliday: configuration.isHoliday,
                                    plantEvents: configuration.plantEvents)
        self.plan = plan
        if let wanted = configuration.provinces {
            for code in wanted where plan.provinceIndex[code] == nil { throw SimulationError.unknownProvince(code) }
            selected = plan.provinces.indices.filter { wanted.contains(plan.provinces[$0].code) }
        } else {
            selected = Array(plan.provinces.indices)
        }
        simulationStart = configuration.range.first.advanced(by: -SimulationConfiguration.burnInDays)
        days = DayFactors(first: simulationStart, last: configuration.range.last, isHoliday: configuration.isHoliday)
        corrections = [:]
        corrections = Calibrator.corrections(for: self)
    }

    /// The localities whose application rows are generated, in output order.
    public var communeCodes: [String] { outputCommunes.map { plan.communes[$0].code } }

    /// Commune indices written to the applications file, sorted by code.
    var outputCommunes: [Int] {
        let provinces = Set(selected)
        return plan.communes.indices.filter {
            provinces.contains(plan.communes[$0].province) && (configuration.scale == .communes || plan.communes[$0].inSample)
        }
    }

    static func key(day: Int, commune: Int, sector: Int) -> Int { (day << 24) | (commune << 6) | sector }

    /// Runs the model for `communes` (sorted by code) from the burn-in start through `last`, calling
    /// `visit` for each row on or after the range's first day, in output order, with corrections applied.
    func simulate(communes: [Int], through last: Day, applyCorrections: Bool = true,
                  progress: ((Day) -> Void)? = nil, visit: (Day, Int, Int, RowCounts) throws -> Void) rethrows {
        let seed = configuration.seed
        let nS = sectors.count
        var states: [SeriesState] = []
        states.reserveCapacity(communes.count * nS)
        for c in communes { for p in sectors { states.append(SeriesState(seed: seed, commune: plan.communes[c], profile: p)) } }
        let effects = communes.map { plan.communes[$0].effects }
        let provinceOf = communes.map { plan.communes[$0].province }
        let dayCount = simulationStart.distance(to: last) + 1
        var shocks: [Int: [Double]] = [:]
        for p in Set(provinceOf) {
            var rng = SimulationRandom(seed: seed, key: plan.provinces[p].code, stream: "daily-shock")
            shocks[p] = (0..<max(0, dayCount)).map { _ in DeterministicMath.exp(0.04 * rng.nextNormal() - 0.0008) }
        }
        let shockRows = provinceOf.map { shocks[$0] ?? [] }  // every province of provinceOf has its row (built just above)
        // Only Hà Nội's July rows can carry a correction: test that before hashing a key.
        let haNoi = plan.provinceIndex[CalibrationTargets.haNoi]
        let correctable = communes.map { applyCorrections && !corrections.isEmpty && plan.communes[$0].province == haNoi }
        let firstOutput = configuration.range.first
        for di in 0..<max(0, dayCount) {
            let day = simulationStart.advanced(by: di)
            let (volume, drain, trend) = (days.volume[di], days.drain[di], days.trend[di])
            let output = day >= firstOutput
            let julyDay = day >= PlantedEvents.julyFirst && day <= PlantedEvents.julyLast
            for k in communes.indices {
                let v = volume * shockRows[k][di]
                let base = k * nS
                let communeEffects = effects[k]
                let corrected = julyDay && correctable[k]
                for s in 0..<nS {
                    var counts = states[base + s].step(day: day.number, volume: v, drain: drain, trend: trend, effects: communeEffects)
                    guard output else { continue }
                    if corrected, let fix = corrections[DatasetGenerator.key(day: day.number, commune: communes[k], sector: s)] {
                        counts.receivedOnline += fix.online
                        counts.resolvedOnline += fix.result
                    }
                    try visit(day, communes[k], s, counts)
                }
            }
            if output { progress?(day) }
        }
    }

    /// Calls `body` with each application row in output order.
    public func forEachApplication(_ body: (ApplicationRecord) throws -> Void) rethrows {
        let sectorValues = sectors.map(\.sector)
        try simulate(communes: outputCommunes, through: configuration.range.last) { day, c, s, n in
            try body(ApplicationRecord(day: day, locality: plan.communes[c].code, sector: sectorValues[s], counts: ApplicationCounts(
                received: Int64(n.received), receivedOnline: Int64(n.receivedOnline), resolved: Int64(n.resolved),
                resolvedOnline: Int64(n.resolvedOnline), synced: Int64(n.synced), onTime: Int64(n.onTime))))
        }
    }

    /// Every application row, in output order. Meant for small ranges and province subsets.
    public func applicationRecords() -> [ApplicationRecord] {
        var rows: [ApplicationRecord] = []
        forEachApplication { rows.append($0) }
        return rows
    }

    /// The rows as the files hold them: with ``SimulationConfiguration/preReformUnits``, the days up
    /// to 30 June 2025 go to `preReform` keyed by the old communes' and wards' codes (by day, old code,
    /// sector; see ``PreReformSplit``) and the rest to `current`; otherwise every row goes to
    /// `current`, as ``forEachApplication(_:)`` gives it. (``forEachApplication(_:)`` always gives
    /// today's units: the model's own rows, which the old ones fold back to.)
    public func forEachApplicationAsFiled(current: (ApplicationRecord) throws -> Void,
                                          preReform: (ApplicationRecord) throws -> Void) throws {
        let sectorValues = sectors.map(\.sector)
        let oldUnits = ReformCrosswalk.vietnam2025.units
        func record(_ day: Day, _ code: String, _ s: Int, _ n: RowCounts) -> ApplicationRecord {
            ApplicationRecord(day: day, locality: code, sector: sectorValues[s], counts: ApplicationCounts(
                received: Int64(n.received), receivedOnline: Int64(n.receivedOnline), resolved: Int64(n.resolved),
                resolvedOnline: Int64(n.resolvedOnline), synced: Int64(n.synced), onTime: Int64(n.onTime)))
        }
        try simulateAsFiled(progress: nil, current: { day, c, s, n in try current(record(day, plan.communes[c].code, s, n)) },
                            preReform: { day, u, s, n in try preReform(record(day, oldUnits[u].code, s, n)) })
    }

    /// Runs the model once over the output communes: rows in today's units go to `current` (day,
    /// commune, sector, counts); with ``SimulationConfiguration/preReformUnits`` the days up to
    /// 30 June 2025 are split into the old units and handed to `preReform` (day, old unit's index in
    /// the crosswalk, sector, counts) when each day ends.
    func simulateAsFiled(progress: ((Day) -> Void)?, current: (Day, Int, Int, RowCounts) throws -> Void,
                         preReform: (Day, Int, Int, RowCounts) throws -> Void) throws {
        guard configuration.preReformUnits else {
            return try simulate(communes: outputCommunes, through: configuration.range.last, progress: progress, visit: current)
        }
        var split = PreReformSplit(communeCodes: plan.communes.map(\.code), output: outputCommunes,
                                   sectorCount: sectors.count, seed: configuration.seed)
        var gathering: Day?
        try simulate(communes: outputCommunes, through: configuration.range.last, progress: progress) { day, c, s, n in
            if day <= UnitVintage.lastPreReformDay {
                if let g = gathering, g != day { try split.endDay { try preReform(g, $0, $1, $2) } }
                gathering = day
                split.add(commune: c, day: day, sector: s, n)
            } else {
                if let g = gathering { try split.endDay { try preReform(g, $0, $1, $2) }; gathering = nil }
                try current(day, c, s, n)
            }
        }
        if let g = gathering { try split.endDay { try preReform(g, $0, $1, $2) } }
    }

    /// The pre-reform units written with ``SimulationConfiguration/preReformUnits``: every old
    /// commune or ward with a part among the output communes (0 without the option).
    public var preReformUnitCount: Int {
        guard configuration.preReformUnits, configuration.range.first <= UnitVintage.lastPreReformDay else { return 0 }
        let output = Set(outputCommunes.map { plan.communes[$0].code })
        return ReformCrosswalk.vietnam2025.units.filter { $0.parts.contains(where: output.contains) }.count
    }

    /// The planted events that overlap the range, for the generated provinces.
    public func truth() -> [TruthEvent] {
        let codes = Set(selected.map { plan.provinces[$0].code })
        return plan.planted.truth.filter { codes.contains($0.province) }.map(\.event)
    }

    /// Incident rows: the generated provinces' and the nationwide ones, by start date.
    public func incidents() -> [IncidentRecord] {
        let codes = Set(selected.map { plan.provinces[$0].code })
        return plan.planted.incidents.filter { $0.province.map(codes.contains) ?? true }.map(\.record)
    }

    /// The date of the readiness snapshot: 1 July 2025, when the new communes began.
    public static let readinessSnapshotDay = Day(valid: 2025, 7, 1)

    /// Readiness rows: a snapshot of every criterion for every commune (and `reported_status` for each
    /// province) on 1 July 2025, which holds on 31 July, then the planted changes inside the range.
    public func readiness() -> [ReadinessRecord] {
        var rows: [ReadinessRecord] = []
        let day = DatasetGenerator.readinessSnapshotDay
        let chosen = Set(selected)
        for p in selected.sorted(by: { plan.provinces[$0].code < plan.provinces[$1].code }) {
            rows.append(ReadinessRecord(day: day, locality: plan.provinces[p].code, criterion: .reportedStatus, value: .colour(.green)))
        }
        for c in plan.communes where chosen.contains(c.province) {
            for criterion in ReadinessCriterion.allCases where criterion != .reportedStatus {
                rows.append(ReadinessRecord(day: day, locality: c.code, criterion: criterion, value: .flag(c.readiness.flag(criterion))))
            }
            rows.append(ReadinessRecord(day: day, locality: c.code, criterion: .reportedStatus, value: .colour(c.readiness.colour)))
        }
        let codes = Set(selected.map { plan.provinces[$0].code })
        let updates = plan.planted.readinessUpdates.filter { codes.contains($0.province) }.map(\.record)
        return rows + updates.sorted { ($0.day, $0.locality) < ($1.day, $1.locality) }
    }
}
