import UptakeCore
import UptakeStoreAPI

/// Compares two periods unit by unit.
///
/// Volumes are compared per working day (``WorkingCalendar``), since months differ in working days.
/// Per working day is one measure in every command: all the period's applications (days off included)
/// ÷ the calendar's working days. The test is quasi-Poisson on the two totals with the working days as
/// exposure, its dispersion estimated from the working days' daily counts (weekends and holidays, when
/// few applications arrive, would otherwise dominate the day-to-day variation); see
/// ``PeriodComparison/WorkingDayVolume``. Rates are compared
/// with the pooled two-proportion z-test on the period sums. A unit with no applications at
/// all in one period but some in the other (an outage) is tested exactly
/// (``PeriodComparison/exactVolumes(current:days:baseline:days:alpha:)``) and noted
/// ``ComparisonNote/zeroInOnePeriod(current:)`` (only then: for ordinary counts an exact Poisson test
/// would ignore overdispersion and flag ordinary day-to-day variation). When more than one unit is tested, each test's
/// p-values get Benjamini–Hochberg q-values, and `significant` means q < alpha.
///
/// ```swift
/// let request = ComparisonRequest(units: .communes(parentCode: "79"), current: DayRange(period: "2025-07")!, decompose: true)
/// let result = try Comparer(store: store).compare(request)
/// result.decomposition!.withinEffect + result.decomposition!.mixEffect   // == the province's change
/// ```
public struct Comparer: Sendable {
    public let store: any UptakeStore

    public init(store: any UptakeStore) { self.store = store }

