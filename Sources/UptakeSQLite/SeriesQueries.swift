import GRDB
import UptakeCore
import UptakeStoreAPI

extension SQLiteStore {
    /// A long range is read as two halves at once, on two of the pool's reader connections (the raw
    /// rows are keyed by day first, so each half is its own stretch of the table), then stitched;
    /// ``readInTwoParts(_:)`` keeps both halves of one state of the data.
    public func dailySeries(_ query: SeriesQuery) async throws -> [DailySeries] {
        let days = query.range.dayCount
        guard days >= 60 else { return try await queue.read { db in try SeriesReader(db, query, self.directories).run() } }
        let middle = query.range.first.advanced(by: days / 2)
        let early = SeriesQuery(metric: query.metric, units: query.units, range: DayRange(first: query.range.first, last: middle.advanced(by: -1)),
                                sectors: query.sectors, bySector: query.bySector)
        let late = SeriesQuery(metric: query.metric, units: query.units, range: DayRange(first: middle, last: query.range.last),
                               sectors: query.sectors, bySector: query.bySector)
        let directories = self.directories
        let (first, second) = try await readInTwoParts { db, part in try SeriesReader(db, part == 0 ? early : late, directories).run() }
        return SeriesReader.stitch(first, second, range: query.range)
    }
}

/// Reads dense daily series in one pass: provinces and the nation from the province × sector × day
/// aggregate, communes from the month chunks (keyed by month first, so a range of months is one
/// contiguous stretch of the table).
struct SeriesReader {
    let db: Database
    let query: SeriesQuery
    let directory: LocalityDirectory
    /// The query's units, as the sums resolve them.
    let units: [SumsPlanner.Unit]

    init(_ db: Database, _ query: SeriesQuery, _ directories: LocalityDirectoryCache) throws {
        guard query.metric.hasDailySeries else { throw QueryError("\(query.metric.rawValue) has no daily series", hint: "choose a volume or a simple rate") }
        let planner = try SumsPlanner(db, SumsQuery(units: query.units, range: query.range, grain: .day, sectors: query.sectors), directories)
        (self.db, self.query, directory, units) = (db, query, planner.directory, planner.resolveUnits())
    }

    func run() throws -> [DailySeries] {
        let dayCount = query.range.dayCount
        let isRate = query.metric.isRate
        var sectorNames: [Int: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM sectors") { sectorNames[row[0]] = row[1] }
        var sectorFilter = ""
        if let sectors = query.sectors {
            let names = sectors.map { "'\($0.name)'" }.joined(separator: ", ")  // Sector names are [a-z0-9_]: safe to inline
            sectorFilter = " AND sector_id IN (SELECT id FROM sectors WHERE name IN (\(names)))"
        }
        // Which unit each locality id's rows belong to.
        var unitOfProvince: [Int: Int] = [:], unitOfCommune: [Int: Int] = [:]
        for (i, u) in units.enumerated() {
            if query.units == .nation { unitOfProvince[u.id] = 0 } else if u.isProvince { unitOfProvince[u.id] = i } else { unitOfCommune[u.id] = i }
        }
        struct Slot { var unit: Int; var sector: Int; var numerator: [Double]; var denominator: [Double]? }
        var slots: [Slot] = []
        var slotIndex: [Int: Int] = [:]
        func slot(_ unit: Int, _ sector: Int) -> Int {
            let key = unit << 24 | (query.bySector ? sector : 0)
            if let i = slotIndex[key] { return i }
            slots.append(Slot(unit: unit, sector: query.bySector ? sector : 0, numerator: [Double](repeating: .nan, count: dayCount),
                              denominator: isRate ? [Double](repeating: .nan, count: dayCount) : nil))
            slotIndex[key] = slots.count - 1
            return slots.count - 1
        }
        let localities = query.units == .nation ? [Locality.nation] : units.map(\.locality)
        if !query.bySector { for i in localities.indices { _ = slot(i, 0) } }
        let first = query.range.first.number
        func add(_ s: Int, _ d: Int, _ numerator: Double, _ denominator: Double) {
            slots[s].numerator[d] = slots[s].numerator[d].isNaN ? numerator : slots[s].numerator[d] + numerator
            if isRate {
                let old = slots[s].denominator![d]
                slots[s].denominator![d] = old.isNaN ? denominator : old + denominator
            }
        }
        func collect(_ sql: String, _ unitOf: [Int: Int]) throws {
            let statement = try PreparedStatement(db, sql)
            try statement.forEachRow(columns: 5) { v in
                guard let unit = unitOf[Int(v[0])] else { return }
                add(slot(unit, Int(v[1])), Int(v[2]) - first, Double(v[3]), Double(v[4]))
            }
        }
        let (aggNumerator, aggDenominator) = query.metric.aggregateColumns
        let days = "day BETWEEN \(query.range.first.number) AND \(query.range.last.number)"
        if !unitOfProvince.isEmpty {
            try collect("SELECT province_id, sector_id, day, \(aggNumerator), \(aggDenominator) FROM agg_province_day WHERE \(days)\(sectorFilter)", unitOfProvince)
        }
        if !unitOfCommune.isEmpty {
            let metric = query.metric
            try MonthChunkScan(range: query.range, filter: communeFilter(unitOfCommune.keys) + sectorFilter).forEachChunk(db) { id, sector, days in
                guard let unit = unitOfCommune[id] else { return }
                var s: Int?  // made at the chunk's first day in the range, as a series without one has no slot
                days.forEach { day, counts in
                    let (n, d) = metric.rawValues(CountSums(counts))
                    if s == nil { s = slot(unit, sector) }
                    add(s!, day - first, n, d)
                }
            }
        }
        slots.sort { ($0.unit, sectorNames[$0.sector] ?? "") < ($1.unit, sectorNames[$1.sector] ?? "") }
        return slots.map { s in
            DailySeries(locality: localities[s.unit], sector: query.bySector ? sectorNames[s.sector].flatMap { Sector($0) } : nil,
                        first: query.range.first, numerator: s.numerator, denominator: s.denominator)
        }
    }
}

extension SeriesReader {
    /// Which communes' chunks are read, beyond the months of the range. A few communes (an
    /// explanation's commune, its province's communes: at most a quarter of the localities) are named,
    /// so SQLite seeks each month's run of them and reads only their chunks; reading every commune's
    /// chunks to keep one commune's made an explanation cost as much as a national scan. Most
    /// communes (a national scan) read the months whole, cheaper than a seek per commune.
    func communeFilter(_ ids: some Collection<Int>) -> String {
        ids.count * 4 <= directory.entries.count ? " AND \(SumsPlanner.localityFilter(ids))" : ""
    }

