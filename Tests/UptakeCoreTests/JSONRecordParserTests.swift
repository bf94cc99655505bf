import Testing
@testable import UptakeCore

func parseJSON(_ text: String, mode: JSONRecordParser.Mode, chunk: Int = 1 << 20) -> [Result<[String: String?], RowProblemBox>] {
    parseInChunks(text, JSONRecordParser(mode: mode), chunk: chunk) { r in
        var d: [String: String?] = [:]
        for i in 0..<r.fieldCount { d[r.names[i]] = r.nulls[i] ? .some(nil) : r.text(i) }
        return d
    }
}

@Suite struct JSONRecordParserTests {
    @Test(arguments: [1, 5, 1 << 20])
    func prettyPrintedArray(chunk: Int) {
        let text = """
            [
              {"date": "2025-07-01", "locality": "01", "received": 12, "note": "a \\"quoted\\" \\u1ea0 word", "x": null},
              {"date": "2025-07-02", "locality": "01", "received": 3, "ok": true}
            ]
            """
        let rows = parseJSON(text, mode: .array, chunk: chunk).map { try? $0.get() }
        #expect(rows.count == 2)
        #expect(rows[0]?["note"] == "a \"quoted\" Ạ word")
        #expect(rows[0]?["received"] == "12")
        #expect(rows[0]?["x"] == .some(nil))
        #expect(rows[1]?["ok"] == "true")
    }

    @Test func valueColumnsAndLinesAreReported() {
        var parser = JSONRecordParser(mode: .array)
        var row = RawRow()
        var seen: (lines: [Int], columns: [Int]) = ([], [])
        Array("[\n {\"a\": 1,\n  \"b\": \"x\"}\n]".utf8).withUnsafeBytes { parser.feed($0, row: &row) { _, r in seen = (r.lines, r.columns) } }
        parser.finish(row: &row) { _, _ in }
        #expect(seen.lines == [2, 3])
        #expect(seen.columns == [8, 8])
    }

    @Test func ndjsonTruncatedLastLine() {
        let rows = parseJSON("{\"a\": 1}\n{\"a\": 2, \"b\"", mode: .lines)
        guard case .failure(let box) = rows.last! else { Issue.record("expected a problem"); return }
        #expect(box.problem.message.hasPrefix("the last line is truncated"))
        #expect(box.problem.line == 2)
    }

    @Test func arrayWithoutClosingBracketIsTruncated() {
        let rows = parseJSON("[{\"a\": 1},", mode: .array)
        guard case .failure(let box) = rows.last! else { Issue.record("expected a problem"); return }
        #expect(box.problem.message == "the JSON array is truncated: no closing ]")
    }

    @Test func nestedValuesAreRefused() {
        let rows = parseJSON("{\"a\": {\"b\": 1}}\n", mode: .lines)
        guard case .failure(let box) = rows.first! else { Issue.record("expected a problem"); return }
        #expect(box.problem.message == "field \"a\" holds an object or array")
    }
}
