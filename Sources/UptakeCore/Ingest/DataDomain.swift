/// The domain every input value must fall in, so that nothing accepted can corrupt an aggregate,
/// overflow a sum or make a query walk an absurd span of days. `docs/data-contract.md` states the
/// same limits; the full validator and the ingest fast path both enforce them.
public enum DataDomain {
    /// The first day Uptake accepts in any date field (applications, incidents, readiness).
    public static let firstDay = Day(number: 16_436)  // 2015-01-01
    /// The last day Uptake accepts in any date field.
    public static let lastDay = Day(number: 24_105)  // 2035-12-31

    /// Whether `day` lies within `firstDay ... lastDay`.
    public static func contains(_ day: Day) -> Bool { day >= firstDay && day <= lastDay }

    /// The largest count accepted in one field of one row (10⁹). A sum of counts overflows a 64-bit
    /// integer only past 9.2 × 10⁹ rows at this bound, far beyond what one database holds, so the
    /// aggregate and query sums stay exact.
    public static let maxCount: Int64 = 1_000_000_000

    /// `1,000,000,000`: the bound as a message shows it.
    public static let maxCountText = "1,000,000,000"

    /// The range as a message shows it.
    public static var dayRangeText: String { "\(firstDay) to \(lastDay)" }

    public static let dayRangeHint = "Uptake keeps data dated 2015-01-01 to 2035-12-31; check the year"

    /// The longest record read (a CSV row, an NDJSON line, an object of a JSON array), in bytes
    /// without its line end: thousands of times a real row, and it bounds what a parser holds.
    public static let maxRecordBytes = 1 << 20

    /// A record past ``maxRecordBytes`` starting at `line`, `column`.
    public static func recordTooLong(line: Int, column: Int = 1) -> RowProblem {
        RowProblem(line: line, column: column, message: "a record longer than 1,048,576 bytes (1 MiB); Uptake reads rows up to that length",
                   hint: "a row this long is usually a file without line ends, or a stray \" that opens a quote never closed; check the file's line ends and quotes")
    }
}
