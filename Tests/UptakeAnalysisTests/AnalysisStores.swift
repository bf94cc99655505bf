import Foundation
import Testing
import UptakeCore
import UptakeSimulation
import UptakeStoreAPI
import UptakeSQLite
import UptakeTestSupport
import UptakeIngest

/// Databases for the analysis tests: a small one with the sample localities, and Hồ Chí Minh City's
/// generated June–July 2025 (built once, shared by the tests that read it).
final class AnalysisStore: @unchecked Sendable {
    let dir = TemporaryDirectory()
    let store: SQLiteStore
    static let now = "2025-08-01T00:00:00Z"

    /// A database with `localities` (CSV text) loaded.
    init(localities: String = sampleLocalitiesCSV) throws {
        store = try SQLiteStore(path: dir.file("test.sqlite"))
        let summary = try store.ingestNow(path: dir.write("localities.csv", localities), options: IngestOptions.todaysUnits(now: Self.now, kind: .localities), progress: nil)
        precondition(summary.committed, "the localities load")
    }

    /// Ingests applications given as CSV text.
    func ingest(applications text: String) throws {
        let summary = try store.ingestNow(path: dir.write("applications-\(UUID().uuidString).csv", text), options: IngestOptions.todaysUnits(now: Self.now), progress: nil)
        precondition(summary.committed, "the applications load")
    }

    /// Hồ Chí Minh City (79), generated for 2025-06-01...2025-07-31 with the national seed.
    static let hoChiMinhCity: Result<AnalysisStore, any Error> = Result {
        let csv = try String(contentsOfFile: SimulationFixtures.repositoryRoot.appendingPathComponent("datasets/vn-localities-2025.csv").path, encoding: .utf8)
        let fixture = try AnalysisStore(localities: csv)
        let generator = try SimulationFixtures.generator(["79"], from: "2025-06-01", to: "2025-07-31")
        let path = fixture.dir.write("applications.csv", bytes: generator.applicationsCSV())
        _ = try fixture.store.ingestNow(path: path, options: IngestOptions.todaysUnits(now: now), progress: nil)
        return fixture
    }
}
