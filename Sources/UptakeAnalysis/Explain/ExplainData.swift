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

    static func read(_ r: ExplainRequest, store: any UptakeStore) async throws -> ExplainData {
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
                             hint: "check the period; 'uptake rates --locality \(unit.code)' shows what there is", code: .notFound)
        }
        let before = try await sums(selection, baseline, r.sectors).first?.sums ?? CountSums()
        let nation = try await sums(.nation, r.window, r.sectors).first?.sums ?? CountSums()
        var sw: [(Sector, CountSums)] = [], sb: [(Sector, CountSums)] = [], ns: [(Sector, CountSums)] = []
        for s in sectors {
            sw.append((s, try await sums(selection, r.window, [s]).first?.sums ?? CountSums()))
            sb.append((s, try await sums(selection, baseline, [s]).first?.sums ?? CountSums()))
            ns.append((s, try await sums(.nation, r.window, [s]).first?.sums ?? CountSums()))
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
        let incidentScope: IncidentQuery.Scope = unit.level == .nation ? .everywhere : .locality(unit.code, descendants: unit.level == .province)
        let incidents = try await store.incidents(IncidentQuery(scope: incidentScope, range: span))
        let parent = unit.parentCode.flatMap { byCode[$0] }
        let scope: ReadinessScope = switch unit.level {
        case .nation: .nation
        case .province: .province(unit.code)
        case .commune: .province(unit.parentCode ?? "")
        }
        let readinessNow = try await store.readiness(asOf: r.window.last, scope: scope)
        let readinessBefore = try await store.readiness(asOf: baseline.last, scope: scope)
        var nationalCommunes: [(Locality, CountSums)] = [], nationalReadiness: [LocalityReadiness] = []
        if r.metric.isRate {
            nationalCommunes = try await sums(.communes(parentCode: nil), r.window, r.sectors).map { ($0.locality, $0.sums) }
            nationalReadiness = unit.level == .nation ? readinessNow : try await store.readiness(asOf: r.window.last, scope: .nation)
        }
        return ExplainData(unit: unit, parent: parent, request: r, baseline: baseline, window: window, before: before, nation: nation,
                           sectorsWindow: sw, sectorsBefore: sb, nationSectors: ns, childrenWindow: cw, childrenBefore: cb, daily: daily,
                           incidents: incidents, readinessNow: readinessNow, readinessBefore: readinessBefore,
                           nationalCommunes: nationalCommunes, nationalReadiness: nationalReadiness)
    }
}
