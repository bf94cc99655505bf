/// The regressors both forecast models share, one row per day: an intercept; weekday effects in
/// effects coding over Monday–Friday (columns Mon…Thu, a Friday row −1 in each, so the intercept is
/// the mean log level of a working weekday and a worked weekend day sits at it); a dummy for a
/// Saturday off and one for a closed day; for shares, a linear trend per calendar day, centred on
/// the fitted days' mean index. Counts have no trend: on the generated data a twelve-week trend
/// extrapolated 60 days made provinces' forecasts worse than none (median MASE 1.24 against 0.92,
/// benchmarks/forecast/), the months' levels moving by a few percent either way; a share's slow
/// rise is what an analyst asks the forecast to carry on.
///
/// A column enters only where the window can estimate it: a day-off dummy needs two such days with
/// data, and every column's days must be `informative` (counts: not all 0; shares: neither all 0
/// nor all 1), else the maximum-likelihood coefficient is infinite. Without weekday effects (a
/// weekday with no applications in the window, a tiny commune) the working days share one level.
struct ForecastDesign: Sendable {
    let hasWeekdays: Bool
    let hasSaturday: Bool
    let hasClosed: Bool
    let hasTrend: Bool
    let centre: Double

    var columns: Int { 1 + (hasWeekdays ? 4 : 0) + (hasSaturday ? 1 : 0) + (hasClosed ? 1 : 0) + (hasTrend ? 1 : 0) }

    /// The design for the days `fitted` (indices into `types`).
    init(types: [ForecastDayType], fitted: [Int], trend: Bool, informative: ([Int]) -> Bool) {
        hasTrend = trend
        func days(_ type: ForecastDayType) -> [Int] { fitted.filter { types[$0] == type } }
        hasWeekdays = (1...5).allSatisfy { w in let d = days(.working(weekday: w)); return !d.isEmpty && informative(d) }
        let saturdays = days(.saturday), closed = days(.closed)
        hasSaturday = saturdays.count >= 2 && informative(saturdays)
        hasClosed = closed.count >= 2 && informative(closed)
        centre = fitted.isEmpty ? 0 : Double(fitted.reduce(0, +)) / Double(fitted.count)
    }

    /// Whether a day of `type` can be forecast (its level was fitted).
    func covers(_ type: ForecastDayType) -> Bool {
        switch type {
        case .working: true
        case .saturday: hasSaturday
        case .closed: hasClosed
        }
    }

    /// Day `index`'s row (a day off of a type without its column gets the working-day level).
    func row(_ type: ForecastDayType, index: Int) -> [Double] {
        var x = [1.0]
        if hasWeekdays { x += [0, 0, 0, 0] }
        if hasWeekdays, case .working(let weekday) = type {
            switch weekday {
            case 1...4: x[weekday] = 1
            case 5: x[1] = -1; x[2] = -1; x[3] = -1; x[4] = -1
            default: break
            }
        }
        if hasSaturday { x.append(type == .saturday ? 1 : 0) }
        if hasClosed { x.append(type == .closed ? 1 : 0) }
        if hasTrend { x.append(Double(index) - centre) }
        return x
    }

    /// The rows of `fitted`, flattened row-major.
    func matrix(_ types: [ForecastDayType], _ fitted: [Int]) -> [Double] {
        fitted.flatMap { row(types[$0], index: $0) }
    }
}
