import NIOCore
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

/// What every endpoint reads: the store and the day the clock says (read per request, by the
/// caller's function, so the engine never reads a clock itself).
public struct EndpointEnvironment: Sendable {
    public var store: any UptakeStore
    public var alerts: any AlertStateStore
    public var today: @Sendable () -> Day
    /// The store's data version, when it has one: answers are then kept in `cache` until it changes.
    var versioned: (any DataVersioned)?
    let cache = ResponseCache()

    /// `endpoint`'s answer to `parameters`: kept from an earlier request when the data have not
    /// changed since, computed otherwise.
    func answer(_ endpoint: Endpoint, _ parameters: QueryParameters) async throws -> ByteBuffer {
        let compute = { @Sendable in ByteBuffer(string: try await endpoint.answer(parameters, self)) }
        guard let versioned else { return try await compute() }
        let key = ResponseCache.Key(endpoint: endpoint.name, parameters: parameters.normalised, today: today().number)
        return try await cache.answer(key, version: try await versioned.dataVersion(), compute: compute)
    }
}

/// One read endpoint of the JSON API: its path under /api/v1, the query parameters it takes (named as
/// the CLI command's options, and as openapi.yaml lists them) and what it answers: the very JSON the
/// command writes with `--format json`.
public struct Endpoint: Sendable {
    public let name: String
    public let parameters: [String]
    let answer: @Sendable (QueryParameters, EndpointEnvironment) async throws -> String

    public var path: String { "/api/v1/\(name)" }
}

/// The period and unit parameters most commands share, and the JSON text of results.
enum Shared {
    static let period = ["period", "as-of", "from", "to", "sector"]
    static let units = ["level", "locality", "parent"]

    static func periodQuery(_ p: QueryParameters) throws(QueryError) -> PeriodQuery {
        let query = PeriodQuery(period: p.string("period"), asOf: p.string("as-of"), from: p.string("from"), to: p.string("to"), sector: p.string("sector"))
        try query.validate(.query)
        return query
    }

    static func unitQuery(_ p: QueryParameters, default level: LocalityLevel = .province) throws(QueryError) -> UnitQuery {
        let query = UnitQuery(level: try p.value("level") ?? level, locality: p.string("locality"), parent: p.string("parent"))
        try query.validate(.query)
        return query
    }

    static func confidenceLike(_ name: String, _ p: QueryParameters, default value: Double, example: String) throws(QueryError) -> Double {
        let v = try p.double(name) ?? value
        guard v > 0, v < 1 else { throw QueryError("\(name) must lie strictly between 0 and 1, e.g. \(example)") }
        return v
    }

    /// A table as `--format json` streams it.
    static func json(_ table: Table) -> String {
        var text = ""
        table.write(.json) { text += $0 }
        return text
    }
}

extension Endpoint {
    /// Every read endpoint, in the order of the CLI's subcommands.
    public static let all: [Endpoint] = [localities, rates, trend, compare, anomalies, readiness, status, explain, alerts]

    static let localities = Endpoint(name: "localities", parameters: ["level", "parent", "search"]) { p, env in
        let level: LocalityLevel? = try p.value("level")
        let parent = p.string("parent")
        if parent != nil, let level, level != .commune {
            throw QueryError("parent lists communes: leave out level \(level.rawValue), or use level commune")
        }
        let all = try await env.store.localities()
        let list = try LocalityFilter(level: level, parent: parent, search: p.string("search")).apply(to: all)
        return Table(localities: list).render(.json)
    }

    static let rates = Endpoint(name: "rates", parameters: ["metric"] + Shared.units + Shared.period + ["by", "interval", "confidence", "rank"]) { p, env in
        let units = try Shared.unitQuery(p), days = try Shared.periodQuery(p)
        try days.validateAsOf(.query)
        let metric: Metric = try p.value("metric") ?? .onlineSubmission
        let by: RateBreakdownParameter = try p.value("by") ?? .range
        let rank = try p.flag("rank")
        let store = env.store
        let request = RateRequest(metric: metric, units: try await units.units(store), range: try await days.range(store, today: env.today),
                                  grain: Grain(rawValue: by.rawValue) ?? .range, sectors: try await days.checkedSectors(store, .query),
                                  confidence: try Shared.confidenceLike("confidence", p, default: 0.95, example: "0.95"),
                                  interval: try p.value("interval") ?? .wilson, rank: rank, calendar: .vietnam)
        let calculator = RateCalculator(store: store)
        let rows = by == .sector ? try await calculator.ratesBySector(request) : try await calculator.rates(request)
        return Shared.json(Table(rates: rows, metric: metric, ranked: rank, coverage: try await store.applicationsSpan()))
    }

