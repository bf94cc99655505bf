import UptakeCore
import UptakeStoreAPI

/// A store seen in the units data were filed in before the reform (`--units pre-2025`): the 63 old
/// provinces and the 10,040 old communes, wards and island districts, each with its own rows as filed.
/// No allocation is involved: every row stays in its own unit. Every question asked with
/// `--units pre-2025` (``AnswerContext/inUnits(_:readingApplications:)``) reads this store, so a former
/// province such as Bình Dương (74) is followed up to its merger, with the crosswalk's names and parents.
///
/// The applications come from ``PreReformStore/preReformSums(periods:sectors:)`` (a daily series is
/// one period a day), readiness and incidents from the rows filed under old codes; nationwide
/// incidents count in both vintages.
struct PreReformUnitsStore: UptakeStore {
    let preReform: any PreReformStore
    let capabilities: StoreCapabilities
    private var units: OldUnits { .shared }

    /// `dataVersion`: the underlying store's, so a server keeps these answers as long as its others.
    init(preReform: any PreReformStore, dataVersion: (any DataVersioned)?) {
        self.preReform = preReform
        capabilities = StoreCapabilities(dataVersion: dataVersion)
    }

    func localities() async throws -> [Locality] { units.all }

    func applicationsSpan() async throws -> DayRange? { try await preReform.preReformSpan() }

    func sectors() async throws -> [Sector] { try await preReform.preReformSectors() }

    func sums(_ query: SumsQuery) async throws -> [UnitPeriodSums] {
        let selected = try units.resolve(query.units)
        let periods = query.range.periods(query.grain)
        let totals = try await summed(periods, into: selected, query.units, sectors: query.sectors)
        return selected.indices.flatMap { u in
            periods.indices.map { p in UnitPeriodSums(locality: selected[u], period: periods[p], sums: totals[u][p]) }
        }
    }

    /// As ``InMemoryStore`` builds them: `NaN` on a day without rows, with `bySector` one series per
    /// sector a unit has rows in.
    func dailySeries(_ query: SeriesQuery) async throws -> [DailySeries] {
        guard query.metric.hasDailySeries else { throw QueryError("\(query.metric.rawValue) has no daily series") }
        let selected = try units.resolve(query.units)
        let days = query.range.periods(.day)
        let sectors: [Sector?] = query.bySector ? try await preReform.preReformSectors().filter { query.sectors?.contains($0) ?? true } : [nil]
        var series: [[DailySeries]] = Array(repeating: [], count: selected.count)
        for sector in sectors {
            let totals = try await summed(days, into: selected, query.units, sectors: sector.map { [$0] } ?? query.sectors)
            for (u, unit) in selected.enumerated() where sector == nil || totals[u].contains(where: { $0.rows > 0 }) {
                var numerator = [Double](repeating: .nan, count: days.count)
                var denominator: [Double]? = query.metric.isRate ? numerator : nil
                for (d, sums) in totals[u].enumerated() where sums.rows > 0 {
                    guard let f = query.metric.fraction(sums) else { continue }
                    numerator[d] = Double(f.numerator)
                    denominator?[d] = Double(f.denominator ?? 0)
                }
                series[u].append(DailySeries(locality: unit, sector: sector, first: query.range.first, numerator: numerator, denominator: denominator))
            }
        }
        return series.flatMap { $0 }
    }

    /// The old provinces (all, or the one the scope names) and their old communes, with the values
    /// filed under their own codes; a divided unit's rows, copied to each part, count once. Rows filed
    /// under an old district that is not a unit of its own have no place here (they are read in
    /// today's units).
    func readiness(asOf day: Day?, scope: ReadinessScope) async throws -> [LocalityReadiness] {
        var parent: String?
        if case .province(let code) = scope {
            guard units.byCode[code]?.level == .province else { throw OldUnits.unknownProvince(code) }
            parent = code
        }
        let filed = Dictionary(try await preReform.preReformReadiness(asOf: day).map { ($0.code, $0.values) }, uniquingKeysWith: { a, _ in a })
        let places = units.provinces.filter { parent == nil || $0.code == parent } + units.communes.filter { parent == nil || $0.parentCode == parent }
        return places.map { LocalityReadiness(locality: $0, values: filed[$0.code] ?? [:]) }
    }

