/// A `date,value` file read into a dense daily series: the input of `uptake detect`.
///
/// A header row is optional (`date,value`, any names); dates may come in any order but once each;
/// days between the first and the last that the file leaves out are missing (`NaN`), as is an empty
/// value. Values are numbers (counts or any measurement).
public struct DateValueSeries: Sendable, Equatable {
    public var first: Day
    public var values: [Double]

    public init(first: Day, values: [Double]) {
        self.first = first
        self.values = values
    }

    /// The longest series read, about 30 years of days.
    public static let maximumDays = 11_000

    /// Reads the text of a `date,value` CSV file.
    /// - Throws: ``RowProblem`` naming the line and column of the first problem.
    public static func parse(csv text: String) throws(RowProblem) -> DateValueSeries {
        let records = try CSVText.records(text)
        var byDay: [Day: (Double, Int)] = [:]
        for (index, record) in records.enumerated() {
            let f = record.fields
            if index == 0, let first = f.first, Day(iso: first) == nil, f.count >= 2, Double(f[1]) == nil { continue }  // a header
            guard f.count == 2 else {
                throw RowProblem(line: record.line, column: 1, message: "expected 2 fields (date,value), found \(f.count)",
                                 hint: "one line per day: 2025-07-01,123")
            }
            guard let day = Day(iso: f[0]) else {
                throw RowProblem(line: record.line, column: 1, message: "\"\(f[0].prefix(40))\" is not a date YYYY-MM-DD")
            }
            let column = f[0].count + 2
            let text = f[1].trimmingCharacters(in: " ")
            let value: Double
            if text.isEmpty {
                value = .nan
            } else {
                guard let v = Double(text), v.isFinite else {
                    throw RowProblem(line: record.line, column: column, message: "\"\(text.prefix(40))\" is not a number")
                }
                value = v
            }
            if let earlier = byDay[day] {
                throw RowProblem(line: record.line, column: 1, message: "\(day) is given twice (first on line \(earlier.1))")
            }
            byDay[day] = (value, record.line)
        }
        guard let first = byDay.keys.min(), let last = byDay.keys.max() else {
            throw RowProblem(line: 1, column: 0, message: "the file holds no dated values", hint: "one line per day: 2025-07-01,123")
        }
        guard first.distance(to: last) < maximumDays else {
            throw RowProblem(line: 1, column: 0, message: "the dates span \(first.distance(to: last) + 1) days; at most \(maximumDays) are read")
        }
        var values = [Double](repeating: .nan, count: first.distance(to: last) + 1)
        for (day, v) in byDay { values[first.distance(to: day)] = v.0 }
        return DateValueSeries(first: first, values: values)
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
