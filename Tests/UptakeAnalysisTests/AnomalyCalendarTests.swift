import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// `uptake anomalies --calendar none` judges every day, weekends included, as `detect` does: a
/// series kept seven days a week (a 24-hour online portal, say) loses a Saturday and the scan sees it.
@Suite struct AnomalyCalendarTests {
    @Test func everyDayIsJudgedWithTheEveryDayCalendar() async throws {
        var lines = ["date,locality,received,received_online"]
        let first = Day(iso: "2025-04-01")!, outage = Day(iso: "2025-07-12")!  // a Saturday
        for i in 0..<110 {
            let d = first.advanced(by: i)
            lines.append("\(d),00004,\(d == outage ? 0 : 95 + (i * 7) % 11),0")
        }
        let fixture = try AnalysisStore()
        try fixture.ingest(applications: lines.joined(separator: "\n") + "\n")
        let july = DayRange(period: "2025-07")!
        func scan(_ calendar: WorkingCalendar) async throws -> [Anomaly] {
            try await AnomalyDetector(store: fixture.store).detect(AnomalyRequest(units: .localities(["00004"]), range: july, calendar: calendar)).anomalies
        }
        let everyDay = try await scan(.everyDay)
        #expect(everyDay.contains { $0.start <= outage && $0.end >= outage }, "\(everyDay.map { "\($0.kind) \($0.start)..\($0.end)" })")
        let officeDays = try await scan(.vietnam)
        #expect(!officeDays.contains { $0.start <= outage && $0.end >= outage }, "a Saturday is not judged on office days")
    }
}
