import Testing
@testable import UptakeCore

/// The parser's path for records without quotes writes over the last record's fields in place; it
/// must leave the row exactly as the field-by-field path does, whatever the record before it held.
@Suite struct UnquotedSplitTests {
    @Test func inPlaceFieldsMatchTheGeneralSplit() {
        let records = ["a,b,c", "1,,3", "4,5,6", ",", "x", "a,b,c,", "2024-01-01,00004,land,8,1,43,34,1,37",
                       "2024-01-02,00008,civil_status,53,23,10,5,22,3", "3,Hà Nội,z", "bad \u{FF} byte,1", "", "a,b,c"]
        var reused = RawRow()
        for (n, text) in records.enumerated() {
            let bytes = Array(text.utf8)
            var fresh = RawRow()
            let line = 10 + n
            let expected = bytes.withUnsafeBufferPointer { CSVParser.split($0, line: line, truncated: false, into: &fresh) }
            let found = bytes.withUnsafeBufferPointer { CSVParser.splitUnquoted($0, line: line, into: &reused) }
            #expect(found?.message == expected?.message && found?.column == expected?.column, "\(text)")
            #expect(reused.bytes == fresh.bytes && reused.rawLength == fresh.rawLength, "\(text)")
            #expect(reused.ranges == fresh.ranges, "\(text)")
            #expect(reused.columns == fresh.columns, "\(text)")
            #expect(reused.lines == fresh.lines && reused.nulls == fresh.nulls, "\(text)")
            #expect(reused.line == line && reused.column == 1 && !reused.unterminated, "\(text)")
        }
    }

    @Test func aRowLeftByAnotherRecordIsReset() {
        var row = RawRow()
        row.reset(line: 1, column: 7)
        row.unterminated = true
        row.nulls = [true, true]
        row.ranges = [0..<0, 0..<0]
        row.columns = [3, 4]
        row.lines = [1, 1]
        let bytes = Array("p,q".utf8)
        _ = bytes.withUnsafeBufferPointer { CSVParser.splitUnquoted($0, line: 2, into: &row) }
        #expect(row.nulls == [false, false] && row.columns == [1, 3] && row.lines == [2, 2])
        #expect(row.ranges == [0..<1, 2..<3] && row.column == 1 && !row.unterminated)
    }
}
