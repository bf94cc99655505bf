import Foundation
import Testing
import UptakeAnalysis
import UptakeCharts
import UptakeCore
import UptakeReport
import UptakeStoreAPI
import UptakeTestSupport

@Suite struct MonthlyReportTests {
    static let july = DayRange(period: "2025-07")!, june = DayRange(period: "2025-06")!

    static func build(province: String? = nil, period: DayRange = july, baseline: DayRange = june,
                      explainer: (any ReportExplainer)? = nil) async throws -> MonthlyReport {
        try await MonthlyReportBuilder(store: await ReportFixture.store(), explainer: explainer)
            .build(MonthlyReportRequest(period: period, baseline: baseline, province: province))
    }

    @Test func nationalContent() async throws {
        let report = try await Self.build()
        let summary = try #require(report.summary.content)
        #expect(summary.workingDays == 23 && summary.baselineWorkingDays == 21)   // July 2025: 23 working days; June: 21
        let ranking = try #require(report.ranking.content)
        #expect(ranking.map(\.unit.code).last == "01", "Hà Nội's ~33% is the lowest")
        #expect(ranking.first { $0.unit.code == "04" }?.mapColour == nil, "Cao Bằng reports no readiness")
        #expect(ranking.first { $0.unit.code == "01" }?.mapColour == .green)
        let funnel = try #require(report.funnel.content)
        #expect(funnel.units.filter(\.lagging).map(\.locality) == ["01"])
        #expect(funnel.curves.count == 2 && funnel.curves.allSatisfy { $0.volumes.count == 60 })
        // The 99.8% limits lie outside the 95% ones at every volume.
        #expect(zip(funnel.curves[0].lower, funnel.curves[1].lower).allSatisfy { $0 >= $1 })
        let green = try #require(report.greenVersusReality.content)
        #expect(green.map(\.unit.code) == ["01"], "reported green, yet lagging")
        let series = try #require(report.changedMost.content)
        #expect(series.first?.unit.code == "79", "Hồ Chí Minh City's −30% is the largest change")
        #expect(series.first.map { $0.values.count == 61 } == true)   // June and July
        let anomalies = try #require(report.anomalies.content)
        // Both of Hồ Chí Minh City's communes fall on 1 July: two are too few for a province event (at least 3).
        #expect(anomalies.anomalies.contains { $0.locality == "26734" })
        let explanations = try #require(report.explanations.content)
        #expect(explanations.contains { $0.unit.code == "01" && $0.reasons.contains(.lagging) })
        #expect(explanations.allSatisfy { $0.explanation == nil }, "no explainer given")
        let readiness = try #require(report.readinessGaps.content)
        #expect(readiness.communes == 14 && readiness.meetingAll == 9)   // 2 of Cao Bằng unreported, 3 second communes lack support staff
        #expect(readiness.criteria.first?.criterion == .supportStaff)
    }

    @Test func provinceReportComparesItsCommunes() async throws {
        let report = try await Self.build(province: "79")
        #expect(report.unitLevel == .commune)
        #expect(report.scope.name == "Hồ Chí Minh")
        let ranking = try #require(report.ranking.content)
        #expect(Set(ranking.map(\.unit.code)) == ["26734", "26737"])
        let explanations = try #require(report.explanations.content)
        // Both communes fall on 1 July, but two communes are too few for a province event (the scan folds
        // at least 3): each is flagged on its own, Sài Gòn with its outage incident as the evidence at hand.
        let outage = try #require(explanations.first { $0.unit.code == "26734" })
        #expect(outage.reasons == [.anomaly])
        #expect(outage.incidents.contains { $0.kind == .outage && $0.locality == "26734" }, "the outage's incident is the evidence at hand")
        #expect(report.anomalies.content?.anomalies.contains { $0.locality == "79" } == false)
    }

    @Test func anEmptyPeriodDegradesToSentences() async throws {
        let report = try await Self.build(period: DayRange(period: "2025-09")!, baseline: DayRange(period: "2025-08")!)
        #expect(report.summary == .missing(.noData))
        let document = MonthlyReportDocument(report)
        let html = document.html()
        #expect(html.contains("No applications are recorded for Việt Nam in 2025-09"))
        #expect(document.charts.isEmpty)
        #expect(html.contains("class=\"gap\""))
    }

