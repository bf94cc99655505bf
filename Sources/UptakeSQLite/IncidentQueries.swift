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
            let records = rows.compactMap { row -> IncidentRecord? in
                guard let system = IncidentSystem(rawValue: row[5]), let kind = IncidentKind(rawValue: row[6]) else { return nil }
                let end: Instant? = (row[2] as String?).flatMap { text in (row[3] as Int?).map { Instant(day: Day(number: $0), text: text) } }
                let localityID: Int = row[4]
                return IncidentRecord(start: Instant(day: Day(number: row[1]), text: row[0]), end: end,
                                      locality: localityID == 0 ? nil : directory.locality(id: localityID)?.code,
                                      system: system, kind: kind, errors: row[7], note: row[8])
            }
            return records.filter { query.matches($0, parentOf: { code in directory.id(forCode: code).flatMap { directory.locality(id: $0)?.parentCode } }) }
                .sorted(by: IncidentRecord.chronological)
        }
    }
}
