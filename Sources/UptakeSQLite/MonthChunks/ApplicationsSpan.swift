import GRDB
import Synchronization
import UptakeCore

/// The first and last day of the raw rows, read from the month chunks and kept until the next ingest.
///
/// A question asks for the span two or three times (rates' coverage, the period it resolves), and
/// the span is the first record of the first month's chunks and the last of the last month's. Read
/// whole, a month's chunks are about 20,000 rows and 18 MB on the national dataset: 10 ms each, which
/// took an uncached province-level answer from 6 to 51 ms of server time. So a month is first probed
/// for a chunk that starts on its 1st (or ends on its last day), the answer when the month is whole
/// and one seek to find; only otherwise is the month read whole. And the span is kept: applications
/// change only through an ingest, which adds a row to `ingests` in the same transaction, so the newest
/// ingest id, read in the caller's transaction, says whether a kept span still holds (as
/// ``LocalityDirectoryCache`` does).
final class ApplicationsSpanCache: Sendable {
    private struct Kept { let ingest: Int64; let span: DayRange? }
    private let kept = Mutex<Kept?>(nil)

    func span(_ db: Database) throws -> DayRange? {
        let ingest = try Int64.fetchOne(db, sql: "SELECT IFNULL(MAX(id), 0) FROM ingests") ?? 0
        if let hit = kept.withLock({ $0?.ingest == ingest ? $0 : nil }) { return hit.span }
        let span = try Self.read(db)
        kept.withLock { $0 = Kept(ingest: ingest, span: span) }
        return span
    }

    /// The span as the chunks hold it (records are in day order within a chunk).
    static func read(_ db: Database) throws -> DayRange? {
        // Each its own statement: together in one SELECT, MIN and MAX of the key scan the table.
        guard let firstMonth = try Int.fetchOne(db, sql: "SELECT MIN(month_start) FROM application_months"),
              let lastMonth = try Int.fetchOne(db, sql: "SELECT MAX(month_start) FROM application_months") else { return nil }
        let record = MonthChunk.recordBytes
        let startsOnFirst = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM application_months WHERE month_start = ? AND uptake_day(days, 0, 0) = 1)
            """, arguments: [firstMonth]) ?? false
        let first = startsOnFirst ? firstMonth : try Int.fetchOne(db, sql: """
            SELECT MIN(month_start + uptake_day(days, 0, 0) - 1) FROM application_months WHERE month_start = ?
            """, arguments: [firstMonth])
        let (year, month, _) = Day(number: lastMonth).components
        let monthDays = Day.daysIn(month: month, year: year)
        let endsOnLast = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM application_months WHERE month_start = ? AND uptake_day(days, length(days) / \(record) - 1, 0) = ?)
            """, arguments: [lastMonth, monthDays]) ?? false
        let last = endsOnLast ? lastMonth + monthDays - 1 : try Int.fetchOne(db, sql: """
            SELECT MAX(month_start + uptake_day(days, length(days) / \(record) - 1, 0) - 1) FROM application_months WHERE month_start = ?
            """, arguments: [lastMonth])
        guard let first, let last else { return nil }
        return DayRange(first: Day(number: first), last: Day(number: last))
    }
}
