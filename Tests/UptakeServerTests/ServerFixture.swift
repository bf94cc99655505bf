import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeServer
import UptakeSQLite
import UptakeTestSupport

/// A database made as an analyst makes one (`uptake init`, `uptake ingest`), with the bundled
/// localities: three communes of Hà Nội (01) and one of Thanh Hóa (38), two sectors, June and July
/// 2025, every day (weekends lighter), so rates, trends and comparisons have something to say.
struct ServerFixture: Sendable {
    let cli = CLIRunner()
    let dir = TemporaryDirectory()
    var db: String { dir.file("uptake.sqlite") }

    init() throws {
        let out = try cli.run(["init"], in: dir.path)
        try #require(out.status == 0, "uptake init: \(out.stderr)")
        var csv = "date,locality,sector,received,received_online,resolved,resolved_online\n"
        let communes = [("00004", 100, 30), ("00367", 40, 25), ("00008", 60, 12), ("16171", 30, 3)]
        guard let first = Day(iso: "2025-06-01") else { throw QueryError("bad day") }
        for offset in 0..<61 {
            let day = Day(number: first.number + offset)
            let weekend = [5, 6].contains((day.number + 3) % 7)
            for (i, (code, received, online)) in communes.enumerated() {
                for (sector, share) in [("land", 1.0), ("civil_status", 0.5)] {
                    let r = Int(Double(weekend ? received / 5 : received) * share) + (offset * (i + 1)) % 7
                    let o = min(r, Int(Double(weekend ? online / 5 : online) * share) + offset / 10)
                    csv += "\(day),\(code),\(sector),\(r),\(o),\(r - 2),\(o / 2)\n"
                }
            }
        }
        _ = dir.write("applications.csv", csv)
        let ingest = try cli.run(["ingest", "--units", "current", "applications.csv"], in: dir.path)
        try #require(ingest.status == 0, "uptake ingest: \(ingest.stderr)")
    }

    /// What `uptake ARGUMENTS --format json` prints.
    func cliJSON(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let out = try cli.run(arguments + ["--format", "json"], in: dir.path)
        try #require(out.status == 0, "uptake \(arguments.joined(separator: " ")): \(out.stderr)", sourceLocation: sourceLocation)
        return out.stdout
    }

    /// The application on the fixture's database, for `test(.live)` (a real port on loopback).
    func application(maxUploadBytes: Int = 1 << 20) throws -> some ApplicationProtocol {
        let store = try SQLiteStore(path: db)
        return buildApplication(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, today: { Day(iso: "2025-08-15") ?? Day(number: 0) },
                                                                   maxUploadBytes: maxUploadBytes),
                                store: store)
    }
}

extension ByteBuffer {
    var text: String { String(buffer: self) }
}
