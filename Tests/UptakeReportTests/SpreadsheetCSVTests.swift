import Testing
import UptakeCore
@testable import UptakeReport

/// `--excel` CSV: formulas made inert (OWASP's CSV-injection rule), numbers left numeric (issue 22).
@Suite struct SpreadsheetCSVTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("-2+3", "'-2+3"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
    ])
    func formulasBecomeText(value: String, shown: String) {
        let table = Table(columns: ["code", "name", "rate"], rows: [[.text("01"), .text(value), .number(-0.25, digits: 2)]])
        let csv = SpreadsheetCSV.neutralised(table.render(.csv))
        let fields = Self.fields(csv)
        #expect(fields.count == 2)
        #expect(fields.last == ["01", shown, "-0.25"], "\(csv)")
    }

    @Test func numbersAndPlainTextStayAsTheyAre() {
        let table = Table(columns: ["a", "b", "c", "d"], rows: [
            [.text("-12"), .text("+3e5"), .integer(-7), .text("Hà Nội, \"Thủ đô\"")],
            [.text("x=1"), .text(""), .empty, .text("a\nb")],
        ])
        let csv = table.render(.csv)
        #expect(SpreadsheetCSV.neutralised(csv) == csv)
    }

    @Test func aStreamedRowIsNeutralisedAsTheWholeTableIs() {
        let rows: [[Cell]] = [[.text("=1+1"), .integer(3)], [.text("ok"), .text("@x")]]
        var stream = TableStream(columns: ["=h", "v"], format: .csv)
        let streamed = ([stream.start()] + rows.map { stream.row($0) }).map(SpreadsheetCSV.neutralised).joined()
        #expect(streamed == SpreadsheetCSV.neutralised(Table(columns: ["=h", "v"], rows: rows).render(.csv)))
        #expect(streamed == "'=h,v\n'=1+1,3\nok,'@x\n")
    }

    /// The records of `csv` as fields, read by the core's own CSV reader's rules (RFC 4180).
    static func fields(_ csv: String) -> [[String]] {
        var records: [[String]] = [[]], field = "", inQuotes = false, previous: Character?
        for c in csv {
            if inQuotes {
                if c == "\"" { inQuotes = false } else { field.append(c) }
            } else if c == "\"" {
                if previous == "\"" { field.append("\"") }
                inQuotes = true
            } else if c == "," {
                records[records.count - 1].append(field); field = ""
            } else if c == "\n" {
                records[records.count - 1].append(field); field = ""; records.append([])
            } else {
                field.append(c)
            }
            previous = c
        }
        return records.filter { !$0.isEmpty }
    }
}
