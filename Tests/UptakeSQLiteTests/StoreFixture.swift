import Foundation
import UptakeCore
import UptakeStoreAPI
import UptakeSQLite
import UptakeTestSupport
import UptakeIngest

/// A database in a temporary directory, with the sample localities loaded.
final class StoreFixture: @unchecked Sendable {
    let dir = TemporaryDirectory()
    let store: SQLiteStore

    init() throws {
        store = try SQLiteStore(path: dir.file("test.sqlite"))
        let summary = try store.ingestNow(path: dir.write("localities.csv", sampleLocalitiesCSV), options: IngestOptions.todaysUnits(now: "2025-08-01T00:00:00Z"), progress: nil)
        precondition(summary.committed, "the sample localities load")
    }

    func ingest(_ name: String, _ text: String, skipInvalid: Bool = false, kind: InputKind? = nil) throws -> IngestSummary {
        try store.ingestNow(path: dir.write(name, text), options: IngestOptions.todaysUnits(now: "2025-08-01T00:00:00Z", kind: kind, skipInvalid: skipInvalid), progress: nil)
    }

    func count(_ table: String) throws -> Int {
        Int(try store.query(sql: "SELECT COUNT(*) FROM \(table)").rows[0][0]!)!
    }
}

let header = "date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time\n"
