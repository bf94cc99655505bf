import Testing
@testable import UptakeCore

/// Parses `text` fed in chunks of `chunk` bytes and returns each record's fields, or its problem.
func parseCSV(_ text: String, chunk: Int = 1 << 20) -> [Result<[String], RowProblemBox>] {
    parseInChunks(text, CSVParser(), chunk: chunk) { r in (0..<r.fieldCount).map { r.text($0) } }
}

@Suite struct CSVParserTests {
    @Test(arguments: [1, 2, 3, 7, 1 << 20])
    func quotedFieldsCommasNewlinesAndEscapes(chunk: Int) {
        let text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n\n3,Hà Nội,z"
        let rows = parseCSV(text, chunk: chunk).map { try? $0.get() }
        #expect(rows == [["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", "two\nlines", ""], ["3", "Hà Nội", "z"]])
    }

    @Test func byteOrderMarkIsSkipped() {
        let rows = parseCSV("\u{FEFF}date,locality\n2025-07-01,01\n").map { try? $0.get() }
        #expect(rows == [["date", "locality"], ["2025-07-01", "01"]])
    }

    @Test func lineNumbersCountLineBreaksInsideQuotes() {
        var parser = CSVParser()
        var row = RawRow()
        var lines: [Int] = []
        Array("h\n\"a\nb\"\nc\n".utf8).withUnsafeBytes { parser.feed($0, row: &row) { _, r in lines.append(r.line) } }
        parser.finish(row: &row) { _, r in lines.append(r.line) }
        #expect(lines == [1, 2, 4])
    }

    @Test func columnsAreCharactersNotBytes() {
        var parser = CSVParser()
        var row = RawRow()
        var columns: [Int] = []
        Array("Hà Nội,x\n".utf8).withUnsafeBytes { parser.feed($0, row: &row) { _, r in columns = r.columns } }
        #expect(columns == [1, 8])
    }

    @Test func unclosedQuoteAtEndIsTruncation() {
        let result = parseCSV("a,b\n1,\"never closed\n")
        guard case .failure(let box) = result.last! else { Issue.record("expected a problem"); return }
        #expect(box.problem.message == "the last record is truncated: a quoted field opened here is never closed")
        #expect(box.problem.line == 2)
        #expect(box.problem.column == 3)
    }

    @Test func aStrayQuoteIsNotCalledATruncation() {
        let result = parseCSV("a,b\n1,ab\"c\n2,d\n3,e\n")
        guard case .failure(let box) = result.last! else { Issue.record("expected a problem"); return }
        #expect(box.problem.message == "a stray \" inside an unquoted field opens a quote that is never closed")
        #expect((box.problem.line, box.problem.column) == (2, 5))
    }

    @Test func invalidUTF8IsReportedWithItsColumn() {
        var bytes = Array("a,b\n1,x".utf8)
        bytes.append(0xFF)
        bytes += Array("\n".utf8)
        var parser = CSVParser()
        var row = RawRow()
        var problems: [RowProblem] = []
        bytes.withUnsafeBytes { parser.feed($0, row: &row) { e, _ in if case .problem(let p) = e { problems.append(p) } } }
        #expect(problems == [RowProblem(line: 2, column: 4, message: "invalid UTF-8 (byte 0xFF)",
                                        hint: "save the file as UTF-8; legacy encodings such as TCVN3 or Windows-1258 are not read")])
    }

    @Test func emptyInputHasNoRecords() {
        var parser = CSVParser()
        var row = RawRow()
        Array("\u{FEFF}\n\n".utf8).withUnsafeBytes { parser.feed($0, row: &row) { _, _ in } }
        parser.finish(row: &row) { _, _ in }
        #expect(parser.isEmptyFile)
    }
}
