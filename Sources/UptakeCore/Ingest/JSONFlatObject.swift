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
                throw fail("field \"\(FieldReader.excerpt(row.names.last ?? ""))\" holds an object or array", hint: "the contract has flat fields only: strings, numbers, true/false or null")
            default:
                let start = i
                while !atEnd, ![0x2C, 0x7D, 0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { step() }
                let token = bytes[start..<i]
                if token.elementsEqual("null".utf8) { isNull = true }
                else if token.elementsEqual("true".utf8) || token.elementsEqual("false".utf8) || FlatObjectReader.isNumber(token) {
                    row.bytes.append(contentsOf: token)
                } else if let valueLine = row.lines.last, let valueColumn = row.columns.last {
                    let text = FieldReader.excerpt(String(decoding: token.prefix(40), as: UTF8.self))
                    let leadingZero = FlatObjectReader.hasLeadingZero(token)
                    throw FlatObjectError(line: valueLine, column: valueColumn,
                                          message: leadingZero ? "invalid JSON number \(text): a number cannot start with 0" : "invalid JSON value \(text)",
                                          hint: leadingZero ? "codes such as \"00004\" go in double quotes" : "text values go in double quotes")
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

    /// Whether `t` is a JSON number (RFC 8259): `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    static func isNumber(_ t: ArraySlice<UInt8>) -> Bool {
        var i = t.startIndex
        func digits() -> Int {
            let start = i
            while i < t.endIndex, (0x30...0x39).contains(t[i]) { i += 1 }
            return i - start
        }
        if i < t.endIndex, t[i] == 0x2D { i += 1 }
        guard i < t.endIndex else { return false }
        if t[i] == 0x30 { i += 1 } else if digits() == 0 { return false }
        if i < t.endIndex, t[i] == 0x2E {
            i += 1
            guard digits() > 0 else { return false }
        }
        if i < t.endIndex, t[i] == 0x65 || t[i] == 0x45 {
            i += 1
            if i < t.endIndex, t[i] == 0x2B || t[i] == 0x2D { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == t.endIndex
    }

    /// Whether `t` is digits with a superfluous leading 0, such as `00004` (a code written as a number).
    static func hasLeadingZero(_ t: ArraySlice<UInt8>) -> Bool {
        let unsigned = t.first == 0x2D ? t.dropFirst() : t
        return unsigned.count > 1 && unsigned.first == 0x30 && (0x30...0x39).contains(unsigned[unsigned.startIndex + 1])
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
