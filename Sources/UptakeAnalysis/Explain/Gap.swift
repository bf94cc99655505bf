import UptakeCore
import UptakeStoreAPI

/// What `uptake gap` asks: one unit's rate against another's (or the nation's).
public struct GapRequest: Sendable {
    public var locality: String
    /// A locality's code, or `VN` for the nation.
    public var versus: String
    public var window: DayRange
    public var metric: Metric
    public var sectors: [Sector]?
    public var top: Int

    public init(locality: String, versus: String = Locality.nationCode, window: DayRange, metric: Metric = .onlineSubmission,
                sectors: [Sector]? = nil, top: Int = 10) {
        (self.locality, self.versus, self.window, self.metric, self.sectors, self.top) = (locality, versus, window, metric, sectors, top)
    }
}

/// A unit's rate against a reference's: the difference with its interval and test, the unit's
/// children costing most against the reference's rate, and the sectors (within + mix).
///
/// JSON keys: `locality`, `name`, `versus`, `versus_name`, `metric`, `start`, `end`, `numerator`,
/// `denominator`, `versus_numerator`, `versus_denominator`, `rate`, `versus_rate`, `difference`,
/// `low`, `high`, `statistic`, `p_value`, `summary`, `sentences`, `contributors`.
public struct GapResult: Sendable, Codable, Equatable {
    public var locality: String
    public var name: String
    public var versus: String
    public var versusName: String
    public var metric: Metric
    public var start: Day
    public var end: Day
    public var numerator: Int64
    public var denominator: Int64
    public var versusNumerator: Int64
    public var versusDenominator: Int64
    public var rate: Double
    public var versusRate: Double
    public var difference: Double
    /// Newcomb's 95% interval of the difference.
    public var low: Double
    public var high: Double
    public var statistic: Double
    public var pValue: Double
    /// The result in a sentence, filled where it is rendered (UptakeReport's `EvidenceWording`);
    /// empty from the analysis.
    public var summary: String
    /// "Thanh Xuân costs Hà Nội 0.74 points: …" for the costliest children, filled where rendered.
    public var sentences: [String]
    public var contributors: [Contributor]

    enum CodingKeys: String, CodingKey {
        case locality, name, versus
        case versusName = "versus_name"
        case metric, start, end, numerator, denominator
        case versusNumerator = "versus_numerator", versusDenominator = "versus_denominator"
        case rate
        case versusRate = "versus_rate"
        case difference, low, high, statistic
        case pValue = "p_value"
        case summary, sentences, contributors
    }
}

/// Computes ``GapResult``s.
public struct GapAnalyzer: Sendable {
    public let store: any UptakeStore

    public init(store: any UptakeStore) { self.store = store }

    public func gap(_ r: GapRequest) async throws -> GapResult {
        guard r.metric.isRate, r.metric.hasDailySeries else {
            throw QueryError("a gap compares rates; \(r.metric.rawValue) is \(r.metric.isRate ? "a product of two rates" : "a volume")",
                             hint: "choose online-submission, online-result, sync or on-time")
        }
        let all = try await store.localities()
        func find(_ code: String) throws -> Locality {
            if code == Locality.nationCode { return .nation }
            guard let l = all.first(where: { $0.code == code }) else { throw QueryError("unknown locality \"\(code)\"", code: .notFound) }
            return l
        }
        let unit = try find(r.locality), other = try find(r.versus)
        guard unit.code != other.code else { throw QueryError("a gap needs two different localities (both are \(unit.code))") }
        func selection(_ l: Locality) -> UnitSelection { l.level == .nation ? .nation : .localities([l.code]) }
        func sums(_ units: UnitSelection, _ sectors: [Sector]?) async throws -> [UnitPeriodSums] {
            try await store.sums(SumsQuery(units: units, range: r.window, grain: .range, sectors: sectors))
        }
        let u = try await sums(selection(unit), r.sectors).first?.sums ?? CountSums()
        let v = try await sums(selection(other), r.sectors).first?.sums ?? CountSums()
        guard let fu = r.metric.fraction(u), let fv = r.metric.fraction(v), let du = fu.denominator, let dv = fv.denominator, du > 0, dv > 0 else {
            throw QueryError("no \(Say.metricNoun(r.metric)) at \(du0(u, r.metric) ? other.name : unit.name) in \(Say.range(r.window))", code: .notFound)
        }
        let test = try TwoProportionDifference(fu.numerator, of: du, versus: fv.numerator, of: dv)
        var contributors: [Contributor] = []
        let childSelection: UnitSelection? = switch unit.level {
        case .nation: .provinces
        case .province: .communes(parentCode: unit.code)
        case .commune: nil
        }
        if let childSelection {
            let children = try await sums(childSelection, r.sectors)
            let names = Dictionary(children.map { ($0.locality.code, $0.locality.name) }, uniquingKeysWith: { a, _ in a })
            let gap = try RateGap(children.map { c in
                let f = r.metric.fraction(c.sums)
                return (id: c.locality.code, numerator: Double(f?.numerator ?? 0), denominator: Double(f?.denominator ?? 0))
            }, reference: test.rate2)
            for g in gap.contributions.prefix(r.top) {
                contributors.append(Contributor(dimension: .locality, locality: g.id, name: names[g.id], sector: nil, baseline: test.rate2, current: g.rate,
                                                contribution: g.points, share: g.share, shortfall: g.shortfall, surprise: nil, selected: nil))
            }
        }
        let sectors = try await store.sectors().filter { r.sectors?.contains($0) ?? true }
        if sectors.count > 1 {
            var items: [(id: String, baseline: RateCounts, current: RateCounts)] = []
            for s in sectors {
                let a = try await sums(selection(unit), [s]).first?.sums ?? CountSums(), b = try await sums(selection(other), [s]).first?.sums ?? CountSums()
                items.append((s.name, Where.counts(b, r.metric), Where.counts(a, r.metric)))
            }
            let parts = try RateChangeDecomposition(items)
            for (p, item) in zip(parts.contributions, items) {
                contributors.append(Contributor(dimension: .sector, locality: nil, name: nil, sector: Sector(p.id),
                                                baseline: item.baseline.denominator > 0 ? item.baseline.numerator / item.baseline.denominator : nil,
                                                current: item.current.denominator > 0 ? item.current.numerator / item.current.denominator : nil,
                                                contribution: p.total, share: parts.totalChange != 0 ? p.total / parts.totalChange : nil,
                                                shortfall: nil, surprise: nil, selected: nil))
            }
            let sectorRows = contributors.filter { $0.dimension == .sector }.sorted { $0.contribution < $1.contribution }
            contributors = contributors.filter { $0.dimension == .locality } + sectorRows
        }
        return GapResult(locality: unit.code, name: unit.name, versus: other.code, versusName: other.name, metric: r.metric, start: r.window.first, end: r.window.last,
                         numerator: fu.numerator, denominator: du, versusNumerator: fv.numerator, versusDenominator: dv, rate: test.rate1, versusRate: test.rate2,
                         difference: test.difference, low: test.low, high: test.high, statistic: test.statistic, pValue: test.pValue, summary: "",
                         sentences: [], contributors: contributors)
    }

    func du0(_ s: CountSums, _ m: Metric) -> Bool { (m.fraction(s)?.denominator ?? 0) > 0 }
}
