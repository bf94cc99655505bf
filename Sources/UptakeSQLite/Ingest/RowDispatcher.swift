import GRDB
import UptakeCore
import UptakeStoreAPI

/// Routes each parsed record: the header (CSV) or first object (JSON) fixes the kind, every other
/// record goes to the kind's sink, and problems are counted and kept for the report.
struct RowDispatcher {
    let db: Database
    let ingestID: Int
    let options: IngestOptions
    var summary: IngestSummary
    var map: FieldMap?
    var sink: RowSink?
    var headerCount = 0
    var fatal = false

    let sectors: SectorTable

    let directory: LocalityDirectory

    init(db: Database, ingestID: Int, options: IngestOptions, summary: IngestSummary, sectors: SectorTable, directory: LocalityDirectory) {
        self.db = db
        self.directory = directory
        self.sectors = sectors
        self.ingestID = ingestID
        self.options = options
        self.summary = summary
    }

    mutating func report(_ p: RowProblem) {
        summary.errorCount += 1
        if summary.errors.count < options.maxReportedErrors { summary.errors.append(p.inFile(summary.path)) }
    }

    mutating func handle(_ event: CSVParser.Event, _ row: inout RawRow, _ rejects: inout RejectWriter?) throws {
        if fatal { return }
        if case .problem(let p) = event {
            if sink == nil, summary.format == .csv { report(p); fatal = true; return }
            summary.rows += 1
            try reject(row, [p], &rejects)
            return
        }
        let isCSV = summary.format == .csv
        if sink == nil {
            let names = isCSV ? (0..<row.fieldCount).map { row.text($0) } : row.names
            guard try start(names: names, columns: isCSV ? row.columns : row.nameColumns, line: row.line) else { return }
            if isCSV { headerCount = row.fieldCount; return }
        }
        guard var fieldMap = map, let sink else { preconditionFailure("start(names:) sets the map and the sink or stops the file") }
        summary.rows += 1
        if isCSV {
            if row.fieldCount != headerCount {
                let message = row.unterminated
                    ? "the last line is truncated: \(row.fieldCount) of \(headerCount) fields"
                    : "expected \(headerCount) fields as in the header, found \(row.fieldCount)"
                let hint = row.unterminated ? "the file may have been cut off while copying; export or download it again"
                                            : "check for an unquoted comma or a missing field"
                try reject(row, [RowProblem(line: row.line, column: 1, message: message, hint: hint)], &rejects)
                return
            }
        } else {
            let (m, problems) = FieldMap.build(names: row.names, columns: row.nameColumns, schema: summary.kind.schema, line: row.line)
            if !problems.isEmpty {
                // A JSON object's missing required key is reported at the object, not the file's start.
                let placed = problems.map { p in p.column == 0 ? RowProblem(line: row.line, column: row.column, message: p.message, hint: p.hint) : p }
                try reject(row, placed, &rejects)
                return
            }
            fieldMap = m
        }
        let write = summary.errorCount == 0 || options.skipInvalid
        switch try sink.accept(row, map: fieldMap, write: write) {
        case .invalid(let problems): try reject(row, problems, &rejects)
        case .valid(let outcome): count(outcome)
        }
    }

    /// Fixes the kind and the sink from the first record's field names.
    mutating func start(names: [String], columns: [Int], line: Int) throws -> Bool {
        guard let kind = options.kind ?? InputKind.recognise(fields: names) else {
            report(RowProblem(line: line, column: 1, message: "cannot tell the kind of input from the fields \(names.prefix(6).map { FieldReader.excerpt($0, limit: 40) }.joined(separator: ", "))",
                              hint: "applications have received, incidents system, readiness criterion, localities level, tasks due; or pass --kind"))
            fatal = true
            return false
        }
        summary.kind = kind
        if summary.format == .csv {
            let (m, problems) = FieldMap.build(names: names, columns: columns, schema: kind.schema, line: line)
            if !problems.isEmpty { problems.forEach { report($0) }; fatal = true; return false }
            map = m
        } else {
            map = FieldMap(sourceIndex: [])
        }
        switch kind {
        case .applications: sink = try ApplicationSink(db, ingestID: ingestID, directory: directory, sectors: sectors, isCSV: summary.format == .csv)
        case .incidents: sink = IncidentSink(db, ingestID: ingestID, directory: directory)
        case .readiness: sink = ReadinessSink(db, ingestID: ingestID, directory: directory)
        case .tasks: sink = TaskSink(db, ingestID: ingestID, directory: directory)
        case .localities: sink = LocalitySink(db, ingestID: ingestID, directory: directory, allowReparent: options.allowReparent)
        }
        return true
    }

    /// Rows the parsing thread already checked on the hot path, written many to a statement.
    mutating func handleFast(_ rows: [(ApplicationRow, line: Int, dateColumn: Int)], _ rejects: inout RejectWriter?) throws {
        if fatal || rows.isEmpty { return }
        summary.rows += rows.count
        guard let sink = sink as? ApplicationSink, summary.errorCount == 0 || options.skipInvalid else { return }
        let outcomes = try sink.writer.write(many: rows.map(\.0))
        for (outcome, (value, line, dateColumn)) in zip(outcomes, rows) {
            if outcome == .duplicate {
                let problem = sink.duplicateProblem(value, line: line, dateColumn: dateColumn)
                report(problem)
                summary.rejected += 1
                try rejects?.write(line: line, problem: problem, raw: ArraySlice(Array(sink.describe(value).utf8)))
            } else {
                count(outcome)
            }
        }
    }

    mutating func count(_ outcome: ApplicationWriter.Outcome) {
        switch outcome {
        case .inserted: summary.inserted += 1
        case .revised: summary.revised += 1
        case .unchanged, .duplicate: summary.unchanged += 1
        }
    }

    mutating func reject(_ row: RawRow, _ problems: [RowProblem], _ rejects: inout RejectWriter?) throws {
        problems.forEach { report($0) }
        summary.rejected += 1
        try rejects?.write(line: row.line, problem: problems[0], raw: row.raw)
    }

    mutating func finish() throws {
        if !fatal, summary.errorCount == 0 || options.skipInvalid { try sink?.finish() }
    }
}