    static let trend = Endpoint(name: "trend", parameters: ["metric", "locality"] + Shared.period + ["robust", "daily", "by"]) { p, env in
        let days = try Shared.periodQuery(p)
        try days.validateAsOf(.query)
        let daily = try p.flag("daily"), by: TrendBreakdownParameter? = try p.value("by")
        if daily, let by, by != .day { throw QueryError("give either daily or by \(by.rawValue), not both") }
        let store = env.store
        let range = try await days.rangeOrSpan(store, today: env.today)
        var code: String?
        if let locality = p.string("locality") { code = try LocalityLookup.find(locality, in: try await store.localities()).code }
        let request = TrendRequest(metric: try p.value("metric") ?? .onlineSubmission, locality: code, range: range,
                                   sectors: try await days.checkedSectors(store, .query), robust: try p.flag("robust"), calendar: .vietnam)
        if by == .sector {
            return TrendSectorReport(try await TrendAnalyzer(store: store).trendBySector(request), evidence: [], kinds: []).render(.json)
        }
        let result = try await TrendAnalyzer(store: store).trend(request)
        return TrendReport(result, daily: daily || by == .day, weekly: by == .week, evidence: [], kinds: []).render(.json)
    }

    static let compare = Endpoint(name: "compare", parameters: ["metric"] + Shared.units + Shared.period + ["baseline", "by", "alpha", "decompose", "top"]) { p, env in
        let units = try Shared.unitQuery(p), days = try Shared.periodQuery(p)
        let metric: Metric = try p.value("metric") ?? .onlineSubmission
        let by: CompareBreakdownParameter? = try p.value("by")
        let alpha = try Shared.confidenceLike("alpha", p, default: 0.05, example: "0.05")
        let decompose = try p.flag("decompose"), top = try p.int("top")
        if let top, top < 1 { throw QueryError("top must be at least 1") }
        let baseline = p.string("baseline")
        if let baseline, DayRange(periodOrRange: baseline) == nil, RelativePeriod(rawValue: baseline) == nil {
            throw QueryError("invalid baseline \"\(baseline)\": expected a period such as 2025-06, a range 2025-06-01..2025-06-30 or "
                             + RelativePeriod.allCases.map(\.rawValue).joined(separator: ", "))
        }
        try days.validateAsOf(.query, alsoRelative: baseline.flatMap(RelativePeriod.init(rawValue:)) != nil)
        if by == .commune, units.locality == nil { throw QueryError("by commune needs locality, the province whose communes to compare") }
        if by == .sector, decompose { throw QueryError("decompose splits one aggregate's change: leave out by sector, or give one sector") }
        let store = env.store
        var selection = try await units.units(store)
        if by == .commune, case .localities(let codes) = selection { selection = .communes(parentCode: codes[0]) }
        let baselineRange = baseline.flatMap { b in
            RelativePeriod(rawValue: b) != nil ? DayRange(period: b, asOf: days.asOf.flatMap { Day(iso: $0) } ?? env.today()) : DayRange(periodOrRange: b)
        }
        let request = ComparisonRequest(metric: metric, units: selection, current: try await days.range(store, today: env.today), baseline: baselineRange,
                                        sectors: try await days.checkedSectors(store, .query), calendar: .vietnam, alpha: alpha, decompose: decompose)
        try request.checkDecomposable(.query)
        let comparer = Comparer(store: store)
        var result = by == .sector ? try await comparer.compareBySector(request) : try await comparer.compare(request)
        if let top { result = result.top(top) }
        return ComparisonReport(result, evidence: [], kinds: []).render(.json)
    }

    static let anomalies = Endpoint(name: "anomalies", parameters: ["metric"] + Shared.units + Shared.period
                                    + ["by-sector", "direction", "method", "false-flags", "no-events"]) { p, env in
        let units = try Shared.unitQuery(p), days = try Shared.periodQuery(p)
        try days.validateAsOf(.query)
        let metric: Metric = try p.value("metric") ?? .received
        let method: DetectionMethod = try p.value("method") ?? .negativeBinomial
        let falseFlags = try p.double("false-flags"), noEvents = try p.flag("no-events")
        if let falseFlags {
            guard falseFlags > 0, falseFlags < 1000 else { throw QueryError("false-flags must lie between 0 and 1000, e.g. 0.1") }
            guard method == .negativeBinomial else { throw QueryError("false-flags sets nb's threshold: method \(method.rawValue) has its own") }
        }
        if noEvents, units.parent == nil, units.level != .commune {
            throw QueryError("no-events unfolds commune anomalies: it goes with level commune or parent")
        }
        if metric == .onlineSubmission766 { throw QueryError("online-submission-766 is a product of two rates: scan online-submission and sync") }
        if metric.isRate, method != .negativeBinomial { throw QueryError("method \(method.rawValue) judges counts: use a volume metric, or the default method for a rate") }
        let store = env.store
        let request = AnomalyRequest(metric: metric, units: try await units.units(store), range: try await days.range(store, today: env.today),
                                     sectors: try await days.checkedSectors(store, .query), bySector: try p.flag("by-sector"),
                                     direction: try p.value("direction") ?? .down, method: method,
                                     threshold: try DetectionThreshold(falseFlagsPerThousandSeriesDays: falseFlags ?? 0.1),
                                     calendar: .vietnam, foldProvinceEvents: !noEvents)
        return AnomalyListReport(try await AnomalyDetector(store: store).detect(request)).render(.json)
    }

