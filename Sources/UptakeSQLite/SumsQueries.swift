import Foundation
import GRDB
import UptakeCore
import UptakeStoreAPI

extension SQLiteStore {
    /// Communes by day or week over four weeks or more come from many raw rows (a province's communes
    /// over a quarter: about 100,000): the two halves of the days are read at once, on two of the
    /// pool's reader connections, and added (as `dailySeries` reads a long range; ``readInTwoParts(_:)``
    /// keeps both of one state of the data).
    public func sums(_ query: SumsQuery) async throws -> [UnitPeriodSums] {
        guard case .communes = query.units, !query.isAnsweredByMonth, query.range.dayCount >= 28 else {
            return try await queue.read { db in try SumsPlanner(db, query, self.directories).run(raw: false) }
        }
        let range = query.range, middle = range.first.advanced(by: range.dayCount / 2), directories = self.directories
        let halves = [DayRange(first: range.first, last: middle.advanced(by: -1)), DayRange(first: middle, last: range.last)]
        let (early, late) = try await readInTwoParts { db, part in
            try SumsPlanner(db, query, directories, rawDays: halves[part]).run(raw: false)
        }
        return try SumsPlanner.added(early, late)
    }

    /// The same sums recomputed from the raw rows (slower): the reference the aggregates must equal.
    /// SQLite's own: tests use it as an oracle; it is not part of the store protocol.
    public func rawSums(_ query: SumsQuery) throws -> [UnitPeriodSums] {
        try queue.read { db in try SumsPlanner(db, query, self.directories).run(raw: true) }
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
    /// The directory's entries of the query's units.
    let selected: [LocalityDirectory.Entry]
    /// The days whose raw rows are read (the query's days when `nil`): a part of them, when a long
    /// range is read in parts (``added(_:_:)`` adds the parts' answers).
    var rawDays: DayRange? = nil

    init(_ db: Database, _ query: SumsQuery, _ directories: LocalityDirectoryCache, rawDays: DayRange? = nil) throws {
        (self.db, self.query, self.rawDays) = (db, query, rawDays)
        (directory, selected) = try directories.directory(db, units: query.units)
    }

    /// The units to report and the ids their sums are read from.
    struct Unit {
        let locality: Locality
        let id: Int
        let isProvince: Bool
    }

    func run(raw: Bool) throws -> [UnitPeriodSums] {
        let units = resolveUnits()
        let periods = query.range.periods(query.grain)
        let monthly = !raw && query.isAnsweredByMonth
        var sectorFilter = ""
        if let sectors = query.sectors {
            let names = sectors.map { "'\($0.name)'" }.joined(separator: ", ")  // Sector names are [a-z0-9_]: safe to inline
            sectorFilter = " AND sector_id IN (SELECT id FROM sectors WHERE name IN (\(names)))"
        }
        // The aggregates are keyed (unit, sector, time): with the sectors named (every one when the
        // query names none) SQLite seeks each unit's and sector's stretch of days, where a unit alone
        // read every day it has (a province-level question over a few weeks read its whole year).
        let aggregateSectors = sectorFilter.isEmpty ? " AND sector_id IN (SELECT id FROM sectors)" : sectorFilter
        let periodStarts = periods.map { monthly ? MonthNumber.of($0.first) : $0.first.number }
        func periodIndex(_ time: Int) -> Int? {
            var lo = 0, hi = periodStarts.count - 1, found: Int?
            while lo <= hi {
                let mid = (lo + hi) / 2
                if periodStarts[mid] <= time { found = mid; lo = mid + 1 } else { hi = mid - 1 }
            }
            return found
        }
        // Totals per slot (a unit id; one slot for the nation) and period, added up here as the rows
        // arrive: no GROUP BY, whose sort cost SQLite more than the sums themselves.
        var slotOfUnit: [Int: Int] = [:]
        for unit in units where slotOfUnit[unit.id] == nil { slotOfUnit[unit.id] = query.units == .nation ? 0 : slotOfUnit.count }
        var totals = [CountSums](repeating: CountSums(), count: max(slotOfUnit.count, 1) * periods.count)
        var overflowed = false
        func add(_ sums: CountSums, slot: Int, time: Int) {
            guard let i = periodIndex(time) else { return }
            if !totals[slot * periods.count + i].addReportingOverflow(sums) { overflowed = true }
        }
        /// Reads (id, time, sums…) rows of an aggregate; `slotOf` says which slot each id adds to.
        func collectAggregate(_ sql: String, _ args: [Int], _ slotOf: [Int: Int]) throws {
            let statement = try PreparedStatement(db, sql)
            for (i, a) in args.enumerated() { statement.bind(Int32(i + 1), a) }
            try statement.forEachRow { row in
                guard let slot = slotOf[Int(row.int(0))] else { return }
                var sums = CountSums()
                (sums.rows, sums.received, sums.receivedOnline, sums.resolved) = (row.int(2), row.int(3), row.int(4), row.int(5))
                (sums.resolvedOnline, sums.resolvedWithOnline, sums.synced) = (row.int(6), row.int(7), row.int(8))
                (sums.receivedWithSync, sums.onTime, sums.resolvedWithOnTime) = (row.int(9), row.int(10), row.int(11))
                add(sums, slot: slot, time: Int(row.int(1)))
            }
        }
        /// Reads raw rows (from the month chunks), each summed as ``CountSums/init(_:)`` defines.
        func collectRaw(_ ids: [Int], _ slotOf: [Int: Int]) throws {
            let scan = MonthChunkScan(range: rawDays ?? query.range, filter: " AND \(SumsPlanner.localityFilter(ids))\(sectorFilter)")
            try scan.forEachChunk(db) { id, _, days in
                guard let slot = slotOf[id] else { return }
                days.forEach { day, counts in add(CountSums(counts), slot: slot, time: day) }
            }
        }
        let provinces = units.filter(\.isProvince).map(\.id)
        let others = units.filter { !$0.isProvince }.map(\.id)
        let sumsSQL = Schema.sumColumns.joined(separator: ", ")
        let firstMonth = MonthNumber.of(query.range.first), lastMonth = MonthNumber.of(query.range.last)
        if !provinces.isEmpty {
            let slotOf = Dictionary(uniqueKeysWithValues: provinces.map { ($0, slotOfUnit[$0]!) })
            if raw {
                // A province's own rows and its communes' add to its slot.
                var members = slotOf
                for id in provinces { for child in directory.children(of: id) { members[child.id] = slotOf[id] } }
                try collectRaw(members.keys.sorted(), members)
            } else if monthly {
                try collectAggregate("SELECT province_id, month, \(sumsSQL) FROM agg_province_month WHERE province_id IN (\(list(provinces))) AND month BETWEEN ? AND ?\(aggregateSectors)",
                                     [firstMonth, lastMonth], slotOf)
            } else {
                try collectAggregate("SELECT province_id, day, \(sumsSQL) FROM agg_province_day WHERE province_id IN (\(list(provinces))) AND day BETWEEN ? AND ?\(aggregateSectors)",
                                     [query.range.first.number, query.range.last.number], slotOf)
            }
        }
        if !others.isEmpty {
            let slotOf = Dictionary(uniqueKeysWithValues: others.map { ($0, slotOfUnit[$0]!) })
            if monthly {
                try collectAggregate("SELECT locality_id, month, \(sumsSQL) FROM agg_locality_month WHERE locality_id IN (\(list(others))) AND month BETWEEN ? AND ?\(aggregateSectors)",
                                     [firstMonth, lastMonth], slotOf)
            } else {
                try collectRaw(others, slotOf)
            }
        }
        // Checked: counts stored before the contract bounded them could overflow here.
        if overflowed { throw SumsPlanner.overflow }
        if query.units == .nation {
            return periods.enumerated().map { UnitPeriodSums(locality: .nation, period: $1, sums: totals[$0]) }
        }
        return units.flatMap { unit in
            let slot = slotOfUnit[unit.id]!
            return periods.enumerated().map { UnitPeriodSums(locality: unit.locality, period: $1, sums: totals[slot * periods.count + $0]) }
        }
    }

    /// Two answers of the same query over parts of its raw rows' days (same units and periods, in
    /// the same order), added.
    static func added(_ a: [UnitPeriodSums], _ b: [UnitPeriodSums]) throws -> [UnitPeriodSums] {
        precondition(a.count == b.count, "the parts of one query answer the same units and periods")
        var out = a
        for i in out.indices where !out[i].sums.addReportingOverflow(b[i].sums) { throw overflow }
        return out
    }

    /// Counts stored before the contract bounded them can pass 64 bits when summed.
    static let overflow = QueryError("the sums overflow 64-bit integers: the database holds counts above the limit of \(DataDomain.maxCountText) per row",
                                     hint: "find them with uptake sql \"select * from applications where received > \(DataDomain.maxCount)\" and ingest corrected rows",
                                     code: .io)

    func list(_ ids: [Int]) -> String { ids.map(String.init).joined(separator: ", ") }

    /// `locality_id` among `ids`. A province's communes usually have consecutive ids (`init` inserts
    /// the shipped localities province by province): as one BETWEEN, SQLite seeks once per month and
    /// reads the run, where an IN list seeks once per month and commune (HCMC's communes over a quarter,
    /// when rows were kept one per day: 21-25 ms against 39-58 ms in Python's sqlite3). Ids given
    /// twice are never one run.
    static func localityFilter(_ ids: some Collection<Int>) -> String {
        let sorted = ids.sorted()
        if let first = sorted.first, let last = sorted.last, last - first + 1 == sorted.count {
            return "locality_id BETWEEN \(first) AND \(last)"
        }
        return "locality_id IN (\(sorted.map(String.init).joined(separator: ", ")))"
    }

    func resolveUnits() -> [Unit] {
        selected.map { Unit(locality: $0.locality, id: $0.id, isProvince: $0.locality.level == .province) }
    }
}

extension CountSums {
    /// Adds `other` field by field, without the arrays of ``adding(_:)`` (it runs once per raw row);
    /// `false` when a field would pass 64 bits (`self` is then partly added: the caller throws).
    mutating func addReportingOverflow(_ other: CountSums) -> Bool {
        func add(_ a: inout Int64, _ b: Int64) -> Bool {
            let (sum, overflow) = a.addingReportingOverflow(b)
            a = sum
            return !overflow
        }
        var fine = add(&rows, other.rows) && add(&received, other.received) && add(&receivedOnline, other.receivedOnline)
        fine = fine && add(&resolved, other.resolved) && add(&resolvedOnline, other.resolvedOnline) && add(&resolvedWithOnline, other.resolvedWithOnline)
        fine = fine && add(&synced, other.synced) && add(&receivedWithSync, other.receivedWithSync)
        return fine && add(&onTime, other.onTime) && add(&resolvedWithOnTime, other.resolvedWithOnTime)
    }
}
