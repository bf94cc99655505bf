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

    /// A whole number ≥ 0 read straight from the bytes (the hot path: no allocation).
    /// `nil` with no problem when the optional field is absent.
    public mutating func count(_ name: String, required: Bool) -> Int64? {
        guard let src = source(name) else {
            if required { problem(name, "missing value for \(name)", hint: "every row needs \(schema.required.joined(separator: ", "))") }
            return nil
        }
        let range = row.ranges[src]
        let value: Int64? = row.bytes.withUnsafeBufferPointer { b in
            guard range.count <= 15 else { return nil }
            var v: Int64 = 0
            for i in range {
                let d = Int64(b[i]) &- 48
                guard d >= 0, d <= 9 else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard let value else {
            problem(name, "\(name) must be a whole number ≥ 0, found \"\(row.text(src))\"", hint: "counts are non-negative integers without separators")
            return nil
        }
        return value
    }

    /// A date field, `YYYY-MM-DD`.
    public mutating func day(_ name: String, required: Bool = true) -> Day? {
        guard let src = source(name) else {
            if required { problem(name, "missing value for \(name)", hint: "every row needs \(schema.required.joined(separator: ", "))") }
            return nil
        }
        let range = row.ranges[src]
        let day = row.bytes.withUnsafeBytes { Day.parse($0[range]) }
        if day == nil { problem(name, "invalid date \"\(row.text(src))\": expected YYYY-MM-DD", hint: "dates are ISO 8601, e.g. 2025-07-31") }
        return day
    }

    /// A date or ISO 8601 datetime.
    public mutating func instant(_ name: String, required: Bool) -> Instant? {
        guard let src = source(name) else {
            if required { problem(name, "missing value for \(name)", hint: "every row needs \(schema.required.joined(separator: ", "))") }
            return nil
        }
        let text = row.text(src)
        guard let day = Day(iso: text, allowTime: true), Instant.isPlausible(text) else {
            problem(name, "invalid date or datetime \"\(text)\"", hint: "use YYYY-MM-DD or an ISO 8601 datetime such as 2025-07-31T08:30:00+07:00")
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
            problem(name, "unknown \(name) \"\(text)\"", hint: "expected one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return v
    }
}

extension Instant {
    /// A light check of a datetime's time part (`THH:MM`, optional seconds and zone).
    static func isPlausible(_ text: String) -> Bool {
        let u = Array(text.utf8)
        if u.count == 10 { return true }
        guard u.count >= 16 else { return false }
        func digit(_ i: Int) -> Bool { u[i] >= 48 && u[i] <= 57 }
        return digit(11) && digit(12) && u[13] == 58 && digit(14) && digit(15)
    }
}
