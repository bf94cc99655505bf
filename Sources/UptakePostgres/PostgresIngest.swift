import Crypto
import Foundation
import PostgresNIO
import UptakeCore
import UptakeStoreAPI

extension PostgresStore {
    /// Reads, checks and writes one file in one transaction: all of it, or none of it on an invalid
    /// row (unless `skipInvalid`). Ingests run one at a time (a transaction-level advisory lock);
    /// readers go on reading the last committed state meanwhile.
    public func ingest(path: String, options: IngestOptions, progress: (@Sendable (IngestProgress) -> Void)? = nil) async throws -> IngestSummary {
        if let readOnlyReason {
            throw QueryError("cannot ingest: \(readOnlyReason)", hint: "upgrade uptake to write to this database, or ingest into another one", code: .io)
        }
        let file = try InputFile(path: path)  // a missing or unreadable file is reported before anything starts
        return try await withConnection { connection in
            try await PostgresIngest(store: self, connection: connection, file: file, options: options, progress: progress).run()
        }
    }
}

/// One file's ingest on one connection. Rows are checked in Swift by the validators SQLite's ingest
/// uses (`RowValidator`, `FieldMap`, the CSV and JSON parsers of UptakeCore); applications rows are
/// streamed with `COPY … FROM STDIN (FORMAT binary)` (``BinaryCopyEncoder``) into a temporary
/// staging table and merged with one `INSERT` (a plain one when every row is new, otherwise
/// `… ON CONFLICT`), their revisions counted and the aggregates moved by the differences, in the
/// same transaction.
final class PostgresIngest {
    let store: PostgresStore
    let connection: PostgresConnection
    let file: InputFile
    let options: IngestOptions
    let progress: (@Sendable (IngestProgress) -> Void)?
    var logger: Logger { store.logger }

    var summary: IngestSummary
    var rejects: RejectWriter?
    var directory = LocalityDirectory()
    var sectors = PostgresSectors()
    var ingestID = 0

    // The dispatch state: the kind and field map fixed by the first record.
    var kind: InputKind?
    var map: FieldMap?
    var columns: ApplicationColumns?
    var headerCount = 0
    var fatal = false

    // Rows checked and waiting to be written.
    var copy = BinaryCopyEncoder()
    var staged = 0
    /// How many staged rows have no stored row of their key (counted before the merge).
    var stagedNew = 0
    /// The months of the staged rows: each needs its partition of `applications`.
    var stagedMonths = Set<Int>()
    var applicationKeys = Set<ApplicationKey>()
    var incidents: [(IncidentRecord, localityID: Int)] = []
    var incidentKeys = Set<String>()
    var readiness: [(ReadinessRecord, localityID: Int)] = []
    var readinessKeys = Set<String>()
    var tasks: [(PlanTaskRecord, localityID: Int?)] = []
    var taskKeys = Set<String>()
    var localityWrites: [LocalityWrite] = []
    var seenCodes = Set<String>()
    var nextLocalityID = 1

    struct ApplicationKey: Hashable { var day: Int32; var locality: Int32; var sector: Int32 }

    enum LocalityWrite {
        case insert(id: Int, Locality, parentID: Int?)
        case update(id: Int, Locality, parentID: Int?, moved: Locality?)
    }

    init(store: PostgresStore, connection: PostgresConnection, file: InputFile, options: IngestOptions, progress: (@Sendable (IngestProgress) -> Void)?) {
        self.store = store
        self.connection = connection
        self.file = file
        self.options = options
        self.progress = progress
        summary = IngestSummary(path: file.path, kind: options.kind ?? .applications, format: options.format ?? InputFormat.from(path: file.path))
    }

    var writes: Bool { summary.errorCount == 0 || options.skipInvalid }

    func sql(_ query: PostgresQuery) async throws { _ = try await connection.query(query, logger: logger).collect() }

