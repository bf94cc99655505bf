import Testing
import UptakeCore
@testable import UptakeReport

/// `Table.write` streams CSV and JSON row by row (for `rates --format json` over a year of
/// communes by day): the pieces must add up to exactly what `render` writes whole.
@Suite struct TableWriteTests {
    static func row(_ i: Int) -> [Cell] {
        let rate: Cell = i % 7 == 0 ? .empty : .percent(Double(i) / 3001, digits: 2)
        return [.text(String(format: "%05d", i)), .text("Thanh Xuân \"\(i)\""), .text("2025-07-01"), rate, .flag(i % 2 == 0)]
    }

    static let table = Table(columns: ["code", "name", "from", "rate", "flag"], rows: (0..<3000).map(row), notes: ["a note"], dataOnly: ["from"])

    @Test(arguments: [OutputFormat.csv, .json, .table, .markdown])
    func streamedEqualsWhole(format: OutputFormat) {
        var pieces: [String] = []
        Self.table.write(format) { pieces.append($0) }
        #expect(pieces.joined() == Self.table.render(format))
        if format == .csv || format == .json { #expect(pieces.count > 2, "written in pieces, not whole") }
    }

    @Test func anEmptyTableStreamsAsAnEmptyArray() {
        let empty = Table(columns: ["a"], rows: [])
        var text = ""
        empty.write(.json) { text += $0 }
        #expect(text == empty.render(.json))
    }

    @Test func dataOnlyColumnsAreLeftOutOfTheTextFormats() {
        #expect(Self.table.render(.csv).hasPrefix("code,name,from,rate,flag\n"))
        #expect(Self.table.render(.table).hasPrefix("code   name"))
        #expect(!Self.table.render(.table).contains("2025-07-01"))
        #expect(!Self.table.render(.markdown).contains("from"))
    }
}
