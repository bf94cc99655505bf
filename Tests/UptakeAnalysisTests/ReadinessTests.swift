import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI
import UptakeSQLite
import UptakeTestSupport
import UptakeIngest

@Suite struct ReadinessTests {
    /// Two provinces from `sampleLocalitiesCSV`: Hà Nội (00004, 00008) and Cao Bằng (01273).
    func store(readiness csv: String) async throws -> (SQLiteStore, TemporaryDirectory) {
        let dir = TemporaryDirectory()
        let store = try SQLiteStore(path: dir.file("u.sqlite"))
        _ = try store.ingestNow(path: dir.write("l.csv", sampleLocalitiesCSV), options: IngestOptions.todaysUnits(now: "t", kind: .localities), progress: nil)
        let summary = try store.ingestNow(path: dir.write("r.csv", csv), options: IngestOptions.todaysUnits(now: "t"), progress: nil)
        #expect(summary.committed, "\(summary.errors)")
        return (store, dir)
    }

    @Test func theLatestRowOnOrBeforeTheDateHolds() async throws {
        let (store, _dir) = try await store(readiness: """
            date,locality,criterion,value
            2025-07-01,00004,digital_signature,false
            2025-07-20,00004,digital_signature,true
            2025-08-05,00004,digital_signature,false
            2025-07-01,00004,reported_status,green
            """)
        _ = _dir
        func signature(_ day: String?) async throws -> ReadinessValue? {
            try await store.readiness(asOf: day.flatMap { Day(iso: $0) }, scope: .province("01")).first { $0.locality.code == "00004" }?.values[.digitalSignature]
        }
        await #expect(try signature("2025-06-30") == nil)
        await #expect(try signature("2025-07-19") == .flag(false))
        await #expect(try signature("2025-07-20") == .flag(true))
        await #expect(try signature("2025-07-31") == .flag(true))
        await #expect(try signature(nil) == .flag(false))
        await #expect(throws: QueryError.self) { try await store.readiness(asOf: nil, scope: .province("00004")) }
    }

    @Test func provincesCountGreenAndBasicCommunesAndTheNationSumsThem() async throws {
        let basic = ["online_meetings", "digital_devices", "digital_signature", "digital_certificate", "support_staff", "one_stop_facility"]
        var csv = "date,locality,criterion,value\n"
        for c in basic { csv += "2025-07-01,00004,\(c),true\n2025-07-01,00008,\(c),\(c == "digital_certificate" ? "false" : "true")\n" }
        csv += "2025-07-01,00004,reported_status,green\n2025-07-01,00008,reported_status,yellow\n2025-07-01,01273,reported_status,green\n"
        csv += "2025-07-01,01,reported_status,green\n2025-07-01,04,reported_status,red\n"
        let (store, _dir) = try await store(readiness: csv)
        _ = _dir
        let report = try await ReadinessCalculator(store: store).report(ReadinessRequest(asOf: Day(iso: "2025-07-31")))
        #expect(report.provinces.map(\.locality.code) == ["01", "04"])
        let haNoi = report.provinces[0], caoBang = report.provinces[1]
        #expect([haNoi.communes, haNoi.green, haNoi.meetingAll] == [2, 1, 1] as [Int])
        #expect(haNoi.share(.digitalCertificate) == 0.5 && haNoi.share(.onlineMeetings) == 1)
        #expect(haNoi.status == .green && caoBang.status == .red)
        // 01273 has no flag rows: green, but not meeting the requirements.
        #expect([caoBang.communes, caoBang.green, caoBang.meetingAll] == [1, 1, 0] as [Int])
        #expect([report.total.communes, report.total.green, report.total.meetingAll, report.total.unreported] == [3, 2, 1, 0] as [Int])
        #expect(report.provinceColours == [.green: 1, .red: 1])
        // Dropping the certificate from the requirements lets 00008 meet them.
        let fewer = try await ReadinessCalculator(store: store).report(ReadinessRequest(asOf: Day(iso: "2025-07-31"), criteria: [.onlineMeetings, .digitalSignature]))
        #expect(fewer.total.meetingAll == 2)
    }

    @Test func communeRowsCarryEachCriterionOrNothing() async throws {
        let (store, _dir) = try await store(readiness: "date,locality,criterion,value\n2025-07-01,00008,digital_signature,false\n2025-07-01,00008,reported_status,red\n")
        _ = _dir
        let report = try await ReadinessCalculator(store: store).report(ReadinessRequest(asOf: nil, level: .commune, parent: "01"))
        #expect(report.communes.map(\.locality.code) == ["00004", "00008"])
        #expect(report.communes[1].values == [.digitalSignature: false])
        #expect(report.communes[1].status == .red && !report.communes[1].meetsAll)
        #expect(report.communes[0].status == nil && report.total.unreported == 1)
    }
}
