extension JSONRecordParser {
    /// Parses one flat JSON object (string, number, boolean or null values) into `row`, one source
    /// field per key, with each value's line and column. Returns a problem when it is not one.
    static func parseObject(_ text: ArraySlice<UInt8>, line: Int, column: Int, into row: inout RawRow, truncatedAtEOF: Bool) -> RowProblem? {
        row.reset(line: line, column: column)
        row.bytes.append(contentsOf: text)
        row.rawLength = text.count
        var reader = FlatObjectReader(bytes: text, line: line, column: column)
        do {
            try reader.read(into: &row)
            return nil
        } catch {
            if truncatedAtEOF {
                return RowProblem(line: line, column: column, message: "the last line is truncated: \(error.message)",
                                  hint: "the file may have been cut off while copying; export or download it again")
            }
            return RowProblem(line: error.line, column: error.column, message: error.message, hint: error.hint)
        }
    }
}

struct FlatObjectError: Error {
    var line: Int, column: Int, message: String, hint: String? = nil
}

/// A cursor over one JSON object's bytes that knows its line and column.
struct FlatObjectReader {
    let bytes: ArraySlice<UInt8>
    var i: Int
    var line: Int
    var column: Int

    init(bytes: ArraySlice<UInt8>, line: Int, column: Int) {
        self.bytes = bytes
        self.i = bytes.startIndex
        self.line = line
        self.column = column
    }

    var atEnd: Bool { i >= bytes.endIndex }

    mutating func step() {
        if bytes[i] == 0x0A { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
        i += 1
    }

    func fail(_ message: String, hint: String? = nil) -> FlatObjectError {
        FlatObjectError(line: line, column: column, message: message, hint: hint)
    }

    mutating func skipSpace() {
        while !atEnd, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { step() }
    }

    mutating func expect(_ c: UInt8, _ what: String) throws(FlatObjectError) {
        skipSpace()
        guard !atEnd, bytes[i] == c else { throw fail("expected \(what)") }
        step()
    }

    mutating func read(into row: inout RawRow) throws(FlatObjectError) {
        try expect(0x7B, "a JSON object ({ … })")
        skipSpace()
        if !atEnd, bytes[i] == 0x7D { step(); return try trailing() }
        while true {
            skipSpace()
            guard !atEnd, bytes[i] == 0x22 else { throw fail("expected a field name in quotes") }
            var name: [UInt8] = []
            row.nameColumns.append(column)
            try readString(into: &name)
            try expect(0x3A, ":")
            skipSpace()
            guard !atEnd else { throw fail("expected a value") }
            let begin = row.bytes.count
            row.columns.append(column)
            row.lines.append(line)
            row.names.append(String(decoding: name, as: UTF8.self))
            var isNull = false
            switch bytes[i] {
            case 0x22:
                try readString(into: &row.bytes)
            case 0x7B, 0x5B:
                throw fail("field \"\(row.names.last!)\" holds an object or array", hint: "the contract has flat fields only: strings, numbers, true/false or null")
            default:
                let start = i
                while !atEnd, ![0x2C, 0x7D, 0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { step() }
                let token = bytes[start..<i]
                if token.elementsEqual("null".utf8) { isNull = true }
                else if token.elementsEqual("true".utf8) || token.elementsEqual("false".utf8) || FlatObjectReader.isNumber(token) {
                    row.bytes.append(contentsOf: token)
                } else {
                    throw FlatObjectError(line: row.lines.last!, column: row.columns.last!,
                                          message: "invalid JSON value \(String(decoding: token.prefix(20), as: UTF8.self))",
                                          hint: "text values go in double quotes")
                }
            }
            row.ranges.append(begin..<row.bytes.count)
            row.nulls.append(isNull)
            skipSpace()
            guard !atEnd else { throw fail("the object is not closed: expected , or }") }
            if bytes[i] == 0x2C { step(); continue }
            if bytes[i] == 0x7D { step(); return try trailing() }
            throw fail("expected , or } after a value")
        }
    }

    mutating func trailing() throws(FlatObjectError) {
        skipSpace()
        if !atEnd { throw fail("unexpected text after the object") }
    }

    static func isNumber(_ t: ArraySlice<UInt8>) -> Bool {
        guard !t.isEmpty else { return false }
        return t.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2B || $0 == 0x2E || $0 == 0x65 || $0 == 0x45 }
    }

    /// Reads a quoted string at the cursor, unescaping into `out`, and checks its UTF-8.
    mutating func readString(into out: inout [UInt8]) throws(FlatObjectError) {
        step()  // opening quote
        let startLine = line, startColumn = column
        while true {
            guard !atEnd else { throw FlatObjectError(line: startLine, column: startColumn, message: "a string is never closed") }
            let b = bytes[i]
            if b == 0x22 { step(); return }
            if b < 0x20 { throw fail("a control character inside a string", hint: "escape line breaks and tabs as \\n and \\t") }
            if b == 0x5C {
                step()
                guard !atEnd else { throw fail("a string is never closed") }
                let e = bytes[i]
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e); step()
                case 0x62: out.append(0x08); step()
                case 0x66: out.append(0x0C); step()
                case 0x6E: out.append(0x0A); step()
                case 0x72: out.append(0x0D); step()
                case 0x74: out.append(0x09); step()
                case 0x75:
                    step()
                    var scalar = try readHex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard i + 1 < bytes.endIndex, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { throw fail("an unpaired surrogate in \\u escape") }
                        step(); step()
                        let low = try readHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("an unpaired surrogate in \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail("an invalid \\u escape") }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default: throw fail("an invalid escape \\\(Character(Unicode.Scalar(e)))")
                }
                continue
            }
            if b >= 0x80 {
                var end = i + 1
                while end < bytes.endIndex, bytes[end] & 0xC0 == 0x80 { end += 1 }
                if UTF8Check.firstInvalidOffset(bytes[i..<end]) != nil {
                    throw fail("invalid UTF-8 (byte 0x\(String(b, radix: 16, uppercase: true)))",
                               hint: "save the file as UTF-8; legacy encodings such as TCVN3 or Windows-1258 are not read")
                }
                out.append(contentsOf: bytes[i..<end])
                while i < end { step() }
                continue
            }
            out.append(b)
            step()
        }
    }

    mutating func readHex4() throws(FlatObjectError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard !atEnd, let d = FlatObjectReader.hex(bytes[i]) else { throw fail("an invalid \\u escape") }
            v = v * 16 + d
            step()
        }
        return v
    }

    static func hex(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: UInt32(c - 0x30)
        case 0x61...0x66: UInt32(c - 0x61 + 10)
        case 0x41...0x46: UInt32(c - 0x41 + 10)
        default: nil
        }
    }
}
