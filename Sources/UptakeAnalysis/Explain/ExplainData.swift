import UptakeCore
import UptakeStoreAPI

/// Everything an explanation reads from the store, read once.
struct ExplainData: Sendable {
    var unit: Locality
    var parent: Locality?
    var request: ExplainRequest
    var baseline: DayRange
    var window: CountSums
    var before: CountSums
    /// The nation's sums in the window (the reference of a gap, and of sector fingerprints).
    var nation: CountSums
    var sectorsWindow: [(Sector, CountSums)]
    var sectorsBefore: [(Sector, CountSums)]
    var nationSectors: [(Sector, CountSums)]
    /// Communes of a province, provinces of the nation; empty for a commune.
    var childrenWindow: [(Locality, CountSums)]
    var childrenBefore: [(Locality, CountSums)]
    /// The metric's daily series over baseline and window (numerator; denominator for a rate).
    var daily: DailySeries?
    var incidents: [IncidentRecord]
    /// The comparison group's daily series over baseline and window, summed (the other provinces
    /// for a province, the other communes of its province for a commune; `nil` for the nation).
    var peersDaily: DailySeries?
    var peerCount: Int
    /// Each commune's daily series (a province's communes, or a commune's siblings with itself),
    /// for readiness compared at the communes that changed against those that did not.
    var communesDaily: [String: DailySeries]
    /// The unit's daily series by sector.
    var sectorsDaily: [Sector: DailySeries]
    /// Readiness of the unit, its siblings (the communes of its province) or its communes, as of
    /// the window's last day and the baseline's.
    var readinessNow: [LocalityReadiness]
    var readinessBefore: [LocalityReadiness]
    /// Commune-level sums and readiness across the nation, for the regression (gap mode, rates).
    var nationalCommunes: [(Locality, CountSums)]
    var nationalReadiness: [LocalityReadiness]

    var metric: Metric { request.metric }
    var windowRange: DayRange { request.window }
    var workingDaysWindow: Int { max(1, request.calendar.workingDays(in: request.window)) }
    var workingDaysBefore: Int { max(1, request.calendar.workingDays(in: baseline)) }

    /// The metric over `s`: a rate, or applications per working day of `days`.
    func value(_ s: CountSums, workingDays: Int) -> Double? {
        guard let f = metric.fraction(s) else { return nil }
        if let d = f.denominator { return d > 0 ? Double(f.numerator) / Double(d) : nil }
        return Double(f.numerator) / Double(workingDays)
    }