    @Test func noReadinessIsSaid() async throws {
        let report = try await MonthlyReportBuilder(store: await ReportFixture.store(readiness: false))
            .build(MonthlyReportRequest(period: Self.july, baseline: Self.june))
        #expect(report.readinessGaps == .missing(.noReadiness))
        #expect(report.greenVersusReality == .missing(.noReadiness))
        #expect(report.ranking.content?.allSatisfy { $0.mapColour == nil } == true)
        let html = MonthlyReportDocument(report).html()
        #expect(html.contains("No readiness reports exist on or before 2025-07-31, so there is no readiness summary to show."))
        #expect(html.contains("not reported"))
    }

    @Test func noBaselineDataIsSaid() async throws {
        let report = try await Self.build(baseline: DayRange(period: "2025-01")!)
        #expect(report.monthOverMonth == .missing(.noBaselineData))
        #expect(MonthlyReportDocument(report).html().contains("No applications are recorded in the baseline 2025-01"))
    }

    /// The hook: an explainer's findings land in the section and the page.
    @Test func anExplainerPlugsIn() async throws {
        struct Fixed: ReportExplainer {
            // As explain's JSON writes it (the fact's values have no public memberwise initialiser).
            static let lost = try! JSONDecoder().decode(EvidenceFact.self, from: Data("""
                {"kind": "readiness_lost", "criterion": "support_staff", "communes_changed": 1, "communes": 2, "before": "2025-06-30", "as_of": "2025-07-31"}
                """.utf8))
            static func explanation(_ unit: ReportUnit, _ period: DayRange) -> Explanation {
                var e = Explanation(locality: unit.code, name: unit.name, level: unit.level, metric: .received, sectors: nil, mode: .change,
                                    window: period, baseline: nil, reference: nil, summary: "")
                e.causes = [CauseFinding(cause: .supportStaffShortage, score: 0.8, facts: [lost])]
                return e
            }
            func explain(_ flagged: FlaggedLocality, period: DayRange, baseline: DayRange) async throws -> Explanation? {
                flagged.unit.code == "01" ? Self.explanation(flagged.unit, period) : nil
            }
        }
        let report = try await Self.build(explainer: Fixed())
        let hanoi = try #require(report.explanations.content?.first { $0.unit.code == "01" })
        #expect(hanoi.explanation?.causes.first?.cause == .supportStaffShortage)
        #expect(hanoi.explanation?.causes.first?.evidence == [], "the analysis hands over facts, not words")
        let sentence = EvidenceWording.sentence(Fixed.lost, about: try #require(hanoi.explanation))
        let html = MonthlyReportDocument(report).html()
        #expect(html.contains(RootCause.supportStaffShortage.term.en + ": " + sentence), "worded where rendered: \(sentence)")
        let json = MonthlyReportDocument(report).render(.json)
        #expect(json.contains("\"kind\" : \"readiness_lost\""), "the JSON carries the fact with its kind")
        #expect(!html.contains("Root causes have not been analysed"))
    }

    /// An explainer that fails for one locality: the report is still built, and says why for that one.
    @Test func anExplainerFailureIsSaidNotHidden() async throws {
        struct Failing: ReportExplainer {
            func explain(_ flagged: FlaggedLocality, period: DayRange, baseline: DayRange) async throws -> Explanation? {
                if flagged.unit.code == "01" { throw QueryError("no applications at Hà Nội in the baseline") }
                return nil
            }
        }
        let report = try await Self.build(explainer: Failing())
        let hanoi = try #require(report.explanations.content?.first { $0.unit.code == "01" })
        #expect(hanoi.explanation == nil)
        #expect(hanoi.explanationFailure == "no applications at Hà Nội in the baseline")
        let html = MonthlyReportDocument(report).html()
        #expect(html.contains("could not be explained: no applications at Hà Nội in the baseline"))
        #expect(!html.contains("Root causes have not been analysed"))
    }

    @Test func jsonRoundTrips() async throws {
        let report = try await Self.build()
        let json = MonthlyReportDocument(report).render(.json)
        let decoded = try JSONDecoder().decode(MonthlyReport.self, from: Data(json.utf8))
        #expect(decoded.ranking == report.ranking)
        #expect(json.contains("\"status\" : \"present\""))
        #expect(json.contains("\"green_versus_reality\""))
    }

    @Test func htmlIsSelfContained() async throws {
        let html = MonthlyReportDocument(try await Self.build()).html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4"))
        #expect(!html.contains("<script"))
        // The only address is the SVG namespace (an identifier, never fetched).
        #expect(!html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"), "no external resource")
        #expect(!html.contains("src=") && !html.contains("<link"))
        #expect(html.contains("Hồ Chí Minh") && html.contains("Hà Nội"), "Vietnamese names as written (NFC), not escaped")
        #expect(html.components(separatedBy: "<svg ").count - 1 == MonthlyReportDocument(try await Self.build()).charts.count)
    }
}
