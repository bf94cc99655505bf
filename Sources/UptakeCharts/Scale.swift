/// Maps a data interval onto a pixel interval, linearly.
///
/// A reversed range (`range: 300...20` for a y axis, larger values higher up) is written with
/// `LinearScale(domain:, from:, to:)`. A domain of zero width maps everything to the middle of the range.
public struct LinearScale: Sendable, Equatable {
    public let domainLow: Double
    public let domainHigh: Double
    public let rangeStart: Double
    public let rangeEnd: Double

    public init(domain: ClosedRange<Double>, from rangeStart: Double, to rangeEnd: Double) {
        (domainLow, domainHigh, self.rangeStart, self.rangeEnd) = (domain.lowerBound, domain.upperBound, rangeStart, rangeEnd)
    }

    /// The pixel position of `value` (NaN for NaN: callers skip it).
    public func callAsFunction(_ value: Double) -> Double {
        let width = domainHigh - domainLow
        guard width > 0 else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (value - domainLow) / width * (rangeEnd - rangeStart)
    }

    /// A scale whose domain is widened to R-style nice ticks, and those ticks.
    public static func nice(covering values: [Double], includeZero: Bool = false, from start: Double, to end: Double,
                            ticks count: Int = 5) -> (scale: LinearScale, ticks: NiceTicks) {
        var finite = values.filter(\.isFinite)
        if includeZero { finite.append(0) }
        let low = finite.min() ?? 0, high = finite.max() ?? 1
        let ticks = NiceTicks(low: low, high: high, count: count)
        let domain = (ticks.values.first ?? low)...(ticks.values.last ?? high)
        return (LinearScale(domain: domain, from: start, to: end), ticks)
    }
}
