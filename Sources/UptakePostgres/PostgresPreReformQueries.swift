import PostgresNIO
import UptakeCore
import UptakeStoreAPI

/// The pre-reform applications rows as filed (issue 26), read as SQLite reads them; folding them into
/// today's units is the analysis's (`PreReformFolding`), so both stores answer alike.
extension PostgresStore: PreReformStore {
    public func preReformSpan() async throws -> DayRange? { try await daySpan("applications_pre2025") }

    /// Sums per old unit and period in one query: the periods are bound as two arrays (first and last
    /// days) and joined by day, each row counted in every period holding its day.
    public func preReformSums(periods: [DayRange], sectors: [Sector]?) async throws -> [OldUnitPeriodSums] {
        guard !periods.isEmpty else { return [] }
        var binds = PostgresBindings()
        binds.append(periods.map(\.first.number))
        binds.append(periods.map(\.last.number))
        let sectorFilter = RowSumsSQL.sectorFilter(sectors, column: "a.sector_id", parameter: 3, &binds)
        let sql = """
            SELECT p.i::integer - 1, a.old_code, \(RowSumsSQL.summed("a"))
            FROM unnest($1::integer[], $2::integer[]) WITH ORDINALITY AS p(first, last, i)
            JOIN applications_pre2025 a ON a.day BETWEEN p.first AND p.last\(sectorFilter)
            GROUP BY p.i, a.old_code ORDER BY p.i, a.old_code COLLATE "C"
            """
        typealias Row = (Int, String, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64)
        let crosswalk = ReformCrosswalk.vietnam2025
        return try await withConnection { connection in
            var out: [OldUnitPeriodSums] = []
            for try await r in try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: self.logger).decode(Row.self) {
                // An old code the shipped crosswalk does not know cannot be stored (the ingest refuses it).
                guard let unit = crosswalk.index(ofCode: r.1) else { continue }
                out.append(OldUnitPeriodSums(unit: unit, period: r.0, sums: CountSums(values: [r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10, r.11])))
            }
            return out
        }
    }

    public func preReformSectors() async throws -> [Sector] { try await sectors(usedIn: "applications_pre2025") }
}

extension PostgresStore {
    /// The rows of each (old code, criterion)'s latest day on or before `day`, as SQLite reads them.
    public func preReformReadiness(asOf day: Day?) async throws -> [OldUnitReadiness] {
        try await withConnection { connection in
            var values: [String: [ReadinessCriterion: ReadinessValue]] = [:]
            let rows = try await connection.query("""
                SELECT old_code, criterion, value FROM (
                    SELECT old_code, criterion, value, day, MAX(day) OVER (PARTITION BY old_code, criterion) AS latest
                    FROM readiness WHERE old_code <> '' AND day <= \(day?.number ?? Int(Int32.max))) r
                WHERE day = latest
                """, logger: self.logger)
            for try await (code, criterionText, valueText) in rows.decode((String, String, String).self) {
                guard let criterion = ReadinessCriterion(rawValue: criterionText), let value = ReadinessValue(text: valueText) else { continue }
                values[code, default: [:]][criterion] = values[code]?[criterion].map { $0.lessReady(value) } ?? value
            }
            return values.keys.sorted().map { OldUnitReadiness(code: $0, values: values[$0] ?? [:]) }
        }
    }

    /// As SQLite reads them: each pre-reform incident once under its old code, and the nationwide ones.
    public func preReformIncidents(touching range: DayRange) async throws -> [IncidentRecord] {
        try await withConnection { connection in
            let rows = try await connection.query("""
                SELECT DISTINCT start, start_day, "end", end_day, old_code, system, kind, errors, note FROM incidents
                WHERE (old_code <> '' OR locality_id = 0) AND start_day <= \(range.last.number)
                    AND (end_day IS NULL OR end_day >= \(range.first.number))
                """, logger: self.logger)
            var records: [IncidentRecord] = []
            for try await row in rows.decode(IncidentRow<String>.self) {
                if let record = Self.incident(row, locality: row.4.isEmpty ? nil : row.4) { records.append(record) }
            }
            return records
        }
    }
}
