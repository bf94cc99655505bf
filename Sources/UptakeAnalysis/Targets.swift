import Foundation
import UptakeCore
import UptakeStoreAPI

/// Whether a unit gets to its target by the deadline, by the projection's 95% interval at the
/// deadline's month: all of it at or above the target is `onTrack`, all of it below `offTrack`,
/// across it `uncertain`. A deadline whose month is already in the data is judged on that month's
/// observed rate: `met` or `missed`. Never a verdict the figures beside it do not show.
public enum TargetStatus: String, Sendable, Codable, CaseIterable {
    case onTrack = "on-track"
    case offTrack = "off-track"
    case uncertain
    case met
    case missed
    /// Fewer than 3 whole months with data, or no data in the latest month: no trend to judge by.
    case insufficientData = "insufficient-data"
}

/// Where the trend is heading against the target, from the latest whole month.
public enum TargetCourse: String, Sendable, Codable, CaseIterable {
    /// Below the target now and rising: it crosses the target in `crossing`.
    case reaches
    /// At or above the target now and not falling.
    case above
    /// At or above the target now but falling: it drops below in `crossing`.
    case fallsBelow = "falls-below"
    /// Below the target and not rising: not at this trend.
    case notAtThisTrend = "not-at-this-trend"
}

/// One target for one unit.
public struct TargetRow: Sendable, Codable, Equatable {
    public var indicator: Metric
    public var scope: TargetScope
    public var deadline: Day
    /// The target, a proportion.
    public var target: Double
    public var source: String
    public var code: String
    public var name: String
    public var level: LocalityLevel
    /// The latest whole month (`2025-10`): the current rate's month.
    public var month: String
    public var numerator: Int64?
    public var denominator: Int64?
    /// The latest whole month's rate with its Wilson 95% interval.
    public var rate: Double?
    public var rateLow: Double?
    public var rateHigh: Double?
    /// target − rate, in percentage points (positive: still to go).
    public var distancePoints: Double?
    /// Whole months with data the trend was fitted on.
    public var months: Int
    /// The trend's slope per month on the logit scale, and its dispersion (≥ 1).
    public var slope: Double?
    public var dispersion: Double?
    /// The trend's rate in the deadline's month, with its 95% interval (`nil` for a passed deadline).
    public var projected: Double?
    public var projectedLow: Double?
    public var projectedHigh: Double?
    /// A passed deadline's month's observed rate.
    public var deadlineRate: Double?
    public var status: TargetStatus
    public var course: TargetCourse?
    /// The month the trend crosses the target (`course` says which way), with its 95% interval
    /// (Fieller); the interval's ends are absent when the slope is not told from zero.
    public var crossing: String?
    public var crossingLow: String?
    public var crossingHigh: String?

    enum CodingKeys: String, CodingKey {
        case indicator, scope, deadline, target, source, code, name, level, month, numerator, denominator, rate
        case rateLow = "rate_low", rateHigh = "rate_high", distancePoints = "distance_pp", months, slope, dispersion
        case projected, projectedLow = "projected_low", projectedHigh = "projected_high", deadlineRate = "deadline_rate"
        case status, course, crossing, crossingLow = "crossing_low", crossingHigh = "crossing_high"
    }
}

/// Every target's units, judged on the months up to `asOf`.
public struct TargetsResult: Sendable {
    public var asOf: Day
    /// The whole months the trends were fitted on (`nil` when the data hold none up to `asOf`).
    public var history: DayRange?
    public var rows: [TargetRow]
    /// Target-and-unit pairs left out because the unit has no data in any month of the history.
    public var unitsWithoutData: Int
}

/// Judges targets against the monthly rates in a store: each unit's latest whole month, its
/// logit trend (``LogitTrend``) projected to the deadline, and when the trend crosses the target.
public struct TargetsAnalyzer: Sendable {
    public let store: any UptakeStore
    public var confidence = 0.95

    public init(store: any UptakeStore) { self.store = store }

    /// - Parameters:
    ///   - asOf: the day the question is asked; the history ends with the latest whole month on or
    ///     before it (and before the data end).
    ///   - locality: only this unit's rows, when given (a code).
    public func targets(_ targets: [Target], asOf: Day, locality: String? = nil) async throws -> TargetsResult {
        guard let span = try await store.applicationsSpan() else {
            throw QueryError("the database holds no applications", code: .notFound)
        }
        guard let history = Self.history(span: span, asOf: asOf) else { return TargetsResult(asOf: asOf, history: nil, rows: [], unitsWithoutData: 0) }
        let known = Set(try await store.localities().map(\.code))
        var sumsOf: [TargetScope: [UnitPeriodSums]] = [:]
        var rows: [TargetRow] = [], withoutData = 0
        for target in targets {
            if case .locality(let code) = target.scope, !known.contains(code) {
                throw QueryError("the target on line \(target.line) is for \(code), which is no province or commune of the database",
                                 hint: "correct the scope in the targets file", code: .notFound)
            }
            if sumsOf[target.scope] == nil {
                sumsOf[target.scope] = try await store.sums(SumsQuery(units: Self.units(target.scope), range: history, grain: .month))
            }
            var order: [String] = [], byUnit: [String: [UnitPeriodSums]] = [:]
            for s in sumsOf[target.scope] ?? [] where locality == nil || s.locality.code == locality {
                if byUnit[s.locality.code] == nil { order.append(s.locality.code) }
                byUnit[s.locality.code, default: []].append(s)
            }
            for code in order {
                let row = try row(target, byUnit[code] ?? [], history: history)
                // A unit with no data in any month of the history (a province not in the data) is left out, and counted.
                if row.months == 0 { withoutData += 1 } else { rows.append(row) }
            }
        }
        return TargetsResult(asOf: asOf, history: history, rows: rows, unitsWithoutData: withoutData)
    }

