import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeReport

/// The vocabulary an official reads: every term translated, and docs/glossary.md the same as the code.
@Suite struct GlossaryTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/glossary.md").standardizedFileURL

    @Test func everyTermHasVietnameseWordsNotItsIdentifier() {
        for term in Glossary.groups.flatMap(\.terms) {
            #expect(!term.vi.isEmpty && term.vi != term.id && !term.vi.contains("_"), "\(term.id) has no Vietnamese: \(term.vi)")
            #expect(term.vi.precomposedStringWithCanonicalMapping == term.vi, "\(term.id)'s Vietnamese is not NFC")
        }
    }

    @Test func theDocumentIsTheCode() throws {
        if ProcessInfo.processInfo.environment["UPTAKE_UPDATE_GOLDEN"] == "1" {
            try Data(GlossaryDocument.markdown.utf8).write(to: Self.file)
        }
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(text == GlossaryDocument.markdown, "docs/glossary.md differs from the code: regenerate it (UPTAKE_UPDATE_GOLDEN=1 swift test --filter GlossaryTests) and read the diff")
    }

    /// Every column a table command or the report shows a reader has words in Vietnamese.
    @Test func theReportsColumnsAreTranslated() async throws {
        let report = try await MonthlyReportTests.build()
        for table in report.tables(in: .vi) {
            for column in table.columns { #expect(ColumnGlossary.isTranslated(column), "no Vietnamese for the column \(column)") }
        }
    }

    /// compare's volume columns: a period, then what is counted in it.
    @Test func periodColumnsAreTranslated() {
        #expect(ColumnGlossary.header("2025-06 received", in: .vi) == "tháng 6/2025: hồ sơ tiếp nhận")
        #expect(ColumnGlossary.header("2025-07 /wd", in: .vi) == "tháng 7/2025: bình quân ngày làm việc")
        #expect(ColumnGlossary.header("2025-07-01..2025-07-31", in: .vi) == "1/7/2025–31/7/2025")
        #expect(ColumnGlossary.header("2025-06 received", in: nil) == "2025-06 received")
        #expect(!ColumnGlossary.isTranslated("no_such_column"))
    }

    @Test func numbersAndDatesInVietnameseStyle() {
        let n = Language.vi.numbers
        #expect(n.integer(1_234_567) == "1.234.567")
        #expect(n.percent(0.3273) == "32,73 %")
        #expect(n.points(-0.1237) == "-12,37 điểm %")
        #expect(n.decimal(7231.94) == "7.231,9")
        #expect(n.date(Day(year: 2025, month: 7, day: 31)!) == "31/7/2025")
        #expect(Language.en.numbers.percent(0.3273) == "32.73%")
        #expect(Language(acceptLanguage: "en-US;q=0.5, vi-VN") == .vi)
        #expect(Language(acceptLanguage: "fr, vi;q=0") == nil)
    }
}
