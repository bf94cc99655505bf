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

    /// Hands over each day of the range that has a row: locality id, sector id, day, counts.
    func forEach(_ db: Database, _ body: (_ localityID: Int, _ sectorID: Int, _ day: Int, _ counts: ApplicationCounts) throws -> Void) throws {
        let statement = try PreparedStatement(db, sql)
        let first = range.first.number, last = range.last.number
        try statement.forEachRow { row in
            guard let bytes = row.blob(3) else { return }
            let localityID = Int(row.int(0)), sectorID = Int(row.int(1)), monthStart = Int(row.int(2))
            for i in 0..<MonthChunk.count(bytes) {
                let r = MonthChunk.record(bytes, at: i)
                let day = monthStart + r.dayOfMonth - 1
                if day >= first && day <= last { try body(localityID, sectorID, day, r.counts) }
            }
        }
    }
}
