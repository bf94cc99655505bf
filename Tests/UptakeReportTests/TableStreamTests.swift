import Testing
import UptakeReport

/// A table streamed a row at a time reads exactly as the same table rendered whole.
@Suite struct TableStreamTests {
    @Test(arguments: [0, 1, 3])
    func streamedEqualsRendered(rowCount: Int) {
        let columns = ["code", "name", "n"]
        let rows: [[Cell]] = (0..<rowCount).map { i in [.text("0\(i)"), .text(i == 1 ? "Hà \"Nội\", x" : "Huế"), i == 2 ? .empty : .text("\(i * 7)")] }
        for format in [OutputFormat.csv, .json] {
            var stream = TableStream(columns: columns, format: format)
            var text = stream.start()
            for row in rows { text += stream.row(row) }
            text += stream.end()
            #expect(text == Table(columns: columns, rows: rows).render(format), "\(format) with \(rowCount) rows")
        }
    }
}
