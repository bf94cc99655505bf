/// Reads a row's fields by schema name, collecting a problem for each one that is missing or malformed.
public struct FieldReader {
    public let row: RawRow
    public let map: FieldMap
    public let schema: InputSchema
    public var problems: [RowProblem] = []

    public init(row: RawRow, map: FieldMap, schema: InputSchema) {
        self.row = row
        self.map = map
        self.schema = schema
    }

    /// The source field of schema field `name`, or `nil` when the input lacks it, it is empty or null.
    public func source(_ name: String) -> Int? {
        guard let s = schema.index(of: name), let src = map.sourceIndex[s], src < row.ranges.count else { return nil }
        return row.nulls[src] || row.ranges[src].isEmpty ? nil : src
    }

    public func column(_ name: String) -> Int {
        guard let s = schema.index(of: name), let src = map.sourceIndex[s], src < row.columns.count else { return row.column }
        return row.columns[src]
    }

    public func line(_ name: String) -> Int {
        guard let s = schema.index(of: name), let src = map.sourceIndex[s], src < row.lines.count else { return row.line }
        return row.lines[src]
    }

    public mutating func problem(_ name: String, _ message: String, hint: String? = nil) {
        problems.append(RowProblem(line: line(name), column: column(name), message: message, hint: hint))
    }

    /// A required field's text, or a problem.
    public mutating func text(_ name: String) -> String? {
        guard let src = source(name) else {
            problem(name, "missing value for \(name)", hint: "every row needs \(schema.required.joined(separator: ", "))")
            return nil
        }
        return row.text(src)
    }

    public func optionalText(_ name: String) -> String? { source(name).map { row.text($0) } }

    /// A whole number from 0 to `DataDomain.maxCount`, read straight from the bytes (the hot path:
    /// no allocation). `nil` with no problem when the optional field is absent.
    public mutating func count(_ name: String, required: Bool) -> Int64? {
        guard let src = source(name) else {
            if required { problem(name, "missing value for \(name)", hint: "every row needs \(schema.required.joined(separator: ", "))") }
            return nil
        }
        let range = row.ranges[src]
        // (digits only, value or nil when above the bound); the running value never passes 10 × the bound.
        let parsed: (digits: Bool, value: Int64?) = row.bytes.withUnsafeBufferPointer { b in
            var v: Int64? = 0
            for i in range {
                let d = Int64(b[i]) &- 48
                guard d >= 0, d <= 9 else { return (false, nil) }
                if let w = v { v = w * 10 + d <= DataDomain.maxCount ? w * 10 + d : nil }
            }
            return (true, v)
        }
        guard parsed.digits else {
            problem(name, "\(name) must be a whole number ≥ 0, found \"\(Self.excerpt(row.text(src)))\"", hint: "counts are non-negative integers without separators")
            return nil
        }
        guard let value = parsed.value else {
            problem(name, "\(name) \(Self.excerpt(row.text(src))) is above the limit of \(DataDomain.maxCountText) for one row",
                    hint: "a count is for one day, locality and sector; check the row for joined or shifted fields")
            return nil
        }
        return value
    }

    /// A field's text shortened for a message: at most 60 characters, control characters shown as
    /// `\u{…}`, so a huge or binary field never floods the terminal.
    public static func excerpt(_ text: String, limit: Int = 60) -> String {
        var out = ""
        var n = 0
        for scalar in text.unicodeScalars {
            if n == limit { out += "… (\(text.unicodeScalars.count) characters)"; break }
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            n += 1
        }
        return out
    }

    /// A date field, `YYYY-MM-DD`.
    public mutating func day(_ name: String, required: Bool = true) -> Day? {
        guard let src = source(name) else {
            if required { problem(name, "missing value for \(name)", hint: "every row needs \(schema.required.joined(separator: ", "))") }
            return nil
        }
        let range = row.ranges[src]
        guard let day = row.bytes.withUnsafeBytes({ Day.parse($0[range]) }) else {
            problem(name, "invalid date \"\(Self.excerpt(row.text(src)))\": expected YYYY-MM-DD", hint: "dates are ISO 8601, e.g. 2025-07-31")
            return nil
        }
        guard DataDomain.contains(day) else {
            problem(name, "\(name) \(day) is outside the supported range \(DataDomain.dayRangeText)", hint: DataDomain.dayRangeHint)
            return nil
        }
        return day
    }

