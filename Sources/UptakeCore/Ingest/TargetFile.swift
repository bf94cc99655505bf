/// Reads a targets file: CSV with the header `indicator,scope,deadline,value,source` (in any
/// order; every column required), one target a line. Blank lines are skipped.
///
/// ```
/// indicator,scope,deadline,value,source
/// online-submission,national,2025-12-31,80,"illustrative (not an official target)"
/// online-result,01,2025-12-31,60%,Hà Nội's own plan
/// ```
/// `indicator` is a simple rate (online-submission, online-result, sync, on-time); `scope` is
/// `national` (the nation's pooled rate), `provinces` or `communes` (each unit of the level on its
/// own), or one province's or commune's code; `deadline` a `YYYY-MM-DD` day; `value` a percent
/// (`80` or `80%`) above 0 and at most 100; `source` says who set it (required: a target without
/// a source cannot be told from an invented one).
public enum TargetFile {
    public static let columns = ["indicator", "scope", "deadline", "value", "source"]

    /// - Throws: ``IngestError`` at the first wrong place (`file:line:column`): a missing or unknown
    ///   column, a wrong field, or the same indicator, scope and deadline given twice.
    public static func parse(csv text: String, file: String) throws(IngestError) -> [Target] {
        let records: [CSVText.Record]
        do { records = try CSVText.records(text) } catch { throw error.inFile(file) }
        let rows = records.filter { !$0.fields.allSatisfy { $0.trimmingSpaces.isEmpty } }
        guard let header = rows.first else {
            throw IngestError(file: file, line: 1, column: 0, message: "the targets file is empty", hint: "its first line is the header \(columns.joined(separator: ","))")
        }
        let names = header.fields.map { $0.trimmingSpaces.lowercased() }
        for (i, name) in names.enumerated() where !columns.contains(name) {
            throw IngestError(file: file, line: header.line, column: header.column(i), message: "unknown column '\(name)'",
                              hint: "a targets file has the columns \(columns.joined(separator: ","))")
        }
        var index: [String: Int] = [:]
        for name in columns {
            guard let i = names.firstIndex(of: name) else {
                throw IngestError(file: file, line: header.line, column: 0, message: "the column '\(name)' is missing",
                                  hint: "a targets file has the columns \(columns.joined(separator: ","))")
            }
            index[name] = i
        }
        var targets: [Target] = [], seen: [String: Int] = [:]
        for record in rows.dropFirst() {
            let problem = { (name: String, message: String, hint: String?) in
                IngestError(file: file, line: record.line, column: record.column(index[name] ?? 0), message: message, hint: hint)
            }
            guard record.fields.count == names.count else {
                throw IngestError(file: file, line: record.line, column: 0, message: "expected \(names.count) fields, found \(record.fields.count)",
                                  hint: "quote a source that holds a comma")
            }
            let field = { (name: String) in record.fields[index[name] ?? 0].trimmingSpaces }
            guard let indicator = Metric(rawValue: field("indicator")), indicator.isRate, indicator != .onlineSubmission766 else {
                throw problem("indicator", "'\(field("indicator"))' is not a rate a target can be set on", "use online-submission, online-result, sync or on-time")
            }
            guard let scope = TargetScope(field("scope")) else {
                throw problem("scope", "'\(field("scope"))' is not a scope", "use national, provinces, communes, or a province's (2-digit) or commune's (5-digit) code")
            }
            guard let deadline = Day(iso: field("deadline")) else {
                throw problem("deadline", "'\(field("deadline"))' is not a YYYY-MM-DD date", nil)
            }
            var text = Substring(field("value"))
            if text.last == "%" { text = text.dropLast() }
            guard let percent = Double(text), percent.isFinite, percent > 0, percent <= 100 else {
                throw problem("value", "'\(field("value"))' is not a percent above 0 and at most 100", "write 80 or 80% for 80%")
            }
            guard !field("source").isEmpty else {
                throw problem("source", "the target has no source", "say who set it, or write 'illustrative (not an official target)'")
            }
            let key = "\(indicator.rawValue) \(scope) \(deadline)"
            if let earlier = seen[key] {
                throw problem("scope", "\(indicator.rawValue) for \(scope) by \(deadline) is already given on line \(earlier)", nil)
            }
            seen[key] = record.line
            targets.append(Target(indicator: indicator, scope: scope, deadline: deadline, value: percent / 100, source: field("source"), line: record.line))
        }
        return targets
    }
}

extension CSVText.Record {
    /// Field `i`'s column, or 1 when the parser gave none.
    func column(_ i: Int) -> Int { i < columns.count ? columns[i] : 1 }
}
