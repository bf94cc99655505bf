import Foundation
import Testing
import UptakeCore
import UptakeStoreAPI
@testable import UptakeIngest
import UptakeTestSupport

/// Issue 26: a file whose units are not given is in today's units, and a row naming a locality dated
/// before the reform of 1 July 2025 is refused (its codes may be the old ones) unless the caller says
/// `current` (re-keyed) or `pre-2025`.
@Suite struct UnsaidUnitsTests {
    static func options(_ units: UnitVintage?, skipInvalid: Bool = false) -> IngestOptions {
        var options = IngestOptions(now: "2025-08-01T00:00:00Z", skipInvalid: skipInvalid)
        options.units = units
        return options
    }

    static let mixed = header + "2025-07-01,00004,land,10,4,8,2,9,7\n2025-06-30,00004,land,3,1,,,,\n2025-07-02,00008,land,3,1,,,,\n2024-12-31,00008,land,3,1,,,,\n"

    @Test func aRowBeforeTheReformIsRefusedAtItsDate() throws {
        let fixture = try PipelineFixture()
        let (summary, writer) = try fixture.ingest("a.csv", bytes: Array(Self.mixed.utf8), options: Self.options(nil))
        // Every such row is counted; the first is listed (the others have the same cause and remedy).
        #expect(!summary.committed && summary.errorCount == 2 && summary.errors.count == 1 && writer.committed == nil)
        let error = try #require(summary.errors.first)
        #expect((error.line, error.column) == (3, 1))
        #expect(error.message == "date 2025-06-30 is before the reform of 1 July 2025, and the file's units were not given: its codes may be the pre-reform ones")
        #expect(error.hint == "give the units: pre-2025 if the codes are the pre-reform communes' and wards' (applications, incidents, readiness), current if the file was re-keyed to today's units (ingest --units, or ?units= on the API)")
    }

    @Test func sayingCurrentTakesEveryDay() throws {
        let fixture = try PipelineFixture()
        let (summary, writer) = try fixture.ingest("a.csv", bytes: Array(Self.mixed.utf8), options: Self.options(.current))
        #expect(summary.committed && summary.inserted == 4)
        #expect(writer.applications.map(\.day.description).sorted() == ["2024-12-31", "2025-06-30", "2025-07-01", "2025-07-02"])
    }

    /// With skipInvalid the days before the reform go to the reject file and the rest is written.
    @Test func skippingSetsTheEarlyDaysAside() throws {
        let fixture = try PipelineFixture()
        let (summary, writer) = try fixture.ingest("a.csv", bytes: Array(Self.mixed.utf8), options: Self.options(nil, skipInvalid: true))
        #expect((summary.committed, summary.inserted, summary.rejected) == (true, 2, 2))
        #expect(writer.applications.allSatisfy { $0.day >= Day(valid: 2025, 7, 1) })
    }

    /// Incidents and readiness name localities too; a nationwide incident names none and passes.
    @Test func incidentsAndReadinessFollowTheSameRule() throws {
        let fixture = try PipelineFixture()
        let incidents = "start,end,locality,system,kind,errors,note\n2025-03-16T22:00:00+07:00,,,public_service_portal,maintenance,,\n"
            + "2025-03-17,2025-03-18,00004,one_stop,outage,12,\n"
        let (refused, _) = try fixture.ingest("i.csv", bytes: Array(incidents.utf8), options: Self.options(nil))
        #expect(refused.errorCount == 1 && refused.errors.first?.line == 3 && refused.errors.first?.message.hasPrefix("start 2025-03-17 is before the reform") == true)
        let (taken, _) = try fixture.ingest("i2.csv", bytes: Array(incidents.utf8), options: Self.options(.current))
        #expect(taken.committed && taken.inserted == 2)
        let nationwide = String(incidents.split(separator: "\n").prefix(2).joined(separator: "\n")) + "\n"
        #expect(try fixture.ingest("i3.csv", bytes: Array(nationwide.utf8), options: Self.options(nil)).0.committed)
        let readiness = "date,locality,criterion,value\n2025-06-01,00004,digital_signature,true\n"
        let (early, _) = try fixture.ingest("r.csv", bytes: Array(readiness.utf8), options: Self.options(nil))
        #expect(early.errorCount == 1 && early.errors.first?.column == 1)
        #expect(try fixture.ingest("r2.csv", bytes: Array(readiness.utf8), options: Self.options(.current)).0.committed)
    }

    /// A file dated from the reform on needs no word about its units.
    @Test func daysFromTheReformNeedNothingSaid() throws {
        let fixture = try PipelineFixture()
        let text = header + "2025-07-01,00004,land,10,4,8,2,9,7\n"
        #expect(try fixture.ingest("a.csv", bytes: Array(text.utf8), options: Self.options(nil)).0.committed)
        #expect(IngestOptions(now: "t").units == nil, "the default is the safe one")
    }
}
