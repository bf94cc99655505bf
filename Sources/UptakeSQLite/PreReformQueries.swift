import GRDB
import UptakeCore
import UptakeStoreAPI

extension SQLiteStore: PreReformStore {
    public func preReformSpan() async throws -> DayRange? {
        try await queue.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT MIN(day) AS a, MAX(day) AS b FROM applications_pre2025"),
                  let a = row["a"] as Int?, let b = row["b"] as Int? else { return nil }
            return DayRange(first: Day(number: a), last: Day(number: b))
        }
    }

    /// Sums per old unit and period, summed as ``CountSums`` defines (as `SumsPlanner` does for
    /// today's units): one query per period, each read by the (day, …) key's range. An old code the
    /// shipped crosswalk does not know cannot be stored, so none is dropped.
    public func preReformSums(periods: [DayRange], sectors: [Sector]?) async throws -> [OldUnitPeriodSums] {
        var sectorFilter = ""
        if let sectors {
            let names = sectors.map { "'\($0.name)'" }.joined(separator: ", ")  // Sector names are [a-z0-9_]: safe to inline
            sectorFilter = " AND sector_id IN (SELECT id FROM sectors WHERE name IN (\(names)))"
        }
        let sql = """
            SELECT old_code,
                COUNT(*), SUM(received), SUM(received_online), SUM(COALESCE(resolved, 0)),
                SUM(CASE WHEN resolved IS NOT NULL AND resolved_online IS NOT NULL THEN resolved_online ELSE 0 END),
                SUM(CASE WHEN resolved IS NOT NULL AND resolved_online IS NOT NULL THEN resolved ELSE 0 END),
                SUM(CASE WHEN synced IS NOT NULL THEN synced ELSE 0 END),
                SUM(CASE WHEN synced IS NOT NULL THEN received ELSE 0 END),
                SUM(CASE WHEN resolved IS NOT NULL AND on_time IS NOT NULL THEN on_time ELSE 0 END),
                SUM(CASE WHEN resolved IS NOT NULL AND on_time IS NOT NULL THEN resolved ELSE 0 END)
            FROM applications_pre2025 WHERE day BETWEEN ? AND ?\(sectorFilter)
            GROUP BY old_code
            """
        let crosswalk = ReformCrosswalk.vietnam2025
        return try await queue.read { db in
            var out: [OldUnitPeriodSums] = []
            let statement = try db.makeStatement(sql: sql)
            for (index, period) in periods.enumerated() {
                let rows = try Row.fetchCursor(statement, arguments: [period.first.number, period.last.number])
                while let row = try rows.next() {
                    guard let unit = crosswalk.index(ofCode: row[0] as String) else { continue }
                    out.append(OldUnitPeriodSums(unit: unit, period: index, sums: CountSums(values: (1..<11).map { row[$0] as Int64 })))
                }
            }
            return out
        }
    }

    public func preReformSectors() async throws -> [Sector] {
        try await queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sectors WHERE id IN (SELECT DISTINCT sector_id FROM applications_pre2025) ORDER BY name")
                .compactMap { Sector($0) }
        }
    }
}

extension SQLiteStore {
    /// The latest day of each (old code, criterion), then its rows: a divided unit's copies hold the
    /// same value; were they to differ, the least ready is kept, as for today's units.
    public func preReformReadiness(asOf day: Day?) async throws -> [OldUnitReadiness] {
        try await queue.read { db in
            var values: [String: [ReadinessCriterion: ReadinessValue]] = [:]
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT r.old_code, r.criterion, r.value FROM readiness r
                JOIN (SELECT old_code, criterion, MAX(day) AS day FROM readiness WHERE old_code <> '' AND day <= ? GROUP BY old_code, criterion) latest
                    USING (old_code, criterion, day)
                """, arguments: [day?.number ?? Int.max])
            while let row = try cursor.next() {
                guard let criterion = ReadinessCriterion(rawValue: row[1]), let value = ReadinessValue(text: row[2]) else { continue }
                let code: String = row[0]
                values[code, default: [:]][criterion] = values[code]?[criterion].map { $0.lessReady(value) } ?? value
            }
            return values.keys.sorted().map { OldUnitReadiness(code: $0, values: values[$0] ?? [:]) }
        }
    }
}
