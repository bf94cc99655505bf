import Foundation
import GRDB
import UptakeCore
import UptakeStoreAPI

extension SQLiteStore {
    public func sums(_ query: SumsQuery) async throws -> [UnitPeriodSums] {
        try await queue.read { db in try SumsPlanner(db: db, query: query, directory: self.directories.directory(db)).run(raw: false) }
    }

    /// The same sums recomputed from the raw rows (slower): the reference the aggregates must equal.
    /// SQLite's own: tests use it as an oracle; it is not part of the store protocol.
    public func rawSums(_ query: SumsQuery) throws -> [UnitPeriodSums] {
        try queue.read { db in try SumsPlanner(db: db, query: query, directory: self.directories.directory(db)).run(raw: true) }
    }
}

/// Chooses where a sums query is answered from, runs it and folds days or months into periods.
///
/// Provinces and the nation come from the province aggregates (by month when the query is whole
/// months, else by day); communes by month from the locality-by-month aggregate; anything finer for
/// communes from the raw rows. The raw path answers every query too, which is how tests check the
/// aggregates.
struct SumsPlanner {
    let db: Database
    let query: SumsQuery
    let directory: LocalityDirectory

    /// The units to report and the ids their sums are read from.
    struct Unit {
        let locality: Locality
        let id: Int
        let isProvince: Bool
    }

    func run(raw: Bool) throws -> [UnitPeriodSums] {
        let units = try resolveUnits(directory)
        let periods = query.range.periods(query.grain)
        let monthly = !raw && query.isAnsweredByMonth
        var sectorFilter = ""
        if let sectors = query.sectors {
            let names = sectors.map { "'\($0.name)'" }.joined(separator: ", ")  // Sector names are [a-z0-9_]: safe to inline
            sectorFilter = " AND sector_id IN (SELECT id FROM sectors WHERE name IN (\(names)))"
        }
        // Fetch (unit id, time, sums) rows.
        var byUnitTime: [Int: [(Int, CountSums)]] = [:]
        let provinceIDs = units.filter(\.isProvince).map(\.id)
        let otherIDs = units.filter { !$0.isProvince }.map(\.id)
        let sumsSQL = Schema.sumColumns.map { "SUM(\($0))" }.joined(separator: ", ")
        func collect(_ sql: String, _ args: [Int]) throws {
            let statement = try PreparedStatement(db, sql)
            for (i, a) in args.enumerated() { statement.bind(Int32(i + 1), a) }
            try statement.forEachRow(columns: Int32(2 + Schema.sumColumns.count)) { v in
                byUnitTime[Int(v[0]), default: []].append((Int(v[1]), CountSums(values: Array(v[2...]))))
            }
        }
        let firstMonth = MonthNumber.of(query.range.first), lastMonth = MonthNumber.of(query.range.last)
        if !provinceIDs.isEmpty {
            if raw {
                let members = provinceIDs.flatMap { [$0] + directory.children(of: $0).map(\.id) }
                try collect(rawSQL(unitExpression: "COALESCE(l.parent_id, l.id)", ids: members, sectorFilter: sectorFilter), [])
            } else if monthly {
                try collect("SELECT province_id, month, \(sumsSQL) FROM agg_province_month WHERE province_id IN (\(list(provinceIDs))) AND month BETWEEN ? AND ?\(sectorFilter) GROUP BY province_id, month",
                            [firstMonth, lastMonth])
            } else {
                try collect("SELECT province_id, day, \(sumsSQL) FROM agg_province_day WHERE province_id IN (\(list(provinceIDs))) AND day BETWEEN ? AND ?\(sectorFilter) GROUP BY province_id, day",
                            [query.range.first.number, query.range.last.number])
            }
        }
        if !otherIDs.isEmpty {
            if monthly {
                try collect("SELECT locality_id, month, \(sumsSQL) FROM agg_locality_month WHERE locality_id IN (\(list(otherIDs))) AND month BETWEEN ? AND ?\(sectorFilter) GROUP BY locality_id, month",
                            [firstMonth, lastMonth])
            } else {
                try collect(rawSQL(unitExpression: "a.locality_id", ids: otherIDs, sectorFilter: sectorFilter), [])
            }
        }
        // Fold into periods.
        let periodStarts = periods.map { monthly ? MonthNumber.of($0.first) : $0.first.number }
        func periodIndex(_ time: Int) -> Int? {
            var lo = 0, hi = periodStarts.count - 1, found: Int?
            while lo <= hi {
                let mid = (lo + hi) / 2
                if periodStarts[mid] <= time { found = mid; lo = mid + 1 } else { hi = mid - 1 }
            }
            return found
        }
        // Checked: counts stored before the contract bounded them could overflow here.
        func add(_ s: CountSums, to total: inout CountSums) throws {
            guard let sum = total.adding(s) else {
                throw QueryError("the sums overflow 64-bit integers: the database holds counts above the limit of \(DataDomain.maxCountText) per row",
                                 hint: "find them with uptake sql \"select * from applications where received > \(DataDomain.maxCount)\" and ingest corrected rows", code: .io)
            }
            total = sum
        }
        var result: [UnitPeriodSums] = []
        if query.units == .nation {
            var totals = [CountSums](repeating: CountSums(), count: periods.count)
            for (_, rows) in byUnitTime { for (t, s) in rows { if let i = periodIndex(t) { try add(s, to: &totals[i]) } } }
            for (i, p) in periods.enumerated() { result.append(UnitPeriodSums(locality: .nation, period: p, sums: totals[i])) }
            return result
        }
        for unit in units {
            var totals = [CountSums](repeating: CountSums(), count: periods.count)
            for (t, s) in byUnitTime[unit.id] ?? [] { if let i = periodIndex(t) { try add(s, to: &totals[i]) } }
            for (i, p) in periods.enumerated() { result.append(UnitPeriodSums(locality: unit.locality, period: p, sums: totals[i])) }
        }
        return result
    }

