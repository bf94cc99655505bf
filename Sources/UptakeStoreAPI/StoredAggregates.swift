import UptakeCore

/// The aggregate tables every database store keeps at ingest, by the names and keys both SQL
/// dialects use. The nation is the sum of the provinces.
public enum AggregateTable: String, CaseIterable, Sendable {
    case provinceDay = "agg_province_day"
    case provinceMonth = "agg_province_month"
    case localityMonth = "agg_locality_month"

    public var keyColumn: String { self == .localityMonth ? "locality_id" : "province_id" }
    public var timeColumn: String { self == .provinceDay ? "day" : "month" }
}

/// Months as the stores number them, `year * 12 + month - 1`, so they sort and subtract as integers.
public enum MonthNumber {
    public static func of(_ day: Day) -> Int {
        let (y, m, _) = day.components
        return y * 12 + m - 1
    }
}