    /// `memo`: the reads that a report's explanations share, kept between them; without it (one
    /// explanation) every read goes to the store.
    static func read(_ r: ExplainRequest, store: any UptakeStore, memo: ExplainMemo? = nil) async throws -> ExplainData {
        func readiness(asOf day: Day, scope: ReadinessScope) async throws -> [LocalityReadiness] {
            if let memo { return try await memo.readiness(asOf: day, scope: scope) }
            return try await store.readiness(asOf: day, scope: scope)
        }
        func sharedSums(_ units: UnitSelection, _ range: DayRange, _ sectors: [Sector]?) async throws -> [UnitPeriodSums] {
            let query = SumsQuery(units: units, range: range, grain: .range, sectors: sectors)
            if let memo { return try await memo.sums(query) }
            return try await store.sums(query)
        }
        func sharedSeries(_ query: SeriesQuery) async throws -> [DailySeries] {
            if let memo { return try await memo.dailySeries(query) }
            return try await store.dailySeries(query)
        }
        guard r.metric.hasDailySeries else {
            throw QueryError("\(r.metric.rawValue) is a product of two rates: explain online-submission and sync separately")
        }
        let all = try await store.localities()
        let byCode = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let unit: Locality
        if r.locality == Locality.nationCode { unit = .nation } else {
            guard let u = byCode[r.locality] else { throw QueryError("unknown locality \"\(r.locality)\"", code: .notFound) }
            unit = u
        }
        let selection: UnitSelection = unit.level == .nation ? .nation : .localities([unit.code])
        let baseline = r.effectiveBaseline
        let sectors: [Sector]
        if let chosen = r.sectors { sectors = chosen } else { sectors = try await store.sectors() }
        func sums(_ units: UnitSelection, _ range: DayRange, _ sectors: [Sector]?) async throws -> [UnitPeriodSums] {
            try await store.sums(SumsQuery(units: units, range: range, grain: .range, sectors: sectors))
        }
        let window = try await sums(selection, r.window, r.sectors).first?.sums ?? CountSums()
        guard window.rows > 0 else {
            throw QueryError("no applications at \(unit.name) (\(unit.code)) from \(r.window.first) to \(r.window.last)",
                             hint: "check the period; see what there is with",
                             next: NextStep("rates", parameters: [.init("locality", unit.code)]), code: .notFound)
        }
        let before = try await sums(selection, baseline, r.sectors).first?.sums ?? CountSums()
        let nation = try await sharedSums(.nation, r.window, r.sectors).first?.sums ?? CountSums()
        var sw: [(Sector, CountSums)] = [], sb: [(Sector, CountSums)] = [], ns: [(Sector, CountSums)] = []
        for s in sectors {
            sw.append((s, try await sums(selection, r.window, [s]).first?.sums ?? CountSums()))
            sb.append((s, try await sums(selection, baseline, [s]).first?.sums ?? CountSums()))
            ns.append((s, try await sharedSums(.nation, r.window, [s]).first?.sums ?? CountSums()))
        }
        let childSelection: UnitSelection? = switch unit.level {
        case .nation: .provinces
        case .province: .communes(parentCode: unit.code)
        case .commune: nil
        }
        var cw: [(Locality, CountSums)] = [], cb: [(Locality, CountSums)] = []
        if let childSelection {
            cw = try await sums(childSelection, r.window, r.sectors).map { ($0.locality, $0.sums) }
            cb = try await sums(childSelection, baseline, r.sectors).map { ($0.locality, $0.sums) }
        }
        let span = DayRange(first: baseline.first, last: r.window.last)
        let daily = try await store.dailySeries(SeriesQuery(metric: r.metric, units: selection, range: span, sectors: r.sectors)).first
        var peersDaily: DailySeries?, peerCount = 0, communesDaily: [String: DailySeries] = [:]
        let peerSelection: UnitSelection? = switch unit.level {
        case .nation: nil
        case .province: .provinces
        case .commune: unit.parentCode.map { .communes(parentCode: $0) }
        }
        if let peerSelection {
            let all = try await sharedSeries(SeriesQuery(metric: r.metric, units: peerSelection, range: span, sectors: r.sectors))
            // A peer with no data over these days is no peer: "the other 62 provinces" when 2 have data would overstate the comparison.
            let others = all.filter { $0.locality.code != unit.code && $0.numerator.contains(where: \.isFinite) }
            peerCount = others.count
            peersDaily = DailySeries.summed(others)
            if unit.level == .commune { communesDaily = Dictionary(all.map { ($0.locality.code, $0) }, uniquingKeysWith: { a, _ in a }) }
        }
        if unit.level == .province {
            let communes = try await sharedSeries(SeriesQuery(metric: r.metric, units: .communes(parentCode: unit.code), range: span, sectors: r.sectors))
            communesDaily = Dictionary(communes.map { ($0.locality.code, $0) }, uniquingKeysWith: { a, _ in a })
        }
        var sectorsDaily: [Sector: DailySeries] = [:]
        if sectors.count > 1 {
            for s in try await store.dailySeries(SeriesQuery(metric: r.metric, units: selection, range: span, sectors: r.sectors, bySector: true)) {
                if let sector = s.sector { sectorsDaily[sector] = s }
            }
        }
        let incidentScope: IncidentQuery.Scope = unit.level == .nation ? .everywhere : .locality(unit.code, descendants: unit.level == .province)
        let incidents = try await store.incidents(IncidentQuery(scope: incidentScope, range: span))
        let parent = unit.parentCode.flatMap { byCode[$0] }
        let scope: ReadinessScope = switch unit.level {
        case .nation: .nation
        case .province: .province(unit.code)
        case .commune: .province(unit.parentCode ?? "")
        }
        let readinessNow = try await readiness(asOf: r.window.last, scope: scope)
        let readinessBefore = try await readiness(asOf: baseline.last, scope: scope)
        var nationalCommunes: [(Locality, CountSums)] = [], nationalReadiness: [LocalityReadiness] = []
        if r.metric.isRate {
            nationalCommunes = try await sharedSums(.communes(parentCode: nil), r.window, r.sectors).map { ($0.locality, $0.sums) }
            nationalReadiness = unit.level == .nation ? readinessNow : try await readiness(asOf: r.window.last, scope: .nation)
        }
        return ExplainData(unit: unit, parent: parent, request: r, baseline: baseline, window: window, before: before, nation: nation,
                           sectorsWindow: sw, sectorsBefore: sb, nationSectors: ns, childrenWindow: cw, childrenBefore: cb, daily: daily,
                           incidents: incidents, peersDaily: peersDaily, peerCount: peerCount, communesDaily: communesDaily, sectorsDaily: sectorsDaily,
                           readinessNow: readinessNow, readinessBefore: readinessBefore,
                           nationalCommunes: nationalCommunes, nationalReadiness: nationalReadiness)
    }
}