    static let readiness = Endpoint(name: "readiness", parameters: ["as-of", "level", "parent", "criteria"]) { p, env in
        let asOf = p.string("as-of")
        if let asOf, Day(iso: asOf) == nil { throw QueryError("invalid as-of \"\(asOf)\": expected YYYY-MM-DD") }
        let level: LocalityLevel = try p.value("level") ?? .province
        if level == .nation { throw QueryError("level is province or commune for readiness (the national total comes with province)") }
        let criteria = try ReadinessCriterion.list(p.string("criteria"), parameter: ParameterSpelling.query("criteria"))
        let request = ReadinessRequest(asOf: asOf.flatMap { Day(iso: $0) }, level: level, parent: p.string("parent"), criteria: criteria)
        let report = try await ReadinessCalculator(store: env.store).report(request)
        return Table(readiness: report, level: level, everyCriterion: true).render(.json)
    }

    static let status = Endpoint(name: "status", parameters: ["level", "parent"] + Shared.period + ["alpha"]) { p, env in
        let days = try Shared.periodQuery(p)
        try days.validateAsOf(.query)
        let level: StatusLevelParameter = try p.value("level") ?? .province
        let alpha = try Shared.confidenceLike("alpha", p, default: 0.05, example: "0.05")
        let store = env.store
        var code: String?
        if let parent = p.string("parent") {
            let found = try LocalityLookup.find(parent, in: try await store.localities())
            guard found.level == .province else { throw QueryError("parent names a province: \(found.code) \(found.name) is a \(found.level.rawValue)") }
            code = found.code
        }
        let request = StatusRequest(level: level == .province ? .province : .commune, parent: code, range: try await days.range(store, today: env.today),
                                    sectors: try await days.checkedSectors(store, .query), alpha: alpha)
        return StatusReport(try await StatusAnalyzer(store: store).status(request)).render(.json)
    }

    static let explain = Endpoint(name: "explain", parameters: ["locality", "anomaly", "metric"] + Shared.period + ["baseline", "top"]) { p, env in
        let days = try Shared.periodQuery(p)
        let locality = p.string("locality"), anomaly = p.string("anomaly"), baseline = p.string("baseline")
        let metric: Metric? = try p.value("metric")
        let top = try p.int("top") ?? 10
        if anomaly != nil {
            if locality != nil || days.period != nil || days.from != nil || baseline != nil || metric != nil || days.sector != nil {
                throw QueryError("anomaly names its place, days and metric: leave out locality, period, from/to, baseline, metric and sector")
            }
        } else if locality == nil {
            throw QueryError("give locality (a code, a name or VN) or anomaly ID")
        }
        if let baseline, DayRange(periodOrRange: baseline) == nil {
            throw QueryError("invalid baseline \"\(baseline)\": expected a period such as 2025-06 or a range 2025-06-01..2025-06-30")
        }
        if metric == .onlineSubmission766 { throw QueryError("online-submission-766 is a product of two rates: explain online-submission and sync separately") }
        guard top >= 1 else { throw QueryError("top must be at least 1") }
        let store = env.store
        var request: ExplainRequest
        var anomalyID: String?
        if let anomaly {
            let found = try await AnomalyLookup(store: store).find(anomaly, calendar: .vietnam)
            request = ExplainRequest(anomaly: found, calendar: .vietnam, top: top)
            anomalyID = found.id
        } else {
            let code = try LocalityLookup.code(locality ?? "", in: try await store.localities())
            request = ExplainRequest(locality: code, window: try await days.range(store, today: env.today), baseline: baseline.flatMap(DayRange.init(periodOrRange:)),
                                     metric: metric ?? .onlineSubmission, sectors: try await days.checkedSectors(store, .query), calendar: .vietnam, top: top)
        }
        var explanation = try await Explainer(store: store).explain(request)
        explanation.anomaly = anomalyID
        return ExplanationReport(explanation).render(.json)
    }

    static let alerts = Endpoint(name: "alerts", parameters: ["all"]) { p, env in
        let book = try await env.alerts.alertBook()
        return AlertListReport(book: book, asOf: book.lastEvaluated, silenced: book.silencedOnLastEvaluatedDay, includeInactive: try p.flag("all")).render(.json)
    }
}

/// `rates by=…`, as the CLI's `--by`.
enum RateBreakdownParameter: String, CaseIterable { case day, week, month, quarter, year, range, sector }
/// `trend by=…`.
enum TrendBreakdownParameter: String, CaseIterable { case day, week, sector }
/// `compare by=…`.
enum CompareBreakdownParameter: String, CaseIterable { case commune, sector }
/// `status level=…`.
enum StatusLevelParameter: String, CaseIterable { case province, commune }
