import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeReport

/// The report as a Vietnamese official reads it: every word Vietnamese, no identifier of the data
/// contract, numbers and dates in Vietnamese style. (The browser test renders the same page in
/// Chromium and reads its text back; this one reads the page's text directly.)
@Suite struct VietnameseReportTests {
    /// The page's visible text: tags, the style sheet and SVG markup removed, entities decoded.
    static func visibleText(_ html: String) -> String {
        var text = html
        for pattern in ["<style>[\\s\\S]*?</style>", "<[^>]+>"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        for (entity, char) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
            text = text.replacingOccurrences(of: entity, with: char)
        }
        return text
    }

    /// Identifiers an official must never read: every glossary term's id with `_` or `-` in it.
    static var identifiers: [String] {
        Glossary.groups.flatMap(\.terms).map(\.id).filter { $0.contains("_") || $0.contains("-") } + ["reported_status", "online_submission"]
    }

    /// English words that only an untranslated sentence would carry.
    static let englishWords = ["the", "and", "against", "applications", "received", "per working day", "lagging", "significant", "within the noise",
                               "rate", "province", "provinces", "communes", "interval", "baseline", "anomaly", "anomalies", "explains", "readiness",
                               "not tested", "none recorded", "see", "of", "in", "to", "with", "for",
                               "target", "unit", "outside", "limits", "mean", "level", "shift", "members", "flagged", "day", "days"]

    @Test func nationalReportHasNoEnglishAndNoIdentifier() async throws {
        let report = try await MonthlyReportTests.build()
        let text = Self.visibleText(MonthlyReportDocument(report, language: .vi).html())
        for id in Self.identifiers { #expect(!text.contains(id), "the Vietnamese report shows the identifier \(id)") }
        let words = Set(text.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init))
        for phrase in Self.englishWords {
            if phrase.contains(" ") { #expect(!text.lowercased().contains(phrase), "untranslated: \(phrase)") }
            else { #expect(!words.contains(phrase), "untranslated word: \(phrase)") }
        }
        #expect(text.contains("Tóm tắt tháng"), "the brief opens the report")
        #expect(text.contains("tháng 7/2025"), "periods in Vietnamese")
        #expect(text.range(of: "[0-9],[0-9]{2} %", options: .regularExpression) != nil, "percentages as 32,73 %")
    }

    @Test func provinceReportHasNoEnglishAndNoIdentifier() async throws {
        let report = try await MonthlyReportTests.build(province: "79")
        let md = MonthlyReportDocument(report, language: .vi).markdown(chartPrefix: "x").text
        for id in Self.identifiers { #expect(!md.contains(id), "the Vietnamese Markdown shows the identifier \(id)") }
        #expect(!md.lowercased().contains("per working day"))
    }

    /// The brief says only what the figures show: the lowest unit is named only when it lags, and
    /// a fall only when its test says so.
    @Test func briefStatesOnlyWhatTheFiguresShow() async throws {
        let report = try await MonthlyReportTests.build()
        let html = MonthlyReportDocument(report).html()
        let brief = Self.visibleText(String(html[html.range(of: "<section id=\"brief\">")!.lowerBound..<html.range(of: "<section id=\"summary\">")!.lowerBound]))
        let ranked = try #require(report.ranking.content)
        let lowest = try #require(ranked.last)
        #expect(brief.contains("\(lowest.unit.name) has the lowest") == lowest.lagging)
        for s in report.changedMost.content ?? [] where brief.contains("\(s.unit.name) received") {
            #expect(s.significant == true && (s.relativeChange ?? 0) < 0, "\(s.unit.name)'s fall is named only when significant")
        }
        #expect(brief.contains("applications received"), "the five numbers start with the applications received")
    }
}