    func list(_ ids: [Int]) -> String { ids.map(String.init).joined(separator: ", ") }

    /// Sums from the raw rows of localities `ids`, per unit and day; optional fields summed as
    /// `CountSums` defines. For ranges up to about a year the days are listed with IN, so SQLite
    /// seeks each (day, locality) key prefix instead of reading every locality's rows of the range.
    func rawSQL(unitExpression: String, ids: [Int], sectorFilter: String) -> String {
        let r = query.range
        let days = r.dayCount <= 400 ? "a.day IN (\((r.first.number...r.last.number).map(String.init).joined(separator: ", ")))"
                                     : "a.day BETWEEN \(r.first.number) AND \(r.last.number)"
        return """
        SELECT \(unitExpression) AS unit, a.day,
            COUNT(*), SUM(a.received), SUM(a.received_online), SUM(COALESCE(a.resolved, 0)),
            SUM(CASE WHEN a.resolved IS NOT NULL AND a.resolved_online IS NOT NULL THEN a.resolved_online ELSE 0 END),
            SUM(CASE WHEN a.resolved IS NOT NULL AND a.resolved_online IS NOT NULL THEN a.resolved ELSE 0 END),
            SUM(CASE WHEN a.synced IS NOT NULL THEN a.synced ELSE 0 END),
            SUM(CASE WHEN a.synced IS NOT NULL THEN a.received ELSE 0 END),
            SUM(CASE WHEN a.resolved IS NOT NULL AND a.on_time IS NOT NULL THEN a.on_time ELSE 0 END),
            SUM(CASE WHEN a.resolved IS NOT NULL AND a.on_time IS NOT NULL THEN a.resolved ELSE 0 END)
        FROM applications a JOIN localities l ON l.id = a.locality_id
        WHERE \(days) AND a.locality_id IN (\(list(ids)))\(sectorFilter.replacingOccurrences(of: "sector_id", with: "a.sector_id"))
        GROUP BY unit, a.day
        """
    }

    func resolveUnits(_ directory: LocalityDirectory) throws -> [Unit] {
        try directory.units(query.units).map { Unit(locality: $0.locality, id: $0.id, isProvince: $0.locality.level == .province) }
    }
}