    public func compare(_ request: ComparisonRequest) async throws -> ComparisonResult {
        let metric = request.metric
        if request.decompose {
            guard metric.isRate, metric != .onlineSubmission766 else {
                throw QueryError("a decomposition splits the change of a simple rate; \(metric.rawValue) is \(metric.isRate ? "a product of two rates" : "a volume")",
                                 hint: "choose online-submission, online-result, sync or on-time")
            }
            guard request.aggregate != nil else {
                throw QueryError("a decomposition needs the units of one aggregate", hint: "choose the provinces, or the communes of one province")
            }
        }
        let current = try await daily(request.units, request.current, request)
        let baseline = try await daily(request.units, request.baseline, request)
        var rows = zip(current, baseline).map { c, b in
            var row = ComparisonRow(locality: c.locality, volume: volumeChange(b, c, request),
                                    rate: metric.isRate ? rateChange(b.total, c.total, request) : nil)
            row.allocated = b.allocated || c.allocated
            if let missing = Comparer.missingData(b.total, c.total, request) {
                row.volume = VolumeChange(baseline: row.volume.baseline, current: row.volume.current, note: missing)
                if row.rate != nil { (row.rate!.test, row.rate!.note) = (nil, missing) }
            }
            return row
        }
        var total: ComparisonRow?
        var decomposition: RateChangeDecomposition?
        if request.decompose, let aggregate = request.aggregate {
            let c = try await daily(aggregate, request.current, request)[0], b = try await daily(aggregate, request.baseline, request)[0]
            total = ComparisonRow(locality: c.locality, volume: volumeChange(b, c, request), rate: rateChange(b.total, c.total, request))
            var children = zip(current, baseline).map { c, b in (id: c.locality.code, baseline: counts(b.total, metric), current: counts(c.total, metric)) }
            // Applications handled at province level belong to the province but to none of its communes.
            let restB = b.total - baseline.reduce(CountSums()) { $0 + $1.total }, restC = c.total - current.reduce(CountSums()) { $0 + $1.total }
            if !restB.isZero || !restC.isZero {
                children.append((id: c.locality.code, baseline: counts(restB, metric), current: counts(restC, metric)))
                let own = c.locality
                rows.append(ComparisonRow(locality: own, volume: volumeChange(UnitDays(locality: own, days: [], total: restB),
                                                                              UnitDays(locality: own, days: [], total: restC), request),
                                          rate: rateChange(restB, restC, request), isProvinceLevel: true))
            }
            let d = try RateChangeDecomposition(children)
            for i in rows.indices { rows[i].contribution = d.contributions[i] }
            decomposition = d
        }
        if rows.contains(where: { $0.locality.level == .commune }) {
            let provinces = Dictionary(try await store.localities().filter { $0.level == .province }.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
            for i in rows.indices where rows[i].locality.level == .commune {
                rows[i].province = rows[i].locality.parentCode.flatMap { provinces[$0] }
            }
        }
        let adjusted = try Comparer.adjust(&rows)
        var result = ComparisonResult(metric: metric, current: request.current, baseline: request.baseline,
                                      currentWorkingDays: request.calendar.workingDays(in: request.current),
                                      baselineWorkingDays: request.calendar.workingDays(in: request.baseline),
                                      alpha: request.alpha, rows: rows, total: total, decomposition: decomposition)
        result.baselineChoice = request.baselineChoice
        result.adjustedTests = adjusted
        result.sectors = request.sectors
        return result
    }

    /// The comparison of each sector in turn (the request's sectors, else every sector with data): one
    /// block of rows per sector, each row carrying its sector, with q-values over every row tested.
    /// A decomposition is refused: the sectors' changes are not parts of one rate.
    public func compareBySector(_ request: ComparisonRequest) async throws -> ComparisonResult {
        guard !request.decompose else {
            throw QueryError("a decomposition splits one aggregate's change, not each sector's", hint: "decompose one sector at a time")
        }
        var sectors = request.sectors ?? []
        if request.sectors == nil { sectors = try await store.sectors() }
        var result: ComparisonResult?
        var rows: [ComparisonRow] = []
        for sector in sectors {
            var one = request
            one.sectors = [sector]
            let part = try await compare(one)
            rows += part.rows.map { row in
                var row = row
                row.sector = sector
                row.rate?.qValue = nil
                row.volume.qValue = nil
                return row
            }
            result = result ?? part
        }
        guard var result else { throw QueryError("the database holds no sectors to compare", hint: "load some applications first") }
        result.adjustedTests = try Comparer.adjust(&rows)
        result.rows = rows
        result.sectors = request.sectors
        return result
    }

    /// Sets Benjamini–Hochberg q-values on the rows' rate tests and volume tests (each family on its
    /// own) when more than one unit is tested; returns the number adjusted together, 0 for none.
    static func adjust(_ rows: inout [ComparisonRow]) throws -> Int {
        let testedRates = rows.indices.filter { rows[$0].rate?.test != nil }
        let testedVolumes = rows.indices.filter { rows[$0].volume.test != nil }
        if testedRates.count > 1 {
            let q = try MultipleTesting.benjaminiHochberg(testedRates.compactMap { rows[$0].rate?.test?.pValue })
            for (i, row) in testedRates.enumerated() { rows[row].rate?.qValue = q[i] }
        }
        if testedVolumes.count > 1 {
            let q = try MultipleTesting.benjaminiHochberg(testedVolumes.compactMap { rows[$0].volume.test?.pValue })
            for (i, row) in testedVolumes.enumerated() { rows[row].volume.qValue = q[i] }
        }
        let adjusted = max(testedRates.count, testedVolumes.count)
        return adjusted > 1 ? adjusted : 0
    }

    struct UnitDays {
        var locality: Locality
        var days: [(day: Day, sums: CountSums)]
        var total: CountSums
        /// Some day's sums rest on a divided pre-reform unit's equal share.
        var allocated = false
    }

    func daily(_ units: UnitSelection, _ range: DayRange, _ request: ComparisonRequest) async throws -> [UnitDays] {
        let sums = try await store.sums(SumsQuery(units: units, range: range, grain: .day, sectors: request.sectors))
        var result: [UnitDays] = []
        for s in sums {
            if result.last?.locality != s.locality { result.append(UnitDays(locality: s.locality, days: [], total: CountSums())) }
            result[result.count - 1].days.append((s.period.first, s.sums))
            result[result.count - 1].total += s.sums
            if s.allocated { result[result.count - 1].allocated = true }
        }
        return result
    }

    /// Why a unit is not tested: no rows in one period or both (no data is not zero applications).
    static func missingData(_ baseline: CountSums, _ current: CountSums, _ request: ComparisonRequest) -> ComparisonNote? {
        baseline.rows == 0 || current.rows == 0 ? .noData(baseline: baseline.rows == 0, current: current.rows == 0) : nil
    }

    func counts(_ s: CountSums, _ metric: Metric) -> RateCounts {
        let f = metric.fraction(s) ?? (0, 0)  // only online-submission-766 has none, and it is never decomposed
        return RateCounts(numerator: Double(f.numerator), denominator: Double(f.denominator ?? 0))
    }

    func volumeChange(_ baseline: UnitDays, _ current: UnitDays, _ request: ComparisonRequest) -> VolumeChange {
        let volume = request.metric.volume
        let b = Int64(volume.value(baseline.total) ?? 0), c = Int64(volume.value(current.total) ?? 0)
        let wdB = request.calendar.workingDays(in: request.baseline), wdC = request.calendar.workingDays(in: request.current)
        var change = VolumeChange(baseline: b, current: c)
        guard wdB > 0, wdC > 0 else {
            change.note = .periodWithoutWorkingDays
            return change
        }
        func workingCounts(_ unit: UnitDays) -> [Double] {
            unit.days.filter { request.calendar.isWorkingDay($0.day) }.map { volume.value($0.sums) ?? 0 }
        }
        let perB = Double(b) / Double(wdB), perC = Double(c) / Double(wdC)
        change.baselinePerWorkingDay = perB
        change.currentPerWorkingDay = perC
        change.change = perC - perB
        change.relativeChange = perB > 0 ? perC / perB - 1 : nil
        // Without daily rows (the province-level remainder), there is no day-to-day variation to test against.
        guard !baseline.days.isEmpty, !current.days.isEmpty else { return change }
        do {
            if (b == 0) != (c == 0) {
                // An outage: the quasi-Poisson model has no log ratio at a zero, so the exact test.
                change.test = try PeriodComparison.exactVolumes(current: c, days: wdC, baseline: b, days: wdB, alpha: request.alpha)
                change.note = .zeroInOnePeriod(current: c == 0)
            } else {
                change.test = try PeriodComparison.volumes(
                    current: .init(total: Double(c), workingDays: wdC, workingDayCounts: workingCounts(current)),
                    baseline: .init(total: Double(b), workingDays: wdB, workingDayCounts: workingCounts(baseline)), alpha: request.alpha)
            }
        } catch {
            change.note = .untestable(reason: error.message)
        }
        return change
    }

    func rateChange(_ baseline: CountSums, _ current: CountSums, _ request: ComparisonRequest) -> RateChange {
        let metric = request.metric
        var change = RateChange(baseline: metric.value(baseline), current: metric.value(current))
        if let b = change.baseline, let c = change.current {
            change.change = c - b
            change.relativeChange = b > 0 ? c / b - 1 : nil
        }
        guard let fb = metric.fraction(baseline), let fc = metric.fraction(current), let nb = fb.denominator, let nc = fc.denominator else {
            if metric == .onlineSubmission766 { change.note = .productOfTwoRates }
            return change
        }
        do {
            change.test = try PeriodComparison.proportions(current: fc.numerator, of: nc, baseline: fb.numerator, of: nb, alpha: request.alpha)
            let difference = try? TwoProportionDifference(fc.numerator, of: nc, versus: fb.numerator, of: nb, confidence: 1 - request.alpha)
            (change.changeLow, change.changeHigh) = (difference?.low, difference?.high)
        } catch {
            change.note = .untestable(reason: error.message)
        }
        return change
    }
}

extension Metric {
    /// The volume compared alongside a metric: the metric itself for a volume, the rate's denominator
    /// for a rate (`received` for online-submission, sync and online-submission-766; `resolved` for
    /// online-result and on-time).
    public var volume: Metric {
        switch self {
        case .received, .receivedOnline, .resolved, .resolvedOnline: self
        case .onlineSubmission, .sync, .onlineSubmission766: .received
        case .onlineResult, .onTime: .resolved
        }
    }
}

extension DayRange {
    /// The period of the same length just before this one: the previous month (quarter, year) for
    /// whole months, else the same number of days just before.
    public var previous: DayRange {
        guard isWholeMonths else {
            return DayRange(first: first.advanced(by: -dayCount), last: first.advanced(by: -1), label: nil)
        }
        let months = (last.year - first.year) * 12 + last.month - first.month + 1
        var (y, m) = (first.year, first.month - months)
        while m < 1 { m += 12; y -= 1 }
        let start = Day(valid: y, m, 1)
        let end = first.advanced(by: -1)
        let label: String? = switch months {
        case 1: Grain.month.label(startingAt: start)
        case 3 where (m - 1) % 3 == 0: Grain.quarter.label(startingAt: start)
        case 12 where m == 1: Grain.year.label(startingAt: start)
        default: nil
        }
        return DayRange(first: start, last: end, label: label)
    }
}
