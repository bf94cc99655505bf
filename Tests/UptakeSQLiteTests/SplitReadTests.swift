import Foundation
import GRDB
import Testing
import UptakeIngest
import UptakeStoreAPI
import UptakeTestSupport
@testable import UptakeSQLite

/// A long answer read in two parts at once never mixes two states of the data.
@Suite struct SplitReadTests {
    @Test func bothPartsSeeOneStateWhileIngestsCommit() async throws {
        let fixture = try StoreFixture()
        // A second store on the same file ingests one small file after another while the first reads.
        let writer = try SQLiteStore(path: fixture.dir.file("test.sqlite"))
        let before = try fixture.count("ingests")
        // The writer is a thread of its own, not a task: its ingests block, and a task would hold one of
        // the few threads that every other test's tasks need.
        let stop = Flag(), finished = Flag(), dir = fixture.dir
        let thread = Thread {
            defer { finished.set() }
            for n in 1...2_000 where !stop.isSet {  // bounded: a failing reader cannot leave it running
                let path = dir.write("w\(n).csv", header + "2025-07-01,00004,land,\(10 + n),4,,,,\n")  // a new file each time
                guard (try? writer.ingestNow(path: path, options: IngestOptions.todaysUnits(now: "2025-08-01T00:00:00Z"), progress: nil)) != nil else { return }
            }
        }
        thread.start()
        defer { stop.set() }
        var mismatches = 0
        for _ in 0..<15 {
            // The late part starts its transaction 80 ms after the early one: ingests commit in between.
            let (early, late) = try await fixture.store.readInTwoParts { db, part in
                if part == 1 { Thread.sleep(forTimeInterval: 0.08) }
                return try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM ingests") ?? -1
            }
            if early != late { mismatches += 1 }
        }
        stop.set()
        while !finished.isSet { try await Task.sleep(for: .milliseconds(10)) }
        let ingests = try fixture.count("ingests") - before
        #expect(ingests >= 5, "the writer committed while the parts were read (\(ingests) ingests)")
        #expect(mismatches == 0, "\(mismatches) of 15 answers had parts from two states of the data")
    }
}

/// A flag shared between the test and the writer's thread.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
