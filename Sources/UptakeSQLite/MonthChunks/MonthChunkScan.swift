import GRDB
import UptakeCore

/// Reads raw applications rows from `application_months`: the chunks of the months a range of days
/// touches (one seek per month, then the localities asked for as one key range or a list), and in
/// them the days of the range.
struct MonthChunkScan {
    let range: DayRange
    /// Further conditions on `locality_id` and `sector_id`, each as " AND …" (integers and sector
    /// names, safe to inline), or empty.
    let filter: String

    /// The first days of the months `range` touches.
    static func monthStarts(_ range: DayRange) -> [Int] {
        var starts: [Int] = []
        var (year, month, _) = range.first.components
        while true {
            let start = Day(valid: year, month, 1)
            guard start <= range.last else { return starts }
            starts.append(start.number)
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
    }

    var sql: String {
        let starts = MonthChunkScan.monthStarts(range).map(String.init).joined(separator: ", ")
        return "SELECT locality_id, sector_id, month_start, days FROM application_months WHERE month_start IN (\(starts))\(filter)"
    }

    /// Hands over each chunk once, with its days in the range (valid only during the call), so a
    /// caller looks up where a chunk's rows go once rather than for every day: two dictionary
    /// lookups per day record were a third of `SeriesReader`'s time in a morning check.
    func forEachChunk(_ db: Database, _ body: (_ localityID: Int, _ sectorID: Int, _ days: Days) throws -> Void) throws {
        let statement = try PreparedStatement(db, sql)
        let first = range.first.number, last = range.last.number
        try statement.forEachRow { row in
            guard let bytes = row.blob(3) else { return }
            try body(Int(row.int(0)), Int(row.int(1)), Days(bytes: bytes, monthStart: Int(row.int(2)), first: first, last: last))
        }
    }

    /// One chunk's records whose days fall in the range.
    struct Days {
        let bytes: UnsafeRawBufferPointer
        let monthStart: Int, first: Int, last: Int

        func forEach(_ body: (_ day: Int, _ counts: ApplicationCounts) throws -> Void) rethrows {
            for i in 0..<MonthChunk.count(bytes) {
                let r = MonthChunk.record(bytes, at: i)
                let day = monthStart + r.dayOfMonth - 1
                if day >= first && day <= last { try body(day, r.counts) }
            }
        }
    }
}
