import GRDB
import UptakeCore
import UptakeStoreAPI

extension SQLiteStore {
    public func incidents(_ query: IncidentQuery) async throws -> [IncidentRecord] {
        try await queue.read { db in
            let directory = try self.directories.directory(db)
            if case .locality(let code, _) = query.scope, directory.id(forCode: code) == nil {
                throw QueryError("unknown locality \"\(code)\"", hint: "list the codes with 'uptake localities'")
            }
            // The day range narrows the rows in SQL; the place is matched in Swift by the same rule
            // every store uses (IncidentQuery.matches), against a few hundred rows at most.
            let rows = try Row.fetchAll(db, sql: """
                SELECT start, start_day, "end", end_day, locality_id, system, kind, errors, note FROM incidents
                WHERE start_day <= ? AND (end_day IS NULL OR end_day >= ?)
                """, arguments: [query.range.last.number, query.range.first.number])
            let records = rows.compactMap { row in
                Self.incident(row, locality: (row[4] as Int) == 0 ? nil : directory.locality(id: row[4])?.code)
            }
            return records.filter { query.matches($0, parentOf: { code in directory.id(forCode: code).flatMap { directory.locality(id: $0)?.parentCode } }) }
                .sorted(by: IncidentRecord.chronological)
        }
    }

    /// The incidents filed in pre-reform units, each once under the old code it was filed under (a
    /// divided unit's copies are one incident), and the nationwide ones, which hold in both vintages.
    public func preReformIncidents(touching range: DayRange) async throws -> [IncidentRecord] {
        try await queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT start, start_day, "end", end_day, old_code, system, kind, errors, note FROM incidents
                WHERE (old_code <> '' OR locality_id = 0) AND start_day <= ? AND (end_day IS NULL OR end_day >= ?)
                """, arguments: [range.last.number, range.first.number])
                .compactMap { row in Self.incident(row, locality: (row[4] as String).isEmpty ? nil : row[4]) }
        }
    }

    /// An incidents row read as `SELECT start, start_day, "end", end_day, <place>, system, kind, errors, note`.
    private static func incident(_ row: Row, locality: String?) -> IncidentRecord? {
        guard let system = IncidentSystem(rawValue: row[5]), let kind = IncidentKind(rawValue: row[6]) else { return nil }
        let end: Instant? = (row[2] as String?).flatMap { text in (row[3] as Int?).map { Instant(day: Day(number: $0), text: text) } }
        return IncidentRecord(start: Instant(day: Day(number: row[1]), text: row[0]), end: end, locality: locality,
                              system: system, kind: kind, errors: row[7], note: row[8])
    }
}
