import GRDB
import UptakeCore
import UptakeStoreAPI

extension SQLiteStore {
    /// Every locality in `scope`, provinces first then communes, each by code, with the latest value
    /// of each criterion on or before `day`.
    ///
    /// The rows of each (locality, criterion)'s latest day on or before `day`. A commune can hold
    /// several rows that day, one per pre-reform unit it was formed from (issue 26): it takes the least
    /// ready (``ReadinessValue/lessReady(_:)``).
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
                SELECT r.locality_id, r.criterion, r.value FROM readiness r
                JOIN (SELECT locality_id, criterion, MAX(day) AS day FROM readiness WHERE day <= ? GROUP BY locality_id, criterion) latest
                    USING (locality_id, criterion, day)
                """, arguments: [day?.number ?? Int.max])
            while let row = try cursor.next() {
                guard let criterion = ReadinessCriterion(rawValue: row[1]), let value = ReadinessValue(text: row[2]) else { continue }
                let id: Int = row[0]
                values[id, default: [:]][criterion] = values[id]?[criterion].map { $0.lessReady(value) } ?? value
            }
            return entries.map { LocalityReadiness(locality: $0.locality, values: values[$0.id] ?? [:]) }
        }
    }
}
