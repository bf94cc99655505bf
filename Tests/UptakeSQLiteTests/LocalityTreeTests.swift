import Testing
import UptakeCore
import UptakeStoreAPI
import UptakeSQLite
import UptakeIngest
import UptakeTestSupport

/// A localities revision that moves a unit is refused unless allowed; when allowed, the aggregates
/// are rebuilt with the new tree in the same ingest, so the national total and each province's sum
/// of its communes stay exact.
@Suite struct LocalityTreeTests {
    static let july = DayRange(period: "2025-07")!
    static let localityHeader = "code,parent_code,level,unit_type,name,full_name,name_en\n"

    /// Applications in July for every sample locality, the province-level "01" included.
    func loaded() throws -> StoreFixture {
        let fixture = try StoreFixture()
        var lines: [String] = []
        for (i, code) in ["00004", "00008", "01273", "01", "04"].enumerated() {
            for d in 1...31 {
                lines.append("2025-07-\(d < 10 ? "0" : "")\(d),\(code),\(d % 2 == 0 ? "land" : ""),\(10 * (i + 1) + d),\(d),,,,")
            }
        }
        #expect(try fixture.ingest("a.csv", header + lines.joined(separator: "\n") + "\n").committed)
        return fixture
    }

    func total(_ fixture: StoreFixture, _ units: UnitSelection, grain: Grain = .range) async throws -> [String: Int64] {
        let rows = try await fixture.store.sums(SumsQuery(units: units, range: LocalityTreeTests.july, grain: grain))
        return Dictionary(rows.map { ($0.locality.code + " " + $0.period.description, $0.sums.received) }, uniquingKeysWith: +)
    }

    /// Every answer from the aggregates equals the raw rows, and each province equals the sum of the
    /// units that now roll up to it.
    func expectConsistent(_ fixture: StoreFixture, members: [String: [String]]) async throws {
        for units in [UnitSelection.nation, .provinces, .communes(parentCode: nil), .localities(["01", "04", "00004"])] {
            for grain in [Grain.range, .day, .month] {
                for sectors in [nil, [Sector("land")!]] as [[Sector]?] {
                    let query = SumsQuery(units: units, range: LocalityTreeTests.july, grain: grain, sectors: sectors)
                    #expect(try await fixture.store.sums(query) == fixture.store.rawSums(query), "\(units) \(grain)")
                }
            }
        }
        let provinces = try await total(fixture, .provinces)
        let own = try fixture.store.rawSums(SumsQuery(units: .provinces, range: LocalityTreeTests.july, grain: .range))
        #expect(own.count == members.count)
        for (province, communes) in members {
            let key = "\(province) \(LocalityTreeTests.july)"
            var communeSum: Int64 = 0
            for commune in communes {
                communeSum += try await total(fixture, .localities([commune]))["\(commune) \(LocalityTreeTests.july)"] ?? -1_000_000
            }
            let provinceLevel = try fixture.store.query(sql: """
                SELECT COALESCE(SUM(received), 0) FROM applications a JOIN localities l ON l.id = a.locality_id WHERE l.code = '\(province)'
                """).rows[0][0].flatMap { Int64($0) } ?? -1
            #expect(provinces[key] == communeSum + provinceLevel, "province \(province) = Σ its communes + its own rows")
        }
    }

    @Test func aCommuneMovedWithTheFlagKeepsEveryTotalExact() async throws {
        let fixture = try loaded()
        let nationBefore = try await total(fixture, .nation)
        try await expectConsistent(fixture, members: ["01": ["00004", "00008"], "04": ["01273"]])

        let move = LocalityTreeTests.localityHeader + "00004,04,commune,Ward,Ba Đình,Phường Ba Đình,Ba Dinh\n"
        let refused = try fixture.ingest("move.csv", move)
        #expect(!refused.committed)
        #expect(refused.errors.first?.message == "locality 00004 would move from province 01 to province 04")
        #expect(refused.errors.first?.hint?.contains("--allow-reparent") == true)
        try await expectConsistent(fixture, members: ["01": ["00004", "00008"], "04": ["01273"]])

        var options = IngestOptions.todaysUnits(now: "2025-08-02T00:00:00Z")
        options.allowReparent = true
        let moved = try fixture.store.ingestNow(path: fixture.dir.write("move.csv", move), options: options, progress: nil)
        #expect(moved.committed && moved.revised == 1)
        #expect(try await total(fixture, .nation) == nationBefore, "the nation does not change when a commune moves")
        try await expectConsistent(fixture, members: ["01": ["00008"], "04": ["01273", "00004"]])
        let log = try fixture.store.query(sql: "SELECT code, old_parent_code, new_parent_code, old_level, new_level FROM locality_changes")
        #expect(log.rows == [["00004", "01", "04", "commune", "commune"]])
    }

    /// The store reuses its locality directory between queries: a renamed unit must still be seen at once.
    @Test func aRenameIsSeenByTheNextQueryOfTheSameStore() async throws {
        let fixture = try loaded()
        #expect(try await fixture.store.localities().first { $0.code == "00004" }?.name == "Ba Đình")
        let rename = LocalityTreeTests.localityHeader + "00004,01,commune,Ward,Ba Đình Mới,Phường Ba Đình Mới,Ba Dinh Moi\n"
        #expect(try fixture.ingest("rename.csv", rename).committed)
        #expect(try await fixture.store.localities().first { $0.code == "00004" }?.name == "Ba Đình Mới")
        let rows = try await fixture.store.sums(SumsQuery(units: .localities(["00004"]), range: LocalityTreeTests.july, grain: .range))
        #expect(rows.map(\.locality.name) == ["Ba Đình Mới"])
    }

    @Test func aProvinceMergedIntoAnotherWithTheFlag() async throws {
        // The 2025 reform's shape: 04's communes move to 01, then 04 itself becomes a commune of 01.
        let fixture = try loaded()
        let nationBefore = try await total(fixture, .nation)
        let merger = LocalityTreeTests.localityHeader + """
            01273,01,commune,Ward,Thục Phán,Phường Thục Phán,Thuc Phan
            04,01,commune,Province,Cao Bằng,Tỉnh Cao Bằng,Cao Bang

            """
        var options = IngestOptions.todaysUnits(now: "2025-08-02T00:00:00Z")
        options.allowReparent = true
        let summary = try fixture.store.ingestNow(path: fixture.dir.write("merge.csv", merger), options: options, progress: nil)
        #expect(summary.committed, "\(summary.errors)")
        #expect(try await total(fixture, .nation) == nationBefore)
        try await expectConsistent(fixture, members: ["01": ["00004", "00008", "01273", "04"]])
        #expect(try fixture.count("locality_changes") == 2)
    }

    @Test func aProvinceWithCommunesCannotBecomeACommuneEvenWithTheFlag() throws {
        let fixture = try loaded()
        var options = IngestOptions.todaysUnits(now: "2025-08-02T00:00:00Z")
        options.allowReparent = true
        let text = LocalityTreeTests.localityHeader + "04,01,commune,Province,Cao Bằng,Tỉnh Cao Bằng,Cao Bang\n"
        let summary = try fixture.store.ingestNow(path: fixture.dir.write("bad.csv", text), options: options, progress: nil)
        #expect(!summary.committed)
        #expect(summary.errors.first?.message == "province 04 cannot become a commune while 1 communes belong to it")
        #expect(try fixture.count("locality_changes") == 0)
    }
}
