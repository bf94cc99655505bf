extension WorkingCalendar {
    /// Reads a user calendar file: CSV with the columns `date,kind,name` (a header row of those names
    /// is optional), `date` as `YYYY-MM-DD`, `kind` one of `holiday`, `bridge`, `working_saturday`,
    /// and `name` optional (quoted when it holds a comma). Blank lines are skipped.
    ///
    /// ```
    /// date,kind,name
    /// 2027-04-30,holiday,Ngày Giải phóng
    /// 2027-05-01,working_saturday,Làm bù
    /// ```
    /// - Throws: ``CalendarFileError`` naming the first wrong line: a bad date, an unknown kind, a
    ///   `working_saturday` that is not a Saturday or Sunday, a day given twice, or a wrong column count.
    public static func parse(csv text: String) throws(CalendarFileError) -> [CalendarEntry] {
        var entries: [CalendarEntry] = []
        var lineOfDay: [Day: Int] = [:]
        let records: [CSVText.Record]
        do {
            records = try CSVText.records(text)
        } catch {
            throw CalendarFileError(line: error.line, reason: error.message)
        }
        for (index, record) in records.enumerated() {
            let lineNumber = record.line
            let fields = record.fields.map { $0.trimmingSpaces }
            if fields.allSatisfy(\.isEmpty) { continue }
            if index == 0, fields.first?.lowercased() == "date" { continue }
            guard fields.count == 2 || fields.count == 3 else {
                throw CalendarFileError(line: lineNumber, reason: "expected 3 columns (date,kind,name), found \(fields.count)")
            }
            guard let day = Day(iso: fields[0]) else {
                throw CalendarFileError(line: lineNumber, reason: "'\(fields[0])' is not a YYYY-MM-DD date")
            }
            guard let kind = CalendarEntryKind(rawValue: fields[1].lowercased()) else {
                throw CalendarFileError(line: lineNumber, reason: "unknown kind '\(fields[1])' (expected holiday, bridge or working_saturday)")
            }
            if kind == .workingSaturday, !day.isWeekend {
                throw CalendarFileError(line: lineNumber, reason: "\(day) is a weekday; working_saturday marks a Saturday or Sunday that is worked")
            }
            if let earlier = lineOfDay[day] {
                throw CalendarFileError(line: lineNumber, reason: "\(day) is already given on line \(earlier)")
            }
            lineOfDay[day] = lineNumber
            let name = fields.count == 3 && !fields[2].isEmpty ? fields[2] : kind.rawValue
            entries.append(CalendarEntry(day: day, kind: kind, name: name))
        }
        return entries
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
