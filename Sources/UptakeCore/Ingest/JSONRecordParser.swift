/// An incremental reader of JSON input: an array of flat objects (`.json`) or one object a line
/// (`.ndjson`). It hands over each object as a `RawRow` with the line and column of every value,
/// holding no more than one object and one chunk in memory.
///
/// Hand-written because Foundation's `JSONSerialization` reads a whole document at once, drops
/// positions (needed for `file:line:column` errors) and turns numbers into floating point.
public struct JSONRecordParser: Sendable {
    public enum Mode: Sendable { case array, lines }

    public let mode: Mode
    private var buffer: [UInt8] = []
    private var line = 1          // line of buffer[0]
    private var column = 1        // column of buffer[0]
    private var state: ArrayState = .beforeOpen
    private var hadObject = false
    private var sawContent = false
    /// Set after a problem that ends the array: the rest of the file, in whatever chunks it comes,
    /// is passed over, so the problems do not depend on the chunk size.
    private var stopped = false
    private var bomChecked = false
    /// Set after an NDJSON line past ``DataDomain/maxRecordBytes`` was reported: its bytes are
    /// dropped until its line end. The bound also keeps the rescans of an unfinished record, one
    /// per chunk, from growing with the file (they took minutes on one 200 MB line).
    private var skippingLine = false

    private enum ArrayState { case beforeOpen, beforeValue, afterComma, afterValue, closed }

    public init(mode: Mode) { self.mode = mode }

    public var isEmptyFile: Bool { !sawContent }

    public mutating func feed(_ chunk: UnsafeRawBufferPointer, row: inout RawRow, _ handle: (CSVParser.Event, inout RawRow) throws -> Void) rethrows {
        buffer.append(contentsOf: chunk)
        guard skipByteOrderMark(final: false) else { return }
        try drain(final: false, row: &row, handle)
    }

    /// Drops a UTF-8 byte-order mark at the very start of the file, even when it arrives split over
    /// chunks. Returns `false` while the first bytes could still be the start of one.
    private mutating func skipByteOrderMark(final: Bool) -> Bool {
        guard !bomChecked else { return true }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if buffer.count < 3, !final, bom.starts(with: buffer) { return false }
        if buffer.starts(with: bom) { buffer.removeFirst(3) }
        bomChecked = true
        return true
    }

    public mutating func finish(row: inout RawRow, _ handle: (CSVParser.Event, inout RawRow) throws -> Void) rethrows {
        _ = skipByteOrderMark(final: true)
        try drain(final: true, row: &row, handle)
        guard sawContent else { return }
        if mode == .array, state != .closed {
            let problem = RowProblem(line: line, column: column, message: "the JSON array is truncated: no closing ]",
                                     hint: "the file may have been cut off while copying; export or download it again")
            try handle(.problem(problem), &row)
        }
    }

