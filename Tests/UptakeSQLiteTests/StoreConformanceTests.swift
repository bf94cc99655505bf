import Foundation
import Testing
import UptakeCore
import UptakePostgres
import UptakeSQLite
import UptakeStoreAPI
import UptakeTestSupport
import UptakeIngest

/// The store protocol's contract, checked the same way for every implementation: random data goes
/// in (through a file ingest for SQLite, through `insert` for the in-memory store), and every answer
/// is compared with an independent computation in this file. A PostgreSQL store joins by adding a
/// case to ``StoreKind``; PostgreSQL runs on a throwaway cluster (``PostgresTestCluster``).
@Suite struct StoreConformanceTests {
    enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, memory, postgres
        var testDescription: String { rawValue }

        /// Every kind this machine can run: PostgreSQL only where its binaries are installed.
        static let tested: [StoreKind] = {
            guard let reason = PostgresTestCluster.unavailableReason else { return allCases }
            print("StoreConformanceTests: \(reason)")
            return allCases.filter { $0 != .postgres }
        }()
    }

    /// What was put in, kept in plain form for the oracle.
    struct Data {
        var applications: [ApplicationRecord] = []
        var incidents: [IncidentRecord] = []
        var readiness: [ReadinessRecord] = []
    }

    static let localities: [Locality] = sampleLocalitiesCSV.split(separator: "\n").dropFirst().map { line in
        let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return Locality(code: f[0], parentCode: f[1].isEmpty ? nil : f[1], level: LocalityLevel(rawValue: f[2])!, name: f[4],
                        fullName: f[5], nameEn: f[6], unitType: f[3])
    }

    static func randomData(seed: UInt64) -> Data {
        var rng = SeededRandom(seed: seed)
        var data = Data()
        var seen = Set<String>()
        let start = Day(iso: "2025-06-20")!
        for _ in 0..<300 {
            let day = start.advanced(by: Int.random(in: 0..<45, using: &rng))
            let locality = ["00004", "00008", "01273", "01"].randomElement(using: &rng)!
            let sector = Sector(["land", "civil_status", "business"].randomElement(using: &rng)!)!
            guard seen.insert("\(day)|\(locality)|\(sector)").inserted else { continue }
            let received = Int64.random(in: 0...50, using: &rng)
            let resolved: Int64? = Bool.random(using: &rng) ? Int64.random(in: 0...40, using: &rng) : nil
            func part(of whole: Int64?) -> Int64? { whole.flatMap { w in Bool.random(using: &rng) ? Int64.random(in: 0...w, using: &rng) : nil } }
            let counts = ApplicationCounts(received: received, receivedOnline: Int64.random(in: 0...received, using: &rng), resolved: resolved,
                                           resolvedOnline: part(of: resolved), synced: part(of: received), onTime: part(of: resolved))
            data.applications.append(ApplicationRecord(day: day, locality: locality, sector: sector, counts: counts))
        }
        for n in 0..<12 {
            let first = start.advanced(by: Int.random(in: 0..<45, using: &rng))
            let end: Day? = Bool.random(using: &rng) ? first.advanced(by: Int.random(in: 0..<6, using: &rng)) : nil
            data.incidents.append(IncidentRecord(start: Instant(day: first, text: first.description), end: end.map { Instant(day: $0, text: $0.description) },
                                                 locality: [nil, "01", "04", "00004", "01273"][n % 5], system: IncidentSystem.allCases.randomElement(using: &rng)!,
                                                 kind: [.outage, .error, .degraded][n % 3], errors: Int64(n), note: "note \(n)"))
        }
        for locality in ["01", "00004", "00008", "01273"] {
            for criterion in [ReadinessCriterion.digitalSignature, .supportStaff] {
                for k in 0..<3 {
                    data.readiness.append(ReadinessRecord(day: start.advanced(by: 10 * k + Int.random(in: 0..<5, using: &rng)), locality: locality,
                                                          criterion: criterion, value: .flag(Bool.random(using: &rng))))
                }
            }
        }
        return data
    }

    static func make(_ kind: StoreKind, _ data: Data, _ dir: TemporaryDirectory) async throws -> any UptakeStore {
        switch kind {
        case .memory:
            let store = InMemoryStore(localities: localities)
            await store.insert(data.applications)
            await store.insert(incidents: data.incidents)
            await store.insert(readiness: data.readiness)
            return store
        case .sqlite:
            let store = try SQLiteStore(path: dir.file("conformance.sqlite"))
            try await load(store, data, dir)
            return store
        case .postgres:
            let store = try await PostgresStore(url: PostgresURL(PostgresTestCluster.shared.get().createDatabase()))
            try await load(store, data, dir)
            return store
        }
    }

    /// Puts `data` into a store through file ingests, as a user would.
    static func load(_ store: some IngestingStore, _ data: Data, _ dir: TemporaryDirectory) async throws {
        func load(_ name: String, _ text: String) async throws {
            let summary = try await store.ingest(path: dir.write(name, text), options: IngestOptions.todaysUnits(now: "t"), progress: nil)
            #expect(summary.committed, "\(name): \(summary.errors)")
        }
        func s(_ v: Int64?) -> String { v.map(String.init) ?? "" }
        try await load("localities.csv", sampleLocalitiesCSV)
        try await load("applications.csv", "date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time\n" + data.applications.map {
            "\($0.day),\($0.locality),\($0.sector),\($0.counts.received),\($0.counts.receivedOnline),\(s($0.counts.resolved)),\(s($0.counts.resolvedOnline)),\(s($0.counts.synced)),\(s($0.counts.onTime))"
        }.joined(separator: "\n") + "\n")
        try await load("incidents.csv", "start,end,locality,system,kind,errors,note\n" + data.incidents.map {
            "\($0.start.text),\($0.end?.text ?? ""),\($0.locality ?? ""),\($0.system.rawValue),\($0.kind.rawValue),\(s($0.errors)),\($0.note ?? "")"
        }.joined(separator: "\n") + "\n")
        try await load("readiness.csv", "date,locality,criterion,value\n" + data.readiness.map {
            "\($0.day),\($0.locality),\($0.criterion.rawValue),\($0.value.text)"
        }.joined(separator: "\n") + "\n")
    }

    /// The oracle: sums of the records of `codes` whose day is in `range`.
    static func expected(_ data: Data, _ codes: Set<String>, _ range: DayRange, _ sector: Sector?) -> CountSums {
        data.applications.filter { range.contains($0.day) && codes.contains($0.locality) && (sector == nil || $0.sector == sector) }
            .reduce(into: CountSums()) { $0 += CountSums($1.counts) }
    }

    @Test(arguments: StoreKind.tested, [1, 2] as [UInt64])
    func sumsEqualAnIndependentSum(kind: StoreKind, seed: UInt64) async throws {
        let dir = TemporaryDirectory()
        let data = Self.randomData(seed: seed)
        let store = try await Self.make(kind, data, dir)
        let selections: [(UnitSelection, [String: Set<String>])] = [
            (.provinces, ["01": ["00004", "00008", "01"], "04": ["01273"]]),
            (.nation, ["VN": ["00004", "00008", "01", "01273"]]),
            (.communes(parentCode: "01"), ["00004": ["00004"], "00008": ["00008"]]),
            (.communes(parentCode: nil), ["00004": ["00004"], "00008": ["00008"], "01273": ["01273"]]),
            (.localities(["00008", "04"]), ["00008": ["00008"], "04": ["01273"]]),
        ]
        let ranges = [DayRange(period: "2025-07")!, DayRange(first: Day(iso: "2025-06-25")!, last: Day(iso: "2025-07-09")!)]
        for range in ranges {
            for grain in [Grain.range, .month, .week, .day] {
                for (units, members) in selections {
                    for sector in [nil, Sector("land")!] {
                        let rows = try await store.sums(SumsQuery(units: units, range: range, grain: grain, sectors: sector.map { [$0] }))
                        #expect(rows.count == members.count * range.periods(grain).count, "\(kind) \(units) \(grain)")
                        #expect(rows.map(\.locality.code).uniqued() == members.keys.sorted(), "\(kind): units in code order")
                        for row in rows {
                            #expect(row.sums == Self.expected(data, members[row.locality.code]!, row.period, sector), "\(kind) \(row.locality.code) \(row.period)")
                        }
                    }
                }
            }
        }
        let days = data.applications.map(\.day)
        #expect(try await store.applicationsSpan() == DayRange(first: days.min()!, last: days.max()!))
        #expect(try await store.localities() == Self.localities.sorted { $0.code < $1.code })
    }

    @Test(arguments: StoreKind.tested, [Metric.received, .onlineSubmission, .onlineResult, .onTime])
    func dailySeriesEqualAnIndependentSum(kind: StoreKind, metric: Metric) async throws {
        let dir = TemporaryDirectory()
        let data = Self.randomData(seed: 6)
        let store = try await Self.make(kind, data, dir)
        // 15 days in one read; 76 days read as two halves and stitched (SQLite).
        let ranges = [DayRange(first: Day(iso: "2025-06-28")!, last: Day(iso: "2025-07-12")!),
                      DayRange(first: Day(iso: "2025-06-01")!, last: Day(iso: "2025-08-15")!)]
        let selections: [(UnitSelection, [String: Set<String>])] = [
            (.provinces, ["01": ["00004", "00008", "01"], "04": ["01273"]]),
            (.nation, ["VN": ["00004", "00008", "01", "01273"]]),
            (.communes(parentCode: nil), ["00004": ["00004"], "00008": ["00008"], "01273": ["01273"]]),
            (.localities(["00008", "04"]), ["00008": ["00008"], "04": ["01273"]]),
        ]
        for range in ranges {
        for (units, members) in selections {
            for bySector in [false, true] {
                let series = try await store.dailySeries(SeriesQuery(metric: metric, units: units, range: range, bySector: bySector))
                if !bySector { #expect(series.map(\.locality.code) == members.keys.sorted(), "\(kind) \(units)") }
                for s in series {
                    #expect(s.numerator.count == range.dayCount)
                    for (i, day) in (0..<range.dayCount).map({ ($0, range.first.advanced(by: $0)) }) {
                        let rows = data.applications.filter { $0.day == day && members[s.locality.code]!.contains($0.locality) && (s.sector == nil || $0.sector == s.sector) }
                        guard !rows.isEmpty else {
                            #expect(s.numerator[i].isNaN, "\(kind) \(s.locality.code) \(day): a day without rows is missing, not zero")
                            continue
                        }
                        let sums = rows.reduce(into: CountSums()) { $0 += CountSums($1.counts) }
                        let f = metric.fraction(sums)!
                        #expect(s.numerator[i] == Double(f.numerator), "\(kind) \(units) \(s.locality.code) \(s.sector?.name ?? "all") \(day)")
                        if let d = f.denominator { #expect(s.denominator?[i] == Double(d)) }
                    }
                }
                if bySector {
                    let pairs = series.map { "\($0.locality.code)|\($0.sector!.name)" }
                    #expect(Set(pairs).count == pairs.count, "\(kind): each unit and sector once")
                    if range.dayCount < 60 { #expect(pairs == pairs.sorted(), "\(kind): units in order, each unit's sectors by name") }
                }
            }
        }
        }
    }

    @Test(arguments: StoreKind.tested)
    func unknownLocalitiesAreQueryErrors(kind: StoreKind) async throws {
        let dir = TemporaryDirectory()
        let store = try await Self.make(kind, Self.randomData(seed: 3), dir)
        let july = DayRange(period: "2025-07")!
        await #expect(throws: QueryError.self) { try await store.sums(SumsQuery(units: .localities(["99999"]), range: july, grain: .range)) }
        await #expect(throws: QueryError.self) { try await store.incidents(IncidentQuery(scope: .locality("99999", descendants: false), range: july)) }
        await #expect(throws: QueryError.self) { try await store.readiness(asOf: nil, scope: .province("00004")) }
    }

    @Test(arguments: StoreKind.tested)
    func incidentsAtAPlaceIncludeItsAncestorsAndOptionallyItsCommunes(kind: StoreKind) async throws {
        let dir = TemporaryDirectory()
        let data = Self.randomData(seed: 4)
        let store = try await Self.make(kind, data, dir)
        let window = DayRange(first: Day(iso: "2025-07-01")!, last: Day(iso: "2025-07-10")!)
        func touches(_ i: IncidentRecord) -> Bool { i.start.day <= window.last && (i.end?.day ?? window.last) >= window.first }
        let cases: [(IncidentQuery.Scope, Set<String?>)] = [
            (.everywhere, [nil, "01", "04", "00004", "01273"]),
            (.locality("00004", descendants: false), [nil, "01", "00004"]),
            (.locality("01", descendants: false), [nil, "01"]),
            (.locality("01", descendants: true), [nil, "01", "00004"]),
            (.locality("04", descendants: true), [nil, "04", "01273"]),
        ]
        for (scope, places) in cases {
            let got = try await store.incidents(IncidentQuery(scope: scope, range: window))
            let want = data.incidents.filter { touches($0) && places.contains($0.locality) }.sorted(by: IncidentRecord.chronological)
            #expect(got == want, "\(kind) \(scope)")
        }
    }

    @Test(arguments: StoreKind.tested)
    func readinessIsTheLatestValueOnOrBeforeTheDay(kind: StoreKind) async throws {
        let dir = TemporaryDirectory()
        let data = Self.randomData(seed: 5)
        let store = try await Self.make(kind, data, dir)
        for asOf in [nil, Day(iso: "2025-06-25"), Day(iso: "2025-07-15")] as [Day?] {
            let states = try await store.readiness(asOf: asOf, scope: .nation)
            #expect(states.map(\.locality.code) == ["01", "04", "00004", "00008", "01273"])
            for state in states {
                for criterion in [ReadinessCriterion.digitalSignature, .supportStaff] {
                    let latest = data.readiness.filter { $0.locality == state.locality.code && $0.criterion == criterion && (asOf == nil || $0.day <= asOf!) }
                        .max { $0.day < $1.day }
                    #expect(state.values[criterion] == latest?.value, "\(kind) \(state.locality.code) \(criterion) \(String(describing: asOf))")
                }
            }
        }
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
