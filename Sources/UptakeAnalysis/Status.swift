import GSLSupport
import UptakeCore
import UptakeStoreAPI

/// What `uptake status` asks: the reported map colour of each unit set beside its measured operation.
public struct StatusRequest: Sendable {
    /// `.province` (every province, or the one `parent`) or `.commune` (every commune, or those of `parent`).
    public var level: LocalityLevel
    public var parent: String?
    public var range: DayRange
    public var sectors: [Sector]?
    /// The false-discovery rate at which a rate is called significantly below the nation's.
    public var alpha: Double

    /// With rules, each unit's colour is also computed from its plan tasks (``TaskColourRules``).
    public var taskColours: TaskColourRules?
    /// The day the tasks are judged on (default: the range's last day).
    public var tasksAsOf: Day?

    public init(level: LocalityLevel = .province, parent: String? = nil, range: DayRange, sectors: [Sector]? = nil, alpha: Double = 0.05,
                taskColours: TaskColourRules? = nil, tasksAsOf: Day? = nil) {
        (self.level, self.parent, self.range, self.sectors, self.alpha) = (level, parent, range, sectors, alpha)
        (self.taskColours, self.tasksAsOf) = (taskColours, tasksAsOf)
    }
}

/// Why a unit's measured operation is poor.
public enum PoorOperation: String, Sendable, Codable, CaseIterable {
    /// Its online-submission rate is significantly below the nation's (q < alpha).
    case rateBelowNation = "rate_below_nation"
    /// Results were issued but none returned online (online-result numerator 0).
    case noResultsOnline = "no_results_online"
}

/// How the map colour and the measured operation agree.
public enum StatusAgreement: String, Sendable, Codable, CaseIterable {
    /// Green on the map, poor in operation.
    case greenButPoor = "green_but_poor"
    /// Yellow or red on the map, yet operating: not significantly below the nation, results online.
    case notGreenButOperating = "not_green_but_operating"
    /// Green and operating, or not green and poor.
    case agrees
    /// No `reported_status` on or before the period's end.
    case unreported
    /// No applications in the period: nothing measured.
    case noData = "no_data"
}

/// One unit: its map colour as of the period's end beside its measured online rates.
public struct StatusRow: Sendable, Equatable, Codable {
    public var locality: Locality
    /// For a commune: its province's code.
    public var provinceCode: String?
    /// The `reported_status` in force at the period's end.
    public var reportedStatus: StatusColour?
    /// For a province: its communes, and how many of them are green (the monitoring report's bands).
    public var communes: Int?
    public var greenCommunes: Int?
    public var received: Int64
    public var receivedOnline: Int64
    /// The online-result rate's numerator and denominator (results returned online, of results issued).
    public var resultsOnline: Int64
    public var results: Int64
    /// received_online ÷ received; `nil` without applications.
    public var onlineRate: Double?
    public var onlineResultRate: Double?
    /// One-sided: the evidence that the rate lies below the nation's, allowing for the spread between
    /// units (``FunnelComparison``'s adjusted z).
    public var pValue: Double?
    /// Benjamini–Hochberg q-value over every unit tested.
    public var qValue: Double?
    /// Empty when the unit operates; `nil` members never appear.
    public var poor: [PoorOperation]
    public var agreement: StatusAgreement
    /// With task colour rules: the colour the unit's tasks give (`nil`: it has no tasks), the
    /// counts behind it, and how the reported colour compares.
    public var computedStatus: StatusColour? = nil
    public var tasks: TaskCounts? = nil
    public var colourCheck: ColourCheck? = nil

    public var isPoor: Bool { !poor.isEmpty }
}

/// The counts a monitoring report quotes, over the units in scope.
public struct StatusCounts: Sendable, Equatable, Codable {
    public var units = 0
    public var green = 0, yellow = 0, red = 0, unreported = 0
    /// Units whose measured operation is poor, whatever their colour.
    public var poor = 0
    public var greenButPoor = 0
    public var notGreenButOperating = 0
    /// Provinces only: their communes in total and green, and the provinces with every commune green,
    /// more than 70% and more than 50% of their communes green (the report's bands).
    public var communes: Int?
    public var greenCommunes: Int?
    public var provincesAllCommunesGreen: Int?
    public var provincesOver70PercentGreen: Int?
    public var provincesOver50PercentGreen: Int?
}

