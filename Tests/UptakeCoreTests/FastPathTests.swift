import Testing
import UptakeTestSupport
@testable import UptakeCore

/// The ingest hot path accepts exactly the rows the full validator accepts, with the same values.
@Suite struct FastPathTests {
    let validator = RowValidator(
        resolveLocality: { b in String(decoding: b, as: UTF8.self) == "00004" ? 7 : nil },
        resolveSector: { b in String(decoding: b, as: UTF8.self).count }
    )

    @Test(arguments: [["date", "locality", "sector", "received", "received_online", "resolved", "resolved_online", "synced", "on_time"],
                      ["received_online", "received", "locality", "date"],
                      ["date", "locality", "received", "received_online", "on_time", "resolved"]])
    func fastAndFullValidatorsAgree(header: [String]) {
        var rng = SeededRandom(seed: UInt64(header.count))
        // Mostly good values, so that many rows are valid, with a bad one now and then.
        let good: [String: [String]] = [
            "date": ["2025-07-01", "2024-02-29", "2015-01-01", "2035-12-31"], "locality": ["00004"], "sector": ["land", "", "civil_status"],
        ]
        let bad: [String: [String]] = [
            "date": ["2025-02-29", "2025-7-1", "", "1969-12-31", "2014-12-31", "2036-01-01", "9999-12-31"], "locality": ["99999", "", "0004"], "sector": ["Land", "a-b"],
        ]
        let goodNumbers = ["0", "5", "12", "40", "0012", "", "1000000000", "0000000000000001000000000"]
        let badNumbers = ["-1", "3.5", "1e3", "9999999999999999", " 4", "1000000001", "99999999999999999999999"]
        let (map, problems) = FieldMap.build(names: header, columns: Array(1...header.count), schema: InputKind.applications.schema, line: 1)
        #expect(problems.isEmpty)
        let columns = ApplicationColumns(map)
        var accepted = 0, rejected = 0
        for _ in 0..<3000 {
            let values = header.map { name in
                let isBad = Int.random(in: 0..<100, using: &rng) < 4
                return ((isBad ? bad[name] : good[name]) ?? (isBad ? badNumbers : goodNumbers)).randomElement(using: &rng)!
            }
            var csv = CSVParser()
            var row = RawRow()
            var parsed: RawRow?
            Array(values.joined(separator: ",").utf8).withUnsafeBytes { csv.feed($0, row: &row) { _, r in parsed = r } }
            csv.finish(row: &row) { _, r in parsed = r }
            guard let parsed else { Issue.record("no row"); continue }
            let fast = validator.fastApplication(parsed, columns: columns, allSectorID: 3)
            switch validator.application(parsed, map: map) {
            case .valid(let full):
                accepted += 1
                #expect(fast == full, "\(values)")
            case .invalid:
                rejected += 1
                #expect(fast == nil, "\(values)")
            }
        }
        #expect(rejected > 300, "and invalid ones")
        #expect(accepted > 300, "the random rows must include valid ones for the test to mean anything")
    }
}