    /// The whole months from the first with data to the latest ending on or before `asOf` and the data's end.
    static func history(span: DayRange, asOf: Day) -> DayRange? {
        let end = min(asOf, span.last)
        let endMonth = MonthIndex(end)
        let last = end == endMonth.lastDay ? endMonth : endMonth.advanced(by: -1)
        let startMonth = MonthIndex(span.first)
        let first = span.first == startMonth.firstDay ? startMonth : startMonth.advanced(by: 1)
        guard first.value <= last.value else { return nil }
        return DayRange(first: first.firstDay, last: last.lastDay, label: "\(first)..\(last)")
    }

    static func units(_ scope: TargetScope) -> UnitSelection {
        switch scope {
        case .national: .nation
        case .provinces: .provinces
        case .communes: .communes(parentCode: nil)
        case .locality(let code): .localities([code])
        }
    }

    func row(_ target: Target, _ sums: [UnitPeriodSums], history: DayRange) throws -> TargetRow {
        let unit = sums[0].locality, metric = target.indicator
        let firstMonth = MonthIndex(history.first), lastMonth = MonthIndex(history.last)
        var x: [Double] = [], successes: [Int64] = [], trials: [Int64] = []
        var latest: (Int64, Int64)?, atDeadline: (Int64, Int64)?
        let deadlineMonth = MonthIndex(target.deadline)
        for s in sums {
            guard let f = metric.fraction(s.sums), let d = f.denominator, d > 0 else { continue }
            let month = MonthIndex(s.period.first)
            x.append(Double(month.value - firstMonth.value))
            successes.append(f.numerator)
            trials.append(d)
            if month == lastMonth { latest = (f.numerator, d) }
            if month == deadlineMonth { atDeadline = (f.numerator, d) }
        }
        var row = TargetRow(indicator: metric, scope: target.scope, deadline: target.deadline, target: target.value, source: target.source,
                            code: unit.code, name: unit.name, level: unit.level, month: lastMonth.description, months: x.count, status: .insufficientData)
        if let (n, d) = latest {
            let interval = try IntervalMethod.wilson.interval(successes: n, trials: d, confidence: confidence)
            let rate = Double(n) / Double(d)
            (row.numerator, row.denominator, row.rate, row.rateLow, row.rateHigh) = (n, d, rate, interval?.low, interval?.high)
            row.distancePoints = (target.value - rate) * 100
        }
        if deadlineMonth.value <= lastMonth.value {
            // The deadline's month is in the data: judged on what it shows, not on a trend.
            if let (n, d) = atDeadline {
                row.deadlineRate = Double(n) / Double(d)
                row.status = Double(n) / Double(d) >= target.value ? .met : .missed
            }
        }
        guard latest != nil, let trend = try? LogitTrend.fit(x: x, successes: successes, trials: trials) else { return row }
        (row.slope, row.dispersion) = (trend.slope, trend.dispersion)
        if deadlineMonth.value > lastMonth.value {
            let p = try trend.rate(at: Double(deadlineMonth.value - firstMonth.value), confidence: confidence)
            (row.projected, row.projectedLow, row.projectedHigh) = (p.value, p.low, p.high)
            row.status = p.low >= target.value ? .onTrack : p.high < target.value ? .offTrack : .uncertain
        }
        let now = Double(lastMonth.value - firstMonth.value)
        let fittedNow = try trend.rate(at: now, confidence: confidence).value
        let crossing = try trend.crossing(of: target.value, confidence: confidence)
        let month = { (x: Double?) -> String? in
            // Beyond a century the interval is as good as unbounded.
            guard let x, x.isFinite, abs(x) < 1200 else { return nil }
            return firstMonth.advanced(by: Int(x.rounded(.up))).description
        }
        switch (fittedNow >= target.value, trend.slope > 0) {
        case (false, true): row.course = .reaches
        case (false, false): row.course = .notAtThisTrend
        case (true, false) where trend.slope < 0: row.course = .fallsBelow
        case (true, _): row.course = .above
        }
        if row.course == .reaches || row.course == .fallsBelow {
            row.crossing = month(crossing.x)
            row.crossingLow = month(crossing.low)
            row.crossingHigh = month(crossing.high)
        }
        return row
    }
}

/// A calendar month as a count of months since year 0, for month arithmetic.
struct MonthIndex: Hashable, CustomStringConvertible {
    let value: Int
    init(_ day: Day) { value = day.year * 12 + day.month - 1 }
    init(value: Int) { self.value = value }
    var year: Int { value / 12 }
    var month: Int { value % 12 + 1 }
    func advanced(by n: Int) -> MonthIndex { MonthIndex(value: value + n) }
    var firstDay: Day { Day(valid: year, month, 1) }
    var lastDay: Day { Day(valid: year, month, Day.daysIn(month: month, year: year)) }
    var description: String { String(format: "%04d-%02d", year, month) }
}
