/// An incremental RFC 4180 parser: feed it a file's bytes in chunks of any size and it hands over
/// each complete record, with line numbers and field columns, without holding more than one record
/// and one chunk in memory. Hand-written because none of the CSV packages available here streams
/// bytes with positions, and the ingest hot path needs to allocate nothing per row.
///
/// Quoted fields may hold commas, doubled quotes and line breaks; CRLF and LF line ends; a leading
/// byte-order mark is skipped; blank lines carry no data and are passed over.
public struct CSVParser: Sendable {
    /// What the parser found: a record, or a record it could not read.
    public enum Event {
        case record
        case problem(RowProblem)
    }

    private var buffer: [UInt8] = []
    private var consumed = 0
    private var nextLine = 1
    private var atFileStart = true
    /// How far the record at `consumed` was scanned for its end when the last chunk ran out, so a
    /// record spanning many chunks is scanned once (rescanning it per chunk took 72 s on a 200 MB
    /// line); `tooLong`: it passed ``DataDomain/maxRecordBytes``, was reported, and its bytes are
    /// dropped until its end.
    private var pending = PendingScan()
    private struct PendingScan { var scanned = 0, inQuotes = false, sawQuote = false, newlines = 0, tooLong = false }

    public init() {}

    /// Appends `chunk` and reports every record it completes.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, row: inout RawRow, _ handle: (Event, inout RawRow) throws -> Void) rethrows {
        if chunk.isEmpty { return }
        buffer.append(contentsOf: chunk)
        if atFileStart, buffer.count >= 3 || chunk.isEmpty {
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { consumed = 3 }
            atFileStart = false
        }
        // Nothing is read before the byte-order mark is settled (a scan position would shift under it).
        guard !atFileStart else { return }
        try drain(final: false, row: &row, handle)
    }

    /// Reports the last record, which may lack a line end, once the whole file has been fed.
    public mutating func finish(row: inout RawRow, _ handle: (Event, inout RawRow) throws -> Void) rethrows {
        if atFileStart, buffer.starts(with: [0xEF, 0xBB, 0xBF]) { consumed = 3 }
        atFileStart = false
        try drain(final: true, row: &row, handle)
    }

    /// Whether the file held anything but a byte-order mark and blank lines.
    public var isEmptyFile: Bool { !hadRecord }
    private var hadRecord = false

    private mutating func drain(final: Bool, row: inout RawRow, _ handle: (Event, inout RawRow) throws -> Void) rethrows {
        try buffer.withUnsafeBufferPointer { whole in
            let count = whole.count
            var start = consumed
            while start < count {
                // Find the end of the record that starts at `start`, from where the last chunk left off.
                var i = start + pending.scanned
                var inQuotes = pending.inQuotes
                var sawQuote = pending.sawQuote
                var newlinesInside = pending.newlines
                var tooLong = pending.tooLong
                pending = PendingScan()
                var end = -1
                while i < count {
                    let b = whole[i]
                    if b == 0x22 { inQuotes.toggle(); sawQuote = true }
                    else if b == 0x0A {
                        if !inQuotes { end = i; break }
                        newlinesInside += 1
                    }
                    i += 1
                }
                if end < 0 {
                    // + 1: a CR at the chunk's end may be the line end's; reported as a whole record would be.
                    if !tooLong, count - start > DataDomain.maxRecordBytes + 1 {
                        hadRecord = true
                        try CSVParser.reportTooLong(line: nextLine, row: &row, handle)
                        tooLong = true
                    }
                    if tooLong {
                        pending = PendingScan(scanned: 0, inQuotes: inQuotes, sawQuote: sawQuote, newlines: newlinesInside, tooLong: true)
                        start = count
                        break
                    }
                    guard final else {
                        pending = PendingScan(scanned: i - start, inQuotes: inQuotes, sawQuote: sawQuote, newlines: newlinesInside)
                        break
                    }
                    end = count
                }
                let isLast = end == count
                var recordEnd = end
                if recordEnd > start, whole[recordEnd - 1] == 0x0D { recordEnd -= 1 }
                if !tooLong, recordEnd - start > DataDomain.maxRecordBytes {
                    hadRecord = true
                    try CSVParser.reportTooLong(line: nextLine, row: &row, handle)
                    tooLong = true
                }
                let line = nextLine
                nextLine += 1 + newlinesInside
                if tooLong {
                    start = isLast ? count : end + 1
                    continue
                }
                if recordEnd > start {
                    hadRecord = true
                    let slice = UnsafeBufferPointer(rebasing: whole[start..<recordEnd])
                    let problem = sawQuote ? CSVParser.split(slice, line: line, truncated: isLast && inQuotes, into: &row)
                                           : CSVParser.splitUnquoted(slice, line: line, into: &row)
                    row.unterminated = isLast && final
                    if let problem {
                        try handle(.problem(problem), &row)
                    } else {
                        try handle(.record, &row)
                    }
                }
                start = isLast ? count : end + 1
            }
            consumed = start
        }
        if consumed > 0 {
            buffer.removeSubrange(0..<consumed)
            consumed = 0
        }
    }

    /// Reports the record starting at `line` as too long, with no text (a reject file gets none).
    private static func reportTooLong(line: Int, row: inout RawRow, _ handle: (Event, inout RawRow) throws -> Void) rethrows {
        row.reset(line: line)
        try handle(.problem(DataDomain.recordTooLong(line: line)), &row)
    }

    /// The file ends inside quotes: points at the quote that opened them, and says whether it began
    /// a quoted field (never closed, or the file was cut off) or sat inside an unquoted field (a
    /// stray `"`, which swallows the rest of the file).
    static func unclosedQuote(_ record: UnsafeBufferPointer<UInt8>, line: Int) -> RowProblem {
        var opening = 0
        var inQuotes = false
        for (i, b) in record.enumerated() where b == 0x22 {
            if !inQuotes { opening = i }
            inQuotes.toggle()
        }
        let lineStart = record[..<opening].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let quoteLine = line + record[..<opening].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let column = UTF8Check.column(ofByte: opening - lineStart, in: record[lineStart...])
        let startsField = opening == lineStart || record[opening - 1] == 0x2C
        if startsField {
            return RowProblem(line: quoteLine, column: column, message: "the last record is truncated: a quoted field opened here is never closed",
                              hint: "close the quote (a quote inside a quoted field is doubled: \"\"); if the file was cut off while copying, export or download it again")
        }
        return RowProblem(line: quoteLine, column: column, message: "a stray \" inside an unquoted field opens a quote that is never closed",
                          hint: "put the whole field in double quotes and double the quote inside it (\"\"), or remove it")
    }

    /// Splits a record without a quote, the common case: every field is the text between two
    /// commas, on the record's line. An ASCII record's fields are written over the last record's
    /// in place when the two have as many fields, so a row costs four array accesses instead of
    /// four appends per field (their uniqueness checks were ~8% of an ingest's CPU); any other
    /// record goes to ``split(_:line:truncated:into:)``, which words every problem.
    static func splitUnquoted(_ record: UnsafeBufferPointer<UInt8>, line: Int, into row: inout RawRow) -> RowProblem? {
        var fields = 1
        var high: UInt8 = 0
        for b in record {
            high |= b
            if b == 0x2C { fields += 1 }
        }
        guard high < 0x80, row.names.isEmpty, row.nameColumns.isEmpty else { return split(record, line: line, truncated: false, into: &row) }
        row.bytes.replaceSubrange(0..<row.bytes.count, with: record)
        row.rawLength = record.count
        row.line = line
        row.column = 1
        row.unterminated = false
        if row.ranges.count != fields {
            row.ranges.removeAll(keepingCapacity: true)
            row.ranges.append(contentsOf: repeatElement(0..<0, count: fields))
            row.columns.removeAll(keepingCapacity: true)
            row.columns.append(contentsOf: repeatElement(0, count: fields))
            row.lines.removeAll(keepingCapacity: true)
            row.lines.append(contentsOf: repeatElement(0, count: fields))
            row.nulls.removeAll(keepingCapacity: true)
            row.nulls.append(contentsOf: repeatElement(false, count: fields))
        }
        row.ranges.withUnsafeMutableBufferPointer { ranges in
            var k = 0
            var fieldStart = 0
            for i in 0..<record.count where record[i] == 0x2C {
                ranges[k] = fieldStart..<i
                k += 1
                fieldStart = i + 1
            }
            ranges[k] = fieldStart..<record.count
        }
        row.columns.withUnsafeMutableBufferPointer { columns in
            for k in 0..<fields { columns[k] = row.ranges[k].lowerBound + 1 }
        }
        row.lines.withUnsafeMutableBufferPointer { $0.update(repeating: line) }
        row.nulls.withUnsafeMutableBufferPointer { $0.update(repeating: false) }
        return nil
    }

    /// Splits one record into fields. Returns a problem when the record is malformed.
    static func split(_ record: UnsafeBufferPointer<UInt8>, line: Int, truncated: Bool, into row: inout RawRow) -> RowProblem? {
        row.reset(line: line)
        row.bytes.append(contentsOf: record)
        row.rawLength = record.count
        if truncated { return unclosedQuote(record, line: line) }
        let n = record.count
        var i = 0
        var lineStart = 0
        var ascii = true
        var currentLine = line
        while true {
            let fieldStart = i
            let column = ascii ? fieldStart - lineStart + 1 : UTF8Check.column(ofByte: fieldStart - lineStart, in: record[lineStart...])
            let fieldLine = currentLine
            var range: Range<Int>
            if i < n, record[i] == 0x22 {
                i += 1
                let contentStart = i
                var escaped = false
                var closed = false
                while i < n {
                    let b = record[i]
                    if b == 0x22 {
                        if i + 1 < n, record[i + 1] == 0x22 { escaped = true; i += 2; continue }
                        closed = true
                        break
                    }
                    if b == 0x0A { lineStart = i + 1; currentLine += 1 }
                    if b >= 0x80 { ascii = false }
                    i += 1
                }
                if !closed {
                    return RowProblem(line: line, column: column, message: "a quoted field is never closed",
                                      hint: "close the quote, or double a quote inside a quoted field (\"\")")
                }
                range = contentStart..<i
                if escaped {
                    // Doubled quotes: the unescaped text goes after the raw record.
                    let begin = row.bytes.count
                    var j = contentStart
                    while j < i {
                        row.bytes.append(record[j])
                        j += record[j] == 0x22 ? 2 : 1
                    }
                    range = begin..<row.bytes.count
                }
                i += 1  // the closing quote
                if i < n, record[i] != 0x2C {
                    return RowProblem(line: currentLine, column: i - lineStart + 1, message: "unexpected text after a closing quote",
                                      hint: "put the whole field inside the quotes")
                }
            } else {
                while i < n, record[i] != 0x2C {
                    if record[i] >= 0x80 { ascii = false }
                    i += 1
                }
                range = fieldStart..<i
            }
            row.ranges.append(range)
            row.columns.append(column)
            row.lines.append(fieldLine)
            row.nulls.append(false)
            if i >= n { break }
            i += 1  // the comma
            if i == n {  // a trailing comma: one more, empty field
                row.ranges.append(n..<n)
                row.columns.append(ascii ? i - lineStart + 1 : UTF8Check.column(ofByte: i - lineStart, in: record[lineStart...]))
                row.lines.append(currentLine)
                row.nulls.append(false)
                break
            }
        }
        if !ascii, let bad = UTF8Check.firstInvalidOffset(record) {
            let col = UTF8Check.column(ofByte: bad, in: record)
            return RowProblem(line: line, column: col, message: "invalid UTF-8 (byte 0x\(String(record[bad], radix: 16, uppercase: true)))",
                              hint: "save the file as UTF-8; legacy encodings such as TCVN3 or Windows-1258 are not read")
        }
        return nil
    }
}
