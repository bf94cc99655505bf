import Testing
@testable import UptakeCore

/// The bound on a record's length (issue 22): the same records and problems in any chunk size, a
/// record of exactly the bound read, one byte more refused, and the rows after it read on.
@Suite struct RecordLengthTests {
    static let bound = DataDomain.maxRecordBytes
    static let chunks = [4093, 65_536, 1 << 20, 3 << 20]

    /// What the parser reports: each record's first field's length and line, or the problem's place.
    static func outline<P: IncrementalParser>(_ bytes: [UInt8], _ parser: P, chunk: Int) -> [String] {
        parseInChunks(bytes, parser, chunk: chunk) { r in "\(r.line): \(r.fieldCount > 0 ? r.ranges[0].count : 0)" }.map {
            switch $0 {
            case .success(let s): s
            case .failure(let box): "\(box.problem.line):\(box.problem.column) \(box.problem.message.prefix(24))"
            }
        }
    }

    @Test(arguments: chunks)
    func csvRecordsAtAndPastTheBound(chunk: Int) {
        // Line 2: exactly the bound (CRLF: the CR is not counted); line 3: one byte more, quoted over
        // two lines; line 5: read on.
        let text = Array("h\n".utf8) + Array(repeating: 0x61, count: Self.bound) + Array("\r\n\"".utf8)
            + Array(repeating: 0x62, count: Self.bound - 2) + Array("\n\"\nc\n".utf8)
        #expect(Self.outline(text, CSVParser(), chunk: chunk) == ["1: 1", "2: \(Self.bound)", "3:1 a record longer than 1,0", "5: 1"])
    }

    @Test(arguments: chunks)
    func csvWithoutALineEndIsRefusedOnce(chunk: Int) {
        let text = Array("h\n\"".utf8) + Array(repeating: 0x61, count: 2 * Self.bound)
        #expect(Self.outline(text, CSVParser(), chunk: chunk) == ["1: 1", "2:1 a record longer than 1,0"])
    }

    @Test(arguments: chunks)
    func ndjsonLinesPastTheBound(chunk: Int) {
        let long = Array(#"{"a": ""#.utf8) + Array(repeating: 0x61, count: Self.bound) + Array("\"}\r\n".utf8)
        let text = Array("{\"a\": \"x\"}\n  ".utf8) + long + Array(#"{"a": "yz"}"#.utf8)
        #expect(Self.outline(text, JSONRecordParser(mode: .lines), chunk: chunk) == ["1: 1", "2:3 a record longer than 1,0", "3: 2"])
    }

    @Test(arguments: chunks)
    func aJSONArrayStopsAtALongObject(chunk: Int) {
        let text = Array("[{\"a\": \"x\"},\n {\"a\": \"".utf8) + Array(repeating: 0x61, count: Self.bound) + Array("\"}, {\"a\": \"y\"}]".utf8)
        #expect(Self.outline(text, JSONRecordParser(mode: .array), chunk: chunk) == ["1: 1", "2:2 a record longer than 1,0"])
    }
}
