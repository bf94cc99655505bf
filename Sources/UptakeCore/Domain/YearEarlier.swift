extension Day {
    /// The same calendar day a year before; 29 February becomes the 28th.
    public var yearEarlier: Day {
        let (y, m, d) = components
        return Day(year: y - 1, month: m, day: d) ?? Day(valid: y - 1, m, d - 1)
    }
}

extension DayRange {
    /// The same days a year before (year over year: this July against last July), each end moved
    /// back one calendar year. Labelled as the period it is when this range was one (`2025-07` →
    /// `2024-07`, `2025-Q3` → `2024-Q3`, `2025` → `2024`); an ISO week, whose days move, and a
    /// custom range are labelled by their bounds.
    ///
    /// ```swift
    /// DayRange(period: "2025-07")!.yearEarlier   // 2024-07: 2024-07-01..2024-07-31
    /// ```
    public var yearEarlier: DayRange {
        let shifted = DayRange(first: first.yearEarlier, last: last.yearEarlier)
        let year = first.components.year
        if label.hasPrefix(String(year)), let period = DayRange(period: String(year - 1) + label.dropFirst(String(year).count)),
           period.first == shifted.first, period.last == shifted.last {
            return period
        }
        return shifted
    }
}
