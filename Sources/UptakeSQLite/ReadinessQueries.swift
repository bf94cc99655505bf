import GRDB
import UptakeCore
import UptakeStoreAPI

extension SQLiteStore {
    /// Every locality in `scope`, provinces first then communes, each by code, with the latest value
    /// of each criterion on or before `day`.
    ///
    /// One pass over the readiness table: SQLite returns the bare `value` column from the row that
    /// holds `MAX(day)` of each (locality, criterion) group, which is the row "as of" the day.
    public func readiness(asOf day: Day?, scope: ReadinessScope) async throws -> [LocalityReadiness] {
        try await queue.read { db in
            let directory = try self.directories.directory(db)
            var entries: [LocalityDirectory.Entry]
            switch scope {
            case .nation:
                entries = directory.all(level: .province) + directory.all(level: .commune)
            case .province(let code):
                guard let id = directory.id(forCode: code), let entry = directory.entries[id], entry.locality.level == .province else {
                    throw QueryError("unknown province \"\(code)\"", hint: "list codes with 'uptake localities --level province'")
                }
                entries = [entry] + directory.children(of: id)
            }
            var values: [Int: [ReadinessCriterion: ReadinessValue]] = [:]
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT locality_id, criterion, value, MAX(day) FROM readiness WHERE day <= ? GROUP BY locality_id, criterion
                """, arguments: [day?.number ?? Int.max])
            while let row = try cursor.next() {
                guard let criterion = ReadinessCriterion(rawValue: row[1]), let value = ReadinessValue(text: row[2]) else { continue }
                values[row[0], default: [:]][criterion] = value
            }
            return entries.map { LocalityReadiness(locality: $0.locality, values: values[$0.id] ?? [:]) }
        }
    }
}