extension DailySeries {
    /// The series summed day by day (a missing day counts as 0 unless every series misses it);
    /// `nil` for no series. All must start on the same day and have the same length.
    static func summed(_ list: [DailySeries]) -> DailySeries? {
        guard let first = list.first else { return nil }
        let n = first.numerator.count
        var num = [Double](repeating: .nan, count: n)
        var den: [Double]? = first.denominator == nil ? nil : [Double](repeating: .nan, count: n)
        for s in list where s.first == first.first && s.numerator.count == n {
            for i in 0..<n where s.numerator[i].isFinite {
                num[i] = (num[i].isFinite ? num[i] : 0) + s.numerator[i]
                if let d = s.denominator?[i], d.isFinite, den != nil { den![i] = (den![i].isFinite ? den![i] : 0) + d }
            }
        }
        return DailySeries(locality: first.locality, sector: nil, first: first.first, numerator: num, denominator: den)
    }

    /// `range` measured as every "per working day" is (the headline, compare, rates): all its
    /// applications, days off included, ÷ its working days with data, and a rate as the ratio of all
    /// its sums. The variance is the working days' own (``cell(_:calendar:keep:)``): days off are too
    /// few, and too unlike working days, to have a spread of their own.
    func periodCell(_ range: DayRange, calendar: WorkingCalendar) -> DayCell? {
        guard var cell = cell(range, calendar: calendar) else { return nil }
        var x = 0.0, n = 0.0
        for (i, y) in numerator.enumerated() where y.isFinite && range.contains(first.advanced(by: i)) {
            if let denominator {
                guard denominator[i].isFinite else { continue }
                n += denominator[i]
            }
            x += y
        }
        cell.value = denominator == nil ? x / Double(cell.days) : x / n
        return cell
    }

    /// The working days of `range` that have data: numerators and (for a rate) denominators.
    func cell(_ range: DayRange, calendar: WorkingCalendar, keep: (Day) -> Bool = { _ in true }) -> DayCell? {
        var x: [Double] = [], n: [Double] = []
        for (i, y) in numerator.enumerated() where y.isFinite {
            let day = first.advanced(by: i)
            guard range.contains(day), calendar.isWorkingDay(day), keep(day) else { continue }
            if let denominator {
                guard denominator[i].isFinite else { continue }
                n.append(denominator[i])
            }
            x.append(y)
        }
        return DayCell(numerators: x, denominators: denominator == nil ? nil : n)
    }
}