    func incidents(_ query: IncidentQuery) async throws -> [IncidentRecord] {
        if case .locality(let code, _) = query.scope, units.byCode[code] == nil { throw OldUnits.unknown(code) }
        return try await preReform.preReformIncidents(touching: query.range)
            .filter { query.matches($0, parentOf: { units.byCode[$0]?.parentCode }) }
            .sorted(by: IncidentRecord.chronological)
    }

    /// Each selected unit's sums per period: an old commune counts for itself, its old province and the nation.
    private func summed(_ periods: [DayRange], into selected: [Locality], _ selection: UnitSelection, sectors: [Sector]?) async throws -> [[CountSums]] {
        let unitOf = units.unitIndex(selected, selection)
        var totals = [[CountSums]](repeating: [CountSums](repeating: CountSums(), count: periods.count), count: selected.count)
        for old in try await preReform.preReformSums(periods: periods, sectors: sectors) {
            guard let u = unitOf[old.unit] else { continue }
            totals[u][old.period] += old.sums
        }
        return totals
    }
}

/// The old units as localities, built once from ``ReformCrosswalk/vietnam2025``.
struct OldUnits: Sendable {
    let provinces: [Locality]
    let communes: [Locality]
    let all: [Locality]
    let byCode: [String: Locality]
    private let crosswalk: ReformCrosswalk

    static let shared = OldUnits(ReformCrosswalk.vietnam2025)

    init(_ crosswalk: ReformCrosswalk) {
        self.crosswalk = crosswalk
        var names: [String: String] = [:]
        for u in crosswalk.units where names[u.provinceCode] == nil { names[u.provinceCode] = u.provinceName }
        provinces = names.keys.sorted().map { Locality(code: $0, parentCode: nil, level: .province, name: names[$0] ?? $0) }
        communes = crosswalk.units.sorted { $0.code < $1.code }.map { Locality(code: $0.code, parentCode: $0.provinceCode, level: .commune, name: $0.name) }
        all = (provinces + communes).sorted { $0.code < $1.code }
        byCode = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
    }

    func resolve(_ selection: UnitSelection) throws -> [Locality] {
        switch selection {
        case .nation: return [.nation]
        case .provinces: return provinces
        case .communes(let parent):
            if let parent, byCode[parent]?.level != .province { throw Self.unknownProvince(parent) }
            return communes.filter { parent == nil || $0.parentCode == parent }
        case .localities(let codes):
            return try codes.map { code in
                guard let unit = byCode[code] else { throw Self.unknown(code) }
                return unit
            }
        }
    }

    /// Which selected unit each crosswalk unit's rows count for, by the unit's index: itself when
    /// selected, else its old province when that is, else none (the nation: all of them).
    func unitIndex(_ selected: [Locality], _ selection: UnitSelection) -> [Int?] {
        if selection == .nation { return [Int?](repeating: 0, count: crosswalk.units.count) }
        let position = Dictionary(selected.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        return crosswalk.units.map { position[$0.code] ?? position[$0.provinceCode] }
    }

    static func unknownProvince(_ code: String) -> QueryError {
        QueryError("no pre-reform province has the code \"\(code)\"", hint: "give one of the 63 old provinces' 2-digit codes")
    }

    static func unknown(_ code: String) -> QueryError {
        QueryError("no pre-reform province or commune has the code \"\(code)\"",
                   hint: "give an old province's 2-digit code or an old commune's 5-digit code, as in datasets/vn-commune-crosswalk-2025.csv")
    }
}

extension AnswerContext {
    /// This context in `vintage`'s units: today's (itself) or the pre-reform ones as filed
    /// (``PreReformUnitsStore``). A database without pre-reform applications is refused when the
    /// question reads them (readiness alone does not).
    func inUnits(_ vintage: UnitVintage?, readingApplications: Bool = true) async throws -> AnswerContext {
        guard vintage == .pre2025 else { return self }
        guard let preReform = store.capabilities.preReform else {
            throw QueryError("this database keeps no data in pre-reform units", hint: "ask in today's units", code: .refused)
        }
        if readingApplications, try await preReform.preReformSpan() == nil {
            throw QueryError("the database holds no applications in pre-reform units", hint: "ingest a file of them first (dated up to 2025-06-30)", code: .notFound)
        }
        var copy = self
        copy.store = PreReformUnitsStore(preReform: preReform, dataVersion: store.capabilities.dataVersion)
        return copy
    }
}
