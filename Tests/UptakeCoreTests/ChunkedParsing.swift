@testable import UptakeCore

/// The two incremental parsers, fed the same way in tests.
protocol IncrementalParser {
    mutating func feed(_ chunk: UnsafeRawBufferPointer, row: inout RawRow, _ handle: (CSVParser.Event, inout RawRow) throws -> Void) rethrows
    mutating func finish(row: inout RawRow, _ handle: (CSVParser.Event, inout RawRow) throws -> Void) rethrows
}

extension CSVParser: IncrementalParser {}
extension JSONRecordParser: IncrementalParser {}

struct RowProblemBox: Error, Equatable { let problem: RowProblem }

/// Feeds `text` to `parser` in chunks of `chunk` bytes and returns `read(row)` for each record, or its problem.
func parseInChunks<P: IncrementalParser, T>(_ text: String, _ parser: P, chunk: Int, _ read: (RawRow) -> T) -> [Result<T, RowProblemBox>] {
    parseInChunks(Array(text.utf8), parser, chunk: chunk, read)
}

/// The same over raw bytes (which need not be valid UTF-8: the fuzz tests feed mutated files).
func parseInChunks<P: IncrementalParser, T>(_ bytes: [UInt8], _ parser: P, chunk: Int, _ read: (RawRow) -> T) -> [Result<T, RowProblemBox>] {
    var parser = parser
    var row = RawRow()
    var out: [Result<T, RowProblemBox>] = []
    func handle(_ e: CSVParser.Event, _ r: inout RawRow) {
        switch e {
        case .record: out.append(.success(read(r)))
        case .problem(let p): out.append(.failure(RowProblemBox(problem: p)))
        }
    }
    var i = 0
    while i < bytes.count {
        let end = min(i + chunk, bytes.count)
        bytes[i..<end].withUnsafeBytes { parser.feed($0, row: &row, handle) }
        i = end
    }
    parser.finish(row: &row, handle)
    return out
}