    /// A date or ISO 8601 datetime.
    public mutating func instant(_ name: String, required: Bool) -> Instant? {
        guard let src = source(name) else {
            if required { problem(name, "missing value for \(name)", hint: "every row needs \(schema.required.joined(separator: ", "))") }
            return nil
        }
        let text = row.text(src)
        guard let day = Day(iso: text, allowTime: true), Instant.secondsOfDay(text) != nil else {
            problem(name, "invalid date or datetime \"\(Self.excerpt(text))\"", hint: "use YYYY-MM-DD or an ISO 8601 datetime such as 2025-07-31T08:30:00+07:00")
            return nil
        }
        guard DataDomain.contains(day) else {
            problem(name, "\(name) \(day) is outside the supported range \(DataDomain.dayRangeText)", hint: DataDomain.dayRangeHint)
            return nil
        }
        return Instant(day: day, text: text)
    }

    /// A value from a closed set.
    public mutating func choice<T: RawRepresentable & CaseIterable>(_ name: String, as: T.Type, required: Bool = true) -> T? where T.RawValue == String {
        guard let src = source(name) else {
            if required { problem(name, "missing value for \(name)", hint: "every row needs \(schema.required.joined(separator: ", "))") }
            return nil
        }
        let text = row.text(src)
        guard let v = T(rawValue: text) else {
            problem(name, "unknown \(name) \"\(Self.excerpt(text))\"", hint: "expected one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return v
    }
}

extension Instant {
    /// The time part of a date or ISO 8601 datetime as seconds from the day's start in UTC (a time
    /// without a zone is taken as Vietnam's, +07:00), or `nil` when the time is malformed. A bare
    /// date gives 0. Accepted: `THH:MM`, optional `:SS` and `.fraction`, optional `Z` or `±HH:MM`
    /// (or `±HHMM`), with hours 00–23, minutes 00–59 and seconds 00–60; `T` may be a space.
    public static func secondsOfDay(_ text: String) -> Int? {
        let u = Array(text.utf8)
        if u.count == 10 { return 0 }
        guard u.count >= 16 else { return nil }
        func number(_ i: Int, _ max: Int) -> Int? {
            guard i + 1 < u.count, (48...57).contains(u[i]), (48...57).contains(u[i + 1]) else { return nil }
            let v = Int(u[i] - 48) * 10 + Int(u[i + 1] - 48)
            return v <= max ? v : nil
        }
        guard let h = number(11, 23), u[13] == UInt8(ascii: ":"), let m = number(14, 59) else { return nil }
        var seconds = h * 3600 + m * 60
        var i = 16
        if i < u.count, u[i] == UInt8(ascii: ":") {
            guard let sec = number(i + 1, 60) else { return nil }
            seconds += sec
            i += 3
            if i < u.count, u[i] == UInt8(ascii: ".") {
                i += 1
                let digits = i
                while i < u.count, (48...57).contains(u[i]) { i += 1 }
                guard i > digits else { return nil }
            }
        }
        var offset = 7 * 3600
        if i < u.count {
            if u[i] == UInt8(ascii: "Z") {
                offset = 0
                i += 1
            } else if u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") {
                let sign = u[i] == UInt8(ascii: "+") ? 1 : -1
                guard let oh = number(i + 1, 14) else { return nil }
                i += 3
                if i < u.count, u[i] == UInt8(ascii: ":") { i += 1 }
                guard let om = number(i, 59) else { return nil }
                i += 2
                offset = sign * (oh * 3600 + om * 60)
            } else {
                return nil
            }
        }
        guard i == u.count else { return nil }
        return seconds - offset
    }

    /// Seconds since 1970-01-01T00:00Z (a bare date: its start in Vietnam's time), for ordering.
    public var absoluteSeconds: Int { day.number * 86_400 + (text.utf8.count == 10 ? -7 * 3600 : Instant.secondsOfDay(text) ?? 0) }
}
