import PostgresNIO
import UptakeCore
import UptakeStoreAPI

/// SQL shared by the queries, the ingest and the aggregate rebuild.
enum RowSumsSQL {
    /// One applications row's ``CountSums`` (columns in `CountSums.columnNames` order) for the row
    /// aliased `a`: the optional fields counted as `CountSums.init(_:)` counts them.
    static func of(_ a: String) -> [String] {
        let withOnline = "\(a).resolved IS NOT NULL AND \(a).resolved_online IS NOT NULL"
        let withOnTime = "\(a).resolved IS NOT NULL AND \(a).on_time IS NOT NULL"
        return [
            "1::bigint", "\(a).received", "\(a).received_online", "COALESCE(\(a).resolved, 0)",
            "CASE WHEN \(withOnline) THEN \(a).resolved_online ELSE 0 END",
            "CASE WHEN \(withOnline) THEN \(a).resolved ELSE 0 END",
            "COALESCE(\(a).synced, 0)",
            "CASE WHEN \(a).synced IS NOT NULL THEN \(a).received ELSE 0 END",
            "CASE WHEN \(withOnTime) THEN \(a).on_time ELSE 0 END",
            "CASE WHEN \(withOnTime) THEN \(a).resolved ELSE 0 END",
        ]
    }

    /// The same summed, as bigint (PostgreSQL sums bigint into numeric).
    static func summed(_ a: String) -> String { of(a).map { "SUM(\($0))::bigint" }.joined(separator: ", ") }

    /// Sums of an aggregate table's columns, as bigint.
    static var aggregateSums: String { CountSums.columnNames.map { "SUM(\($0))::bigint" }.joined(separator: ", ") }

    /// A clause keeping the rows of `sectors` (none when `nil`), its names bound as parameter `$n`.
    static func sectorFilter(_ sectors: [Sector]?, column: String, parameter n: Int, _ binds: inout PostgresBindings) -> String {
        guard let sectors else { return "" }
        binds.append(sectors.map(\.name))
        return " AND \(column) IN (SELECT id FROM sectors WHERE name = ANY($\(n)))"
    }
}

/// (unit id, time, ten sums) as a query returns them.
typealias SumsRow = (Int, Int, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64)

extension PostgresStore {
    func fetchSums(_ connection: PostgresConnection, _ sql: String, _ binds: PostgresBindings) async throws -> [(unit: Int, time: Int, sums: CountSums)] {
        var out: [(Int, Int, CountSums)] = []
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        for try await r in rows.decode(SumsRow.self) {
            out.append((r.0, r.1, CountSums(values: [r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10, r.11])))
        }
        return out
    }