/// The answer to a ``StatusRequest``.
public struct StatusResult: Sendable, Equatable {
    public var range: DayRange
    public var level: LocalityLevel
    public var alpha: Double
    /// The nation's online-submission rate over the range: the centre of the test.
    public var nationRate: Double
    /// τ̂², the between-unit variance of the rates allowed for (0: none beyond binomial).
    public var betweenUnitVariance: Double
    /// Green but poor first, then not green but operating, then the rest; each by code.
    public var rows: [StatusRow]
    public var counts: StatusCounts
    /// With task colour rules: the rules, the day the tasks were judged on, and the counts.
    public var taskRules: TaskColourRules? = nil
    public var tasksAsOf: Day? = nil
    public var computedCounts: ComputedColourCounts? = nil
}

/// Green on the map against measured operation.
///
/// A unit's measured operation is poor when its online-submission rate is significantly below the
/// nation's, or when it issued results but returned none online. The rate is tested one-sided as
/// `uptake lagging` does (``FunnelComparison``: Spiegelhalter's funnel with an additive between-unit
/// variance τ̂² estimated from winsorised z-scores across every unit of the level, centred here on the
/// nation's rate): units really differ, so a province is not called poor merely because 150,000
/// applications make any gap significant under a binomial, and one far below is, even among outliers
/// (a plain beta-binomial moment fit lets the outliers widen the spread until none is significant:
/// on the national dataset it flagged no province and no commune). Benjamini–Hochberg q-values over
/// every unit tested; poor means q < alpha.
///
/// ```swift
/// let status = try await StatusAnalyzer(store: store).status(StatusRequest(range: DayRange(period: "2025-07")!))
/// status.counts.greenButPoor   // green on the map, poor in operation
/// ```
public struct StatusAnalyzer: Sendable {
    public let store: any UptakeStore

    public init(store: any UptakeStore) { self.store = store }

    public func status(_ request: StatusRequest) async throws -> StatusResult {
        guard request.level == .province || request.level == .commune else {
            throw QueryError("status compares provinces or communes, not \(request.level.rawValue)", hint: "choose province or commune")
        }
        let units: UnitSelection = switch (request.level, request.parent) {
        case (.province, let parent?): .localities([parent])
        case (.province, nil): .provinces
        default: .communes(parentCode: request.parent)
        }
        let sums = try await store.sums(SumsQuery(units: units, range: request.range, grain: .range, sectors: request.sectors))
        let nation = try await store.sums(SumsQuery(units: .nation, range: request.range, grain: .range, sectors: request.sectors))
        guard let total = nation.first?.sums, total.received > 0 else {
            throw QueryError("no applications in \(request.range.label): nothing to measure", code: .notFound)
        }
        // The spread between units is estimated over every unit of the level, not only those shown.
        let peers = request.parent == nil ? sums
            : try await store.sums(SumsQuery(units: request.level == .province ? .provinces : .communes(parentCode: nil), range: request.range,
                                             grain: .range, sectors: request.sectors))
        let scope: ReadinessScope = request.parent.map { .province($0) } ?? .nation
        let readiness = try await store.readiness(asOf: request.range.last, scope: scope)
        let result = try StatusAnalyzer.assess(sums: sums, peers: peers.map(\.sums), nation: total, readiness: readiness, request: request)
        guard let rules = request.taskColours else { return result }
        guard let taskStore = store.capabilities.planTasks else {
            throw QueryError("this store keeps no plan tasks, so no colour can be computed", hint: "use a SQLite or PostgreSQL database", code: .invalidQuery)
        }
        let day = request.tasksAsOf ?? request.range.last
        return StatusAnalyzer.withComputedColours(result, records: try await taskStore.taskRecords(through: day),
                                                  localities: try await store.localities(), rules: rules, asOf: day)
    }

