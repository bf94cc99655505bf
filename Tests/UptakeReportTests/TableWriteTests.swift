import Foundation
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

    /// The hand-written row writer against JSONEncoder: awkward strings and doubles of every size.
    @Test func flatRowsMatchTheEncoder() {
        var rng = SystemRandomNumberGenerator()
        let strings = ["a/b", "quote \" and \\ backslash", "tab\tnew\nline\r", "\u{01}\u{1F}\u{7F}\u{08}\u{0C}", "Thạnh Xuân 𝔘 é", ""]
        var doubles: [Double] = [0, -0.0, 1, -1, 0.1, 1e-7, 1e21, 1e22, 123456789.125, 5645, 1.0e16, 2.5e-300, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        for _ in 0..<500 { doubles.append(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &rng))) }
        doubles = doubles.filter(\.isFinite)
        let rows: [[Cell]] = doubles.indices.map { i in
            [.text(strings[i % strings.count]), .number(doubles[i], digits: 2), .integer(Int64(i) - 250), i % 3 == 0 ? .empty : .flag(i % 2 == 0)]
        }
        let table = Table(columns: ["z", "a/b", "ß", "A"], rows: rows)
        var text = ""
        table.write(.json) { text += $0 }
        #expect(text == table.render(.json))
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