    func run() async throws -> IngestSummary {
        rejects = try options.skipInvalid ? RejectWriter(path: options.rejectPath ?? file.path + ".rejects.csv") : nil
        try await sql("BEGIN")
        do {
            let result = try await transaction()
            rejects?.discard()
            return result
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger).collect()
            rejects?.discard()
            throw error
        }
    }

    private func transaction() async throws -> IngestSummary {
        try await sql("SELECT pg_advisory_xact_lock(\(PostgresSchema.ingestLockKey))")
        directory = try await store.loadDirectory(connection)
        nextLocalityID = (directory.entries.keys.max() ?? 0) + 1
        sectors = PostgresSectors(try await store.sectorNames(connection))
        // Numbered as SQLite numbers them (the next after the last committed; the lock makes it safe).
        let rows = try await connection.query("""
            INSERT INTO ingests (id, path, sha256, kind, format, ingested_at)
            SELECT COALESCE(MAX(id), 0) + 1, \(file.path), '', \(summary.kind.rawValue), \(summary.format.rawValue), \(options.now) FROM ingests
            RETURNING id
            """, logger: logger)
        for try await id in rows.decode(Int.self) { ingestID = id }
        try await sql("""
            CREATE TEMPORARY TABLE stage_applications (day integer NOT NULL, locality_id integer NOT NULL, sector_id integer NOT NULL, month integer NOT NULL,
                received integer NOT NULL, received_online integer NOT NULL, resolved integer, resolved_online integer, synced integer, on_time integer)
            ON COMMIT DROP
            """)
        let (sha256, isEmpty) = try await parseAndCopy()
        summary.sha256 = sha256
        if isEmpty {
            report(RowProblem(line: 1, column: 0, message: "the file is empty", hint: "expected a header row (or JSON objects) and data rows"))
        }
        if summary.errorCount > 0, !options.skipInvalid {
            try await sql("ROLLBACK")
            return summary
        }
        try await countApplications()
        // A file identical to an earlier ingest that changes nothing is rolled back before any write
        // (an upsert rolled back would still leave a dead version of every row behind).
        if summary.kind == .applications, summary.inserted == 0, summary.revised == 0, let earlier = try await earlierIngest(sha256) {
            summary.identicalToIngest = earlier
            try await sql("ROLLBACK")
            return summary
        }
        try await mergeApplications()
        try await writeIncidents()
        try await writeReadiness()
        try await writeTasks()
        let treeChanged = try await writeLocalities()
        if summary.inserted == 0, summary.revised == 0, let earlier = try await earlierIngest(sha256) {
            summary.identicalToIngest = earlier
            try await sql("ROLLBACK")
            return summary
        }
        for (id, name) in sectors.added { try await sql("INSERT INTO sectors (id, name) VALUES (\(id), \(name))") }
        if treeChanged { try await rebuildAggregates() }
        try await sql("""
            UPDATE ingests SET sha256 = \(sha256), kind = \(summary.kind.rawValue), rows = \(summary.rows), inserted = \(summary.inserted),
                revised = \(summary.revised), unchanged = \(summary.unchanged), rejected = \(summary.rejected) WHERE id = \(ingestID)
            """)
        try await sql("COMMIT")
        if var r = rejects {
            try r.commit()
            summary.rejectFile = r.finalPath
            rejects = nil
        }
        summary.committed = true
        return summary
    }

    /// The first earlier ingest of a file with this hash, if any.
    private func earlierIngest(_ sha256: String) async throws -> Int? {
        for try await earlier in try await connection.query("""
            SELECT id FROM ingests WHERE sha256 = \(sha256) AND id <> \(ingestID) ORDER BY id LIMIT 1
            """, logger: logger).decode(Int.self) {
            return earlier
        }
        return nil
    }

    // MARK: Parsing

    /// Parses the file chunk by chunk, checks every row and streams the applications rows into the
    /// staging table. Returns the file's SHA-256 and whether it was empty.
    private func parseAndCopy() async throws -> (String, Bool) {
        var hasher = SHA256()
        var csv = CSVParser()
        var json = JSONRecordParser(mode: summary.format == .ndjson ? .lines : .array)
        var row = RawRow()
        var read: Int64 = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        let isCSV = summary.format == .csv
        try await connection.copyFrom(table: Self.binaryCopyHead, logger: logger) { writer in
            while true {
                let n = try file.read(into: buffer)
                let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<n])
                if n == 0 {
                    if isCSV { try csv.finish(row: &row, handle) } else { try json.finish(row: &row, handle) }
                } else {
                    hasher.update(bufferPointer: chunk)
                    read += Int64(n)
                    if isCSV { try csv.feed(chunk, row: &row, handle) } else { try json.feed(chunk, row: &row, handle) }
                }
                // The header and trailer go even when the rows stopped (an invalid row): the copy
                // must end well for the file's problems to be reported; the transaction rolls back.
                if n == 0 { copy.finish() }
                if !copy.isEmpty { try await writer.write(copy.take()) }
                progress?(IngestProgress(bytesRead: read, totalBytes: file.size, rowsWritten: staged))
                if n == 0 { break }
            }
        }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return (digest, isCSV ? csv.isEmptyFile : json.isEmptyFile)
    }

    static let stageColumns = ["day", "locality_id", "sector_id", "month"] + PostgresSchema.countColumns

    /// postgres-nio 1.33 offers COPY in text format only: it builds `COPY "<table>"(<columns>) FROM
    /// STDIN WITH (FORMAT text)`, inserting the table name as given. So the whole head of the binary
    /// statement is passed as the name, ending in a line comment that leaves the library's own
    /// `FROM STDIN WITH (FORMAT text)` without effect. Were a later postgres-nio to quote the name,
    /// every PostgreSQL ingest (and so every PostgreSQL test) would fail at this statement.
    static let binaryCopyHead = #"stage_applications"(\#(stageColumns.joined(separator: ", "))) FROM STDIN WITH (FORMAT binary) -- "#

    func report(_ p: RowProblem) {
        summary.errorCount += 1
        if summary.errors.count < options.maxReportedErrors { summary.errors.append(p.inFile(summary.path)) }
    }

    func reject(_ row: RawRow, _ problems: [RowProblem]) throws {
        problems.forEach(report)
        summary.rejected += 1
        try rejects?.write(line: row.line, problem: problems[0], raw: row.raw)
    }

    /// One parsed record: the header (CSV) or first object (JSON) fixes the kind, as in SQLite's
    /// RowDispatcher; every other record is checked by the kind's validator.
    func handle(_ event: CSVParser.Event, _ row: inout RawRow) throws {
        if fatal { return }
        let isCSV = summary.format == .csv
        if case .problem(let p) = event {
            if kind == nil, isCSV { report(p); fatal = true; return }
            summary.rows += 1
            return try reject(row, [p])
        }
        if kind == nil {
            let names = isCSV ? (0..<row.fieldCount).map { row.text($0) } : row.names
            guard start(names: names, columns: isCSV ? row.columns : row.nameColumns, line: row.line) else { return }
            if isCSV { headerCount = row.fieldCount; return }
        }
        guard let kind, var fieldMap = map else { return }
        summary.rows += 1
        if isCSV {
            if row.fieldCount != headerCount {
                let message = row.unterminated ? "the last line is truncated: \(row.fieldCount) of \(headerCount) fields"
                                               : "expected \(headerCount) fields as in the header, found \(row.fieldCount)"
                let hint = row.unterminated ? "the file may have been cut off while copying; export or download it again"
                                            : "check for an unquoted comma or a missing field"
                return try reject(row, [RowProblem(line: row.line, column: 1, message: message, hint: hint)])
            }
        } else {
            let (m, problems) = FieldMap.build(names: row.names, columns: row.nameColumns, schema: kind.schema, line: row.line)
            if !problems.isEmpty {
                let placed = problems.map { p in p.column == 0 ? RowProblem(line: row.line, column: row.column, message: p.message, hint: p.hint) : p }
                return try reject(row, placed)
            }
            fieldMap = m
        }
        let problems: [RowProblem]
        switch kind {
        case .applications: problems = application(row, fieldMap)
        case .incidents: problems = incident(row, fieldMap)
        case .readiness: problems = readinessRow(row, fieldMap)
        case .localities: problems = locality(row, fieldMap)
        case .tasks: problems = taskRow(row, fieldMap)
        }
        if !problems.isEmpty { try reject(row, problems) }
    }

    private func start(names: [String], columns: [Int], line: Int) -> Bool {
        guard let kind = options.kind ?? InputKind.recognise(fields: names) else {
            report(RowProblem(line: line, column: 1, message: "cannot tell the kind of input from the fields \(names.prefix(6).map { FieldReader.excerpt($0, limit: 40) }.joined(separator: ", "))",
                              hint: "applications have received, incidents system, readiness criterion, localities level, tasks due; or pass --kind"))
            fatal = true
            return false
        }
        summary.kind = kind
        self.kind = kind
        if summary.format == .csv {
            let (m, problems) = FieldMap.build(names: names, columns: columns, schema: kind.schema, line: line)
            if !problems.isEmpty { problems.forEach(report); fatal = true; return false }
            map = m
            if kind == .applications { self.columns = ApplicationColumns(m) }
        } else {
            map = FieldMap(sourceIndex: [])
        }
        return true
    }

    var validator: RowValidator {
        let directory = self.directory, sectors = self.sectors
        return RowValidator(resolveLocality: { directory.id(forCodeBytes: $0) }, resolveSector: { sectors.id(for: $0) })
    }

    private func application(_ row: RawRow, _ map: FieldMap) -> [RowProblem] {
        let checker = validator
        let value: ApplicationRow
        if let columns, let fast = checker.fastApplication(row, columns: columns, allSectorID: sectors.id(for: Sector.all.name)) {
            value = fast
        } else {
            switch checker.application(row, map: map) {
            case .invalid(let problems): return problems
            case .valid(let v): value = v
            }
        }
        let key = ApplicationKey(day: Int32(truncatingIfNeeded: value.day.number), locality: Int32(truncatingIfNeeded: value.localityID),
                                 sector: Int32(truncatingIfNeeded: value.sectorID))
        guard applicationKeys.insert(key).inserted else {
            let f = FieldReader(row: row, map: map, schema: InputKind.applications.schema)
            let code = directory.locality(id: value.localityID)?.code ?? "?"
            return [RowProblem(line: row.line, column: f.column("date"),
                               message: "duplicate key (\(value.day), \(code), \(sectors.name(of: value.sectorID) ?? "?")): the same date, locality and sector appear earlier in this file",
                               hint: duplicateHint)]
        }
        guard writes else { return [] }
        let c = value.counts
        copy.beginRow(fields: Int16(Self.stageColumns.count))
        copy.append(key.day)
        copy.append(key.locality)
        copy.append(key.sector)
        let month = MonthNumber.of(value.day)
        stagedMonths.insert(month)
        copy.append(Int32(truncatingIfNeeded: month))
        // Counts are at most DataDomain.maxCount (< 2³¹), so the conversions are exact.
        copy.append(Int32(c.received))
        copy.append(Int32(c.receivedOnline))
        copy.append(c.resolved.map { Int32($0) })
        copy.append(c.resolvedOnline.map { Int32($0) })
        copy.append(c.synced.map { Int32($0) })
        copy.append(c.onTime.map { Int32($0) })
        staged += 1
        return []
    }

    private func incident(_ row: RawRow, _ map: FieldMap) -> [RowProblem] {
        switch validator.incident(row, map: map) {
        case .invalid(let problems): return problems
        case .valid(let (r, localityID)):
            guard incidentKeys.insert("\(r.start.text)|\(localityID ?? 0)|\(r.system.rawValue)|\(r.kind.rawValue)").inserted else {
                return [RowProblem(line: row.line, column: row.column,
                                   message: "duplicate incident (\(r.start.text), \(r.locality ?? "nationwide"), \(r.system.rawValue), \(r.kind.rawValue)): the same start, locality, system and kind appear earlier in this file",
                                   hint: duplicateHint)]
            }
            if writes { incidents.append((r, localityID ?? 0)) }
            return []
        }
    }

    private func readinessRow(_ row: RawRow, _ map: FieldMap) -> [RowProblem] {
        switch validator.readiness(row, map: map) {
        case .invalid(let problems): return problems
        case .valid(let (r, localityID)):
            guard readinessKeys.insert("\(localityID)|\(r.criterion.rawValue)|\(r.day.number)").inserted else {
                return [RowProblem(line: row.line, column: row.column,
                                   message: "duplicate key (\(r.day), \(r.locality), \(r.criterion.rawValue)): the same date, locality and criterion appear earlier in this file",
                                   hint: duplicateHint)]
            }
            if writes { readiness.append((r, localityID)) }
            return []
        }
    }

    /// A plan task's record, keyed (id, date) as in SQLite: twice in one file is an error.
    private func taskRow(_ row: RawRow, _ map: FieldMap) -> [RowProblem] {
        switch validator.task(row, map: map) {
        case .invalid(let problems): return problems
        case .valid(let (t, localityID)):
            guard taskKeys.insert("\(t.id)|\(t.day.number)").inserted else {
                return [RowProblem(line: row.line, column: row.column,
                                   message: "duplicate key (\(t.day), \(t.id)): the same date and task id appear earlier in this file",
                                   hint: duplicateHint)]
            }
            if writes { tasks.append((t, localityID)) }
            return []
        }
    }

    /// A localities row, checked against the tree as this file leaves it so far (a province listed
    /// before its communes), with the rules every store shares (`LocalityDirectory.reparentProblem`).
    private func locality(_ row: RawRow, _ map: FieldMap) -> [RowProblem] {
        switch RowValidator.locality(row, map: map) {
        case .invalid(let problems): return problems
        case .valid(let l):
            let f = FieldReader(row: row, map: map, schema: InputKind.localities.schema)
            let parentID: Int?
            switch directory.parentID(of: l, row: row, f: f) {
            case .invalid(let problems): return problems
            case .valid(let id): parentID = id
            }
            guard seenCodes.insert(l.code).inserted else {
                return [RowProblem(line: row.line, column: row.column, message: "duplicate code \(l.code): it appears earlier in this file", hint: duplicateHint)]
            }
            let existing = directory.id(forCode: l.code).flatMap { directory.entries[$0] }
            var moved = false
            if let old = existing, old.parentID != parentID || old.locality.level != l.level {
                if let problem = directory.reparentProblem(old: old.locality, new: l, row: row, f: f, allowReparent: options.allowReparent) { return [problem] }
                moved = true
            }
            guard writes else { return [] }
            if let old = existing {
                if old.locality == l { summary.unchanged += 1; return [] }
                localityWrites.append(.update(id: old.id, l, parentID: parentID, moved: moved ? old.locality : nil))
                directory.add(.init(id: old.id, locality: l, parentID: parentID))
                summary.revised += 1
                return []
            }
            let id = nextLocalityID
            nextLocalityID += 1
            localityWrites.append(.insert(id: id, l, parentID: parentID))
            directory.add(.init(id: id, locality: l, parentID: parentID))
            summary.inserted += 1
            return []
        }
    }
}

let duplicateHint = "keep one row per key in a file; a later file may revise it"

/// Sector names and ids for one ingest: a new well-formed name gets the next id in memory and is
/// stored with the ingest's transaction (a rolled-back ingest leaves none behind).
final class PostgresSectors: @unchecked Sendable {  // used by one ingest's task only
    private var known: [String: Int] = [:]
    private var names: [Int: String] = [:]  // for messages: a scan of `known` per duplicate was quadratic
    private(set) var added: [(Int, String)] = []
    private var nextID = 1

    init(_ names: [Int: String] = [:]) {
        for (id, name) in names { known[name] = id }
        self.names = names
        nextID = (names.keys.max() ?? 0) + 1
    }

    func id(for bytes: UnsafeRawBufferPointer) -> Int { id(for: String(decoding: bytes, as: UTF8.self)) }

    func id(for name: String) -> Int {
        if let id = known[name] { return id }
        let id = nextID
        nextID += 1
        known[name] = id
        names[id] = name
        added.append((id, name))
        return id
    }

    func name(of id: Int) -> String? { names[id] }
}