    /// The pure part: from each unit's sums, its peers' (for the spread), the nation's and the
    /// readiness states to the result.
    public static func assess(sums: [UnitPeriodSums], peers: [CountSums], nation: CountSums, readiness: [LocalityReadiness],
                              request: StatusRequest) throws -> StatusResult {
        let nationRate = Double(nation.receivedOnline) / Double(nation.received)
        let colours = Dictionary(readiness.compactMap { r -> (String, StatusColour)? in
            if case .colour(let c)? = r.values[.reportedStatus] { return (r.locality.code, c) }
            return nil
        }, uniquingKeysWith: { a, _ in a })
        // τ̂² from every unit of the level with applications (the peers), then each unit's adjusted z.
        let withData = peers.filter { $0.received > 0 }.map { UnitCount(successes: $0.receivedOnline, trials: $0.received) }
        let funnel = withData.count >= 2 && nationRate > 0 && nationRate < 1 ? try FunnelComparison.compare(withData, target: nationRate) : nil
        let tau2 = funnel?.betweenUnitVariance ?? 0
        var rows = sums.map { s -> StatusRow in
            let result = Metric.onlineResult.fraction(s.sums)
            var row = StatusRow(locality: s.locality, provinceCode: s.locality.level == .commune ? s.locality.parentCode : nil,
                                reportedStatus: colours[s.locality.code], received: s.sums.received, receivedOnline: s.sums.receivedOnline,
                                resultsOnline: result?.numerator ?? 0, results: result?.denominator ?? 0, poor: [], agreement: .noData)
            if s.sums.received > 0 {
                row.onlineRate = Double(s.sums.receivedOnline) / Double(s.sums.received)
                if funnel != nil {
                    let rate = Double(s.sums.receivedOnline) / Double(s.sums.received)
                    let z = (rate - nationRate) / (nationRate * (1 - nationRate) / Double(s.sums.received) + tau2).squareRoot()
                    row.pValue = Distributions.normalUpperTail(-z)
                }
            }
            if row.results > 0 { row.onlineResultRate = Double(row.resultsOnline) / Double(row.results) }
            return row
        }
        let tested = rows.indices.filter { rows[$0].pValue != nil }
        if !tested.isEmpty {
            let q = try MultipleTesting.benjaminiHochberg(tested.compactMap { rows[$0].pValue })
            for (k, i) in tested.enumerated() { rows[i].qValue = q[k] }
        }
        for i in rows.indices {
            if let q = rows[i].qValue, q < request.alpha, let rate = rows[i].onlineRate, rate < nationRate { rows[i].poor.append(.rateBelowNation) }
            if rows[i].results > 0, rows[i].resultsOnline == 0 { rows[i].poor.append(.noResultsOnline) }
            rows[i].agreement = agreement(rows[i])
        }
        var counts = StatusCounts()
        if request.level == .province {
            let communes = Dictionary(grouping: readiness.filter { $0.locality.level == .commune }) { $0.locality.parentCode ?? "" }
            for i in rows.indices {
                let mine = communes[rows[i].locality.code] ?? []
                rows[i].communes = mine.count
                rows[i].greenCommunes = mine.filter { colours[$0.locality.code] == .green }.count
            }
            counts.communes = rows.reduce(0) { $0 + ($1.communes ?? 0) }
            counts.greenCommunes = rows.reduce(0) { $0 + ($1.greenCommunes ?? 0) }
            func share(_ r: StatusRow) -> Double { (r.communes ?? 0) > 0 ? Double(r.greenCommunes ?? 0) / Double(r.communes ?? 1) : 0 }
            counts.provincesAllCommunesGreen = rows.filter { ($0.communes ?? 0) > 0 && share($0) == 1 }.count
            counts.provincesOver70PercentGreen = rows.filter { share($0) > 0.7 }.count
            counts.provincesOver50PercentGreen = rows.filter { share($0) > 0.5 }.count
        }
        for row in rows {
            counts.units += 1
            switch row.reportedStatus {
            case .green?: counts.green += 1
            case .yellow?: counts.yellow += 1
            case .red?: counts.red += 1
            case nil: counts.unreported += 1
            }
            if row.isPoor { counts.poor += 1 }
            if row.agreement == .greenButPoor { counts.greenButPoor += 1 }
            if row.agreement == .notGreenButOperating { counts.notGreenButOperating += 1 }
        }
        let order: [StatusAgreement: Int] = [.greenButPoor: 0, .notGreenButOperating: 1]
        rows.sort { (order[$0.agreement] ?? 2, $0.locality.code) < (order[$1.agreement] ?? 2, $1.locality.code) }
        return StatusResult(range: request.range, level: request.level, alpha: request.alpha, nationRate: nationRate,
                            betweenUnitVariance: tau2, rows: rows, counts: counts)
    }

    static func agreement(_ row: StatusRow) -> StatusAgreement {
        guard row.received > 0 else { return .noData }
        guard let colour = row.reportedStatus else { return .unreported }
        switch (colour == .green, row.isPoor) {
        case (true, true): return .greenButPoor
        case (false, false): return .notGreenButOperating
        default: return .agrees
        }
    }
}