    private mutating func drain(final: Bool, row: inout RawRow, _ handle: (CSVParser.Event, inout RawRow) throws -> Void) rethrows {
        if stopped { buffer.removeAll(); return }
        var pos = 0
        if skippingLine {
            // Still inside the long line: no line end passed, so the position stays where it was.
            guard let lineEnd = buffer.firstIndex(of: 0x0A) else { buffer.removeAll(); return }
            buffer.removeSubrange(0..<lineEnd)
            skippingLine = false
        }
        var curLine = line, curCol = column
        let bytes = buffer
        let n = bytes.count
        func advance(_ to: Int) {
            while pos < to {
                if bytes[pos] == 0x0A { curLine += 1; curCol = 1 } else if bytes[pos] & 0xC0 != 0x80 { curCol += 1 }
                pos += 1
            }
        }
        scan: while pos < n {
            let b = bytes[pos]
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A { advance(pos + 1); continue }
            sawContent = true
            switch mode {
            case .lines:
                let lineEnd = bytes[pos...].firstIndex(of: 0x0A)
                // Counted without a CR before the line end, which may still wait for its LF.
                let complete = lineEnd != nil || final, to = lineEnd ?? n
                let length = to - pos - (complete && to > pos && bytes[to - 1] == 0x0D ? 1 : 0)
                if length > DataDomain.maxRecordBytes + (complete ? 0 : 1) {
                    row.reset(line: curLine, column: curCol)
                    try handle(.problem(DataDomain.recordTooLong(line: curLine, column: curCol)), &row)
                    guard let lineEnd else { skippingLine = !final; pos = n; break scan }
                    pos = lineEnd
                    continue
                }
                guard let end = lineEnd ?? (final ? n : nil) else { break scan }
                let problem = JSONRecordParser.parseObject(bytes[pos..<end], line: curLine, column: curCol, into: &row,
                                                           truncatedAtEOF: end == n && bytes.last != 0x0A)
                try handle(problem.map { .problem($0) } ?? .record, &row)
                hadObject = true
                advance(end)
            case .array:
                switch state {
                case .beforeOpen:
                    guard b == 0x5B else {
                        try handle(.problem(RowProblem(line: curLine, column: curCol, message: "expected a JSON array of objects ([ … ])",
                                                       hint: "for one object a line, name the file .ndjson")), &row)
                        state = .closed; stopped = true; pos = n; break scan
                    }
                    state = .beforeValue; advance(pos + 1)
                case .beforeValue, .afterComma, .afterValue:
                    if b == 0x5D, state == .afterComma {
                        try handle(.problem(RowProblem(line: curLine, column: curCol, message: "a comma before the closing ]",
                                                       hint: "remove the comma after the last object (JSON allows no trailing comma)")), &row)
                        state = .closed; stopped = true; pos = n; break scan
                    }
                    if b == 0x5D { state = .closed; advance(pos + 1); continue }
                    if state == .afterValue {
                        guard b == 0x2C else {
                            try handle(.problem(RowProblem(line: curLine, column: curCol, message: "expected , or ] between array elements")), &row)
                            state = .closed; stopped = true; pos = n; break scan
                        }
                        state = .afterComma; advance(pos + 1); continue
                    }
                    let valueEnd = JSONRecordParser.endOfValue(bytes, from: pos)
                    if (valueEnd ?? n) - pos > DataDomain.maxRecordBytes {
                        try handle(.problem(DataDomain.recordTooLong(line: curLine, column: curCol)), &row)
                        state = .closed; stopped = true; pos = n; break scan
                    }
                    guard let end = valueEnd else {
                        if final {
                            try handle(.problem(RowProblem(line: curLine, column: curCol, message: "the last object is truncated",
                                                           hint: "the file may have been cut off while copying; export or download it again")), &row)
                            state = .closed; stopped = true; pos = n
                        }
                        break scan
                    }
                    let problem = JSONRecordParser.parseObject(bytes[pos..<end], line: curLine, column: curCol, into: &row, truncatedAtEOF: false)
                    try handle(problem.map { .problem($0) } ?? .record, &row)
                    hadObject = true
                    state = .afterValue
                    advance(end)
                case .closed:
                    try handle(.problem(RowProblem(line: curLine, column: curCol, message: "unexpected text after the closing ]")), &row)
                    stopped = true; pos = n; break scan
                }
            }
        }
        buffer.removeSubrange(0..<pos)
        line = curLine; column = curCol
    }

    /// The index just past the JSON value starting at `start`, or `nil` if the buffer ends first.
    static func endOfValue(_ b: [UInt8], from start: Int) -> Int? {
        var depth = 0, inString = false, escaped = false
        var i = start
        while i < b.count {
            let c = b[i]
            if inString {
                if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == 0x22 { inString = false; if depth == 0 { return i + 1 } }
            } else if c == 0x22 { inString = true }
            else if c == 0x7B || c == 0x5B { depth += 1 }
            else if c == 0x7D || c == 0x5D { depth -= 1; if depth == 0 { return i + 1 } }
            else if depth == 0, c == 0x2C || c == 0x0A { return i }
            i += 1
        }
        return nil
    }
}