    /// Sums per unit and period: provinces and the nation from the province aggregates (by month for
    /// whole months, else by day), communes from the locality-by-month aggregate or the raw rows:
    /// the same plan as SQLite's.
    public func sums(_ query: SumsQuery) async throws -> [UnitPeriodSums] {
        try await withConnection { connection in
            let directory = try await self.directory(connection)
            let units = try directory.units(query.units)
            let periods = query.range.periods(query.grain)
            let monthly = query.isAnsweredByMonth
            let provinceIDs = units.filter { $0.locality.level == .province }.map(\.id)
            let otherIDs = units.filter { $0.locality.level != .province }.map(\.id)
            let (firstTime, lastTime) = monthly ? (MonthNumber.of(query.range.first), MonthNumber.of(query.range.last))
                                                : (query.range.first.number, query.range.last.number)
            var rows: [(unit: Int, time: Int, sums: CountSums)] = []
            func run(_ table: String, key: String, time: String, ids: [Int], raw: Bool) async throws {
                var binds = PostgresBindings()
                binds.append(ids)
                binds.append(firstTime)
                binds.append(lastTime)
                let filter = RowSumsSQL.sectorFilter(query.sectors, column: "sector_id", parameter: 4, &binds)
                let sums = raw ? RowSumsSQL.summed("a") : RowSumsSQL.aggregateSums
                rows += try await self.fetchSums(connection, """
                    SELECT \(key), \(time), \(sums) FROM \(table) a
                    WHERE \(key) = ANY($1) AND \(time) BETWEEN $2 AND $3\(filter) GROUP BY \(key), \(time)
                    """, binds)
            }
            if !provinceIDs.isEmpty {
                try await run(monthly ? "agg_province_month" : "agg_province_day", key: "province_id", time: monthly ? "month" : "day", ids: provinceIDs, raw: false)
            }
            if !otherIDs.isEmpty {
                if monthly {
                    try await run("agg_locality_month", key: "locality_id", time: "month", ids: otherIDs, raw: false)
                } else {
                    try await run("applications", key: "locality_id", time: "day", ids: otherIDs, raw: true)
                }
            }
            let starts = periods.map { monthly ? MonthNumber.of($0.first) : $0.first.number }
            let index = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($0.element.id, $0.offset) })
            let nation = query.units == .nation
            var totals = [[CountSums]](repeating: [CountSums](repeating: CountSums(), count: periods.count), count: nation ? 1 : units.count)
            for row in rows {
                guard let u = nation ? 0 : index[row.unit], let p = starts.lastIndex(where: { $0 <= row.time }) else { continue }
                guard let sum = totals[u][p].adding(row.sums) else {
                    throw QueryError("the sums overflow 64-bit integers: the database holds counts above the limit of \(DataDomain.maxCountText) per row", code: .io)
                }
                totals[u][p] = sum
            }
            let localities = nation ? [Locality.nation] : units.map(\.locality)
            return localities.indices.flatMap { u in
                periods.indices.map { p in UnitPeriodSums(locality: localities[u], period: periods[p], sums: totals[u][p]) }
            }
        }
    }

    /// Dense daily series: provinces and the nation from the province × sector × day aggregate,
    /// communes from the raw rows; each row's sums go through `Metric.fraction`, as in memory.
    public func dailySeries(_ query: SeriesQuery) async throws -> [DailySeries] {
        guard query.metric.hasDailySeries else { throw QueryError("\(query.metric.rawValue) has no daily series", hint: "choose a volume or a simple rate") }
        return try await withConnection { connection in
            let directory = try await self.directory(connection)
            let sectorNames = try await self.sectorNames(connection)
            let units = try directory.units(query.units)
            let nation = query.units == .nation
            var unitOfProvince: [Int: Int] = [:], unitOfOther: [Int: Int] = [:]
            for (i, u) in units.enumerated() {
                if nation { unitOfProvince[u.id] = 0 } else if u.locality.level == .province { unitOfProvince[u.id] = i } else { unitOfOther[u.id] = i }
            }
            let localities = nation ? [Locality.nation] : units.map(\.locality)
            let n = query.range.dayCount, isRate = query.metric.isRate
            struct Key: Hashable { var unit: Int; var sector: Int }
            var slots: [Key: (numerator: [Double], denominator: [Double])] = [:]
            if !query.bySector { for i in localities.indices { slots[Key(unit: i, sector: 0)] = ([Double](repeating: .nan, count: n), [Double](repeating: .nan, count: n)) } }
            func run(_ table: String, key: String, raw: Bool, _ unitOf: [Int: Int]) async throws {
                var binds = PostgresBindings()
                binds.append(Array(unitOf.keys))
                binds.append(query.range.first.number)
                binds.append(query.range.last.number)
                let filter = RowSumsSQL.sectorFilter(query.sectors, column: "sector_id", parameter: 4, &binds)
                let sums = raw ? RowSumsSQL.of("a").joined(separator: ", ") : CountSums.columnNames.joined(separator: ", ")
                let rows = try await connection.query(PostgresQuery(unsafeSQL: """
                    SELECT \(key), sector_id, day, \(sums) FROM \(table) a WHERE \(key) = ANY($1) AND day BETWEEN $2 AND $3\(filter)
                    """, binds: binds), logger: self.logger)
                for try await r in rows.decode((Int, Int, Int, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64).self) {
                    guard let unit = unitOf[r.0] else { continue }
                    let s = CountSums(values: [r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10, r.11, r.12])
                    guard let f = query.metric.fraction(s) else { continue }
                    let key = Key(unit: unit, sector: query.bySector ? r.1 : 0), d = r.2 - query.range.first.number
                    var slot = slots[key] ?? ([Double](repeating: .nan, count: n), [Double](repeating: .nan, count: n))
                    slot.numerator[d] = (slot.numerator[d].isNaN ? 0 : slot.numerator[d]) + Double(f.numerator)
                    slot.denominator[d] = (slot.denominator[d].isNaN ? 0 : slot.denominator[d]) + Double(f.denominator ?? 0)
                    slots[key] = slot
                }
            }
            if !unitOfProvince.isEmpty { try await run("agg_province_day", key: "province_id", raw: false, unitOfProvince) }
            if !unitOfOther.isEmpty { try await run("applications", key: "locality_id", raw: true, unitOfOther) }
            return slots.sorted { ($0.key.unit, sectorNames[$0.key.sector] ?? "") < ($1.key.unit, sectorNames[$1.key.sector] ?? "") }.map { key, slot in
                DailySeries(locality: localities[key.unit], sector: query.bySector ? sectorNames[key.sector].flatMap { Sector($0) } : nil,
                            first: query.range.first, numerator: slot.numerator, denominator: isRate ? slot.denominator : nil)
            }
        }
    }

    /// Every locality in `scope`, provinces first then communes, each with the latest value of each
    /// criterion on or before `day`. A commune can hold several rows that day, one per pre-reform unit
    /// it was formed from (issue 26): it takes the least ready (``ReadinessValue/lessReady(_:)``), as SQLite does.
    public func readiness(asOf day: Day?, scope: ReadinessScope) async throws -> [LocalityReadiness] {
        try await withConnection { connection in
            let directory = try await self.directory(connection)
            let entries: [LocalityDirectory.Entry]
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
            let rows = try await connection.query("""
                SELECT locality_id, criterion, value FROM (
                    SELECT locality_id, criterion, value, day, MAX(day) OVER (PARTITION BY locality_id, criterion) AS latest
                    FROM readiness WHERE day <= \(day?.number ?? Int(Int32.max))) r
                WHERE day = latest
                """, logger: self.logger)
            for try await (localityID, criterionText, valueText) in rows.decode((Int, String, String).self) {
                guard let criterion = ReadinessCriterion(rawValue: criterionText), let value = ReadinessValue(text: valueText) else { continue }
                values[localityID, default: [:]][criterion] = values[localityID]?[criterion].map { $0.lessReady(value) } ?? value
            }
            return entries.map { LocalityReadiness(locality: $0.locality, values: values[$0.id] ?? [:]) }
        }
    }

    public func incidents(_ query: IncidentQuery) async throws -> [IncidentRecord] {
        try await withConnection { connection in
            let directory = try await self.directory(connection)
            if case .locality(let code, _) = query.scope, directory.id(forCode: code) == nil {
                throw QueryError("unknown locality \"\(code)\"", hint: "list the codes with 'uptake localities'")
            }
            // The days narrow the rows in SQL; the place is matched by the rule every store uses.
            let rows = try await connection.query("""
                SELECT start, start_day, "end", end_day, locality_id, system, kind, errors, note FROM incidents
                WHERE start_day <= \(query.range.last.number) AND (end_day IS NULL OR end_day >= \(query.range.first.number))
                """, logger: self.logger)
            var records: [IncidentRecord] = []
            for try await row in rows.decode(IncidentRow<Int>.self) {
                if let record = Self.incident(row, locality: row.4 == 0 ? nil : directory.locality(id: row.4)?.code) { records.append(record) }
            }
            return records.filter { query.matches($0, parentOf: { code in directory.id(forCode: code).flatMap { directory.locality(id: $0)?.parentCode } }) }
                .sorted(by: IncidentRecord.chronological)
        }
    }

    /// An incidents row as `SELECT start, start_day, "end", end_day, <place>, system, kind, errors, note` reads it.
    typealias IncidentRow<Place> = (String, Int, String?, Int?, Place, String, String, Int64?, String?)

    static func incident<Place>(_ row: IncidentRow<Place>, locality: String?) -> IncidentRecord? {
        guard let system = IncidentSystem(rawValue: row.5), let kind = IncidentKind(rawValue: row.6) else { return nil }
        let end: Instant? = row.2.flatMap { text in row.3.map { Instant(day: Day(number: $0), text: text) } }
        return IncidentRecord(start: Instant(day: Day(number: row.1), text: row.0), end: end, locality: locality,
                              system: system, kind: kind, errors: row.7, note: row.8)
    }
}