    /// Two consecutive stretches of the same series as one; a series only one stretch has (a sector
    /// with rows in one half) is missing (NaN) in the other. Order: the first stretch's, then any
    /// series only the second has.
    static func stitch(_ a: [DailySeries], _ b: [DailySeries], range: DayRange) -> [DailySeries] {
        struct Key: Hashable { var code: String; var sector: Sector? }
        var byKey: [Key: DailySeries] = [:]
        var order: [Key] = []
        for s in a + b {
            let key = Key(code: s.locality.code, sector: s.sector)
            var whole = byKey[key] ?? DailySeries(locality: s.locality, sector: s.sector, first: range.first,
                                                  numerator: [Double](repeating: .nan, count: range.dayCount),
                                                  denominator: s.denominator == nil ? nil : [Double](repeating: .nan, count: range.dayCount))
            if byKey[key] == nil { order.append(key) }
            let offset = range.first.distance(to: s.first)
            whole.numerator.replaceSubrange(offset..<offset + s.numerator.count, with: s.numerator)
            if let d = s.denominator { whole.denominator?.replaceSubrange(offset..<offset + d.count, with: d) }
            byKey[key] = whole
        }
        return order.compactMap { byKey[$0] }
    }
}

extension Metric {
    /// The aggregate tables' columns for the numerator and denominator (0 for a volume).
    var aggregateColumns: (String, String) {
        switch self {
        case .received: ("received", "0")
        case .receivedOnline: ("received_online", "0")
        case .resolved: ("resolved", "0")
        case .resolvedOnline: ("resolved_online", "0")
        case .onlineSubmission: ("received_online", "received")
        case .onlineResult: ("resolved_online", "resolved_with_online")
        case .sync: ("synced", "received_with_sync")
        case .onTime: ("on_time", "resolved_with_on_time")
        case .onlineSubmission766: ("0", "0")
        }
    }

    /// The numerator and denominator (0 for a volume) of one raw row's sums, as the aggregate tables'
    /// columns (``aggregateColumns``) hold them.
    func rawValues(_ s: CountSums) -> (Double, Double) {
        let (n, d): (Int64, Int64) = switch self {
        case .received: (s.received, 0)
        case .receivedOnline: (s.receivedOnline, 0)
        case .resolved: (s.resolved, 0)
        case .resolvedOnline: (s.resolvedOnline, 0)
        case .onlineSubmission: (s.receivedOnline, s.received)
        case .onlineResult: (s.resolvedOnline, s.resolvedWithOnline)
        case .sync: (s.synced, s.receivedWithSync)
        case .onTime: (s.onTime, s.resolvedWithOnTime)
        case .onlineSubmission766: (0, 0)
        }
        return (Double(n), Double(d))
    }
}
