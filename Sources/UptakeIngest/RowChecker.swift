import UptakeCore
import UptakeStoreAPI

/// Checks the records of one file on the parsing thread: the header (CSV) or first object (JSON)
/// fixes the kind, every other record is validated, resolved to the store's ids and checked against
/// the keys met earlier in the file; problems are counted, kept for the report and written to the
/// reject file; valid rows leave in typed batches (``IngestBatch``) for the store's writer.
///
/// Rows stop leaving at the first problem unless `skipInvalid`: the ingest will roll back, and the
/// rest of the file is still checked so that every problem is reported.
// Sendable by hand-off: made on the store's thread, used by the parsing thread alone, read again by
// the store's thread once the parsing thread has ended.
final class RowChecker: @unchecked Sendable {
    let options: IngestOptions
    let scope: IngestScope?
    var summary: IngestSummary
    let sectors: SectorResolver
    /// The tree as the file leaves it so far (a localities file adds to it as it goes).
    private(set) var directory: LocalityDirectory
    let rejects: RejectFile?
    /// Localities rows identical to the stored ones: counted here, never written.
    private(set) var unchangedLocalities = 0
    private let emit: (IngestBatch) throws -> Void

    private var kind: InputKind?
    private var map: FieldMap?
    private var columns: ApplicationColumns?
    private var headerCount = 0
    private var fatal = false
    private let validator: RowValidator
    /// A file in pre-reform units: its incidents and readiness rows name old units, which go to today's.
    private let oldPlaces: (places: OldPlaces, validator: RowValidator)?
    private var allSectorID = 0
    private var applicationKeys: ApplicationKeySet
    private var keys = Set<String>()
    private var nextLocalityID: Int

    // Rows checked and waiting to leave.
    private var applications: [ApplicationRow] = []
    private var incidents: [(record: IncidentRecord, localityID: Int)] = []
    private var readiness: [(record: ReadinessRecord, localityID: Int)] = []
    private var tasks: [(record: PlanTaskRecord, localityID: Int?)] = []
    private var localityWrites: [LocalityWrite] = []
    static let batchSize = 2048

    init(path: String, format: InputFormat, options: IngestOptions, scope: IngestScope?, directory: LocalityDirectory,
         sectorNames: [Int: String], rejects: RejectFile?, emit: @escaping (IngestBatch) throws -> Void) {
        self.options = options
        self.scope = scope
        self.directory = directory
        self.rejects = rejects
        self.emit = emit
        summary = IngestSummary(path: path, kind: options.kind ?? .applications, format: format)
        let sectors = SectorResolver(sectorNames)
        self.sectors = sectors
        let maxID = directory.entries.keys.max() ?? 0
        if options.units == .pre2025 {
            // Rows name old units: each is keyed by its index in the crosswalk, never by a stored id.
            let crosswalk = ReformCrosswalk.vietnam2025
            let last = LastLocalityCode { crosswalk.index(ofCode: String(decoding: $0, as: UTF8.self)) }
            var oldUnits = RowValidator(resolveLocality: { last.id(for: $0) }, resolveSector: { sectors.id(for: $0) })
            oldUnits.unknownLocalityHint = RowChecker.unknownOldUnitHint
            validator = oldUnits
            let places = OldPlaces(directory: directory)
            var placeValidator = RowValidator(resolveLocality: { places.resolve(String(decoding: $0, as: UTF8.self)) }, resolveSector: { sectors.id(for: $0) })
            placeValidator.unknownLocalityHint = OldPlaces.unknownHint
            oldPlaces = (places, placeValidator)
            applicationKeys = ApplicationKeySet(maxLocalityID: crosswalk.units.count)
        } else {
            let last = LastLocalityCode { directory.id(forCodeBytes: $0) }
            validator = RowValidator(resolveLocality: { last.id(for: $0) }, resolveSector: { sectors.id(for: $0) })
            oldPlaces = nil
            applicationKeys = ApplicationKeySet(maxLocalityID: maxID)
        }
        nextLocalityID = maxID + 1
        applications.reserveCapacity(RowChecker.batchSize)
    }

    /// Whether checked rows still go to the store.
    private var writes: Bool { summary.errorCount == 0 || options.skipInvalid }

    func report(_ p: RowProblem) {
        summary.errorCount += 1
        if summary.errors.count < options.maxReportedErrors { summary.errors.append(p.inFile(summary.path)) }
    }

    /// Whether a day before the reform in a file of unsaid units was listed: it is listed once (every
    /// such row has the same cause and the same remedy) and the others are counted.
    private var unsaidUnitsListed = false

    private func reject(_ row: RawRow, _ problems: [RowProblem]) throws {
        for p in problems {
            if p.hint == RowChecker.unsaidUnitsHint {
                if unsaidUnitsListed { summary.errorCount += 1; continue }
                unsaidUnitsListed = true
            }
            report(p)
        }
        summary.rejected += 1
        try rejects?.write(line: row.line, problem: problems[0], raw: row.raw)
    }

    /// One parsed record (the parsers' callback).
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
            guard try start(names: names, columns: isCSV ? row.columns : row.nameColumns, line: row.line) else { return }
            if isCSV { headerCount = row.fieldCount; return }
        }
        summary.rows += 1
        if isCSV {
            if row.fieldCount != headerCount {
                let message = row.unterminated ? "the last line is truncated: \(row.fieldCount) of \(headerCount) fields"
                                               : "expected \(headerCount) fields as in the header, found \(row.fieldCount)"
                let hint = row.unterminated ? "the file may have been cut off while copying; export or download it again"
                                            : "check for an unquoted comma or a missing field"
                return try reject(row, [RowProblem(line: row.line, column: 1, message: message, hint: hint)])
            }
            // The hot path: an applications row read straight from its bytes.
            if let columns, scope == nil, let value = validator.fastApplication(row, columns: columns, allSectorID: allSectorID) {
                return try add(value, row, self.map!)
            }
        }
        guard let kind, var fieldMap = map else { preconditionFailure("start(names:) sets the kind and the map or stops the file") }
        if !isCSV {
            let (m, problems) = FieldMap.build(names: row.names, columns: row.nameColumns, schema: kind.schema, line: row.line)
            if !problems.isEmpty {
                // A JSON object's missing required key is reported at the object, not the file's start.
                let placed = problems.map { p in p.column == 0 ? RowProblem(line: row.line, column: row.column, message: p.message, hint: p.hint) : p }
                return try reject(row, placed)
            }
            fieldMap = m
        }
        if let scope { try scope.check(row, map: fieldMap, schema: kind.schema, directory: directory) }
        let problems: [RowProblem]
        switch kind {
        case .applications:
            switch validator.application(row, map: fieldMap) {
            case .invalid(let p): problems = p
            case .valid(let value): return try add(value, row, fieldMap)
            }
        case .incidents: problems = try incident(row, fieldMap)
        case .readiness: problems = try readinessRow(row, fieldMap)
        case .tasks: problems = try taskRow(row, fieldMap)
        case .localities: problems = try locality(row, fieldMap)
        }
        if !problems.isEmpty { try reject(row, problems) }
    }

    /// Fixes the kind and the field map from the first record's field names.
    private func start(names: [String], columns: [Int], line: Int) throws -> Bool {
        guard let kind = options.kind ?? InputKind.recognise(fields: names) else {
            if scope != nil { throw IngestScope.Refusal("a province's token ingests applications, incidents or readiness rows, not this file") }
            report(RowProblem(line: line, column: 1, message: "cannot tell the kind of input from the fields \(names.prefix(6).map { FieldReader.excerpt($0, limit: 40) }.joined(separator: ", "))",
                              hint: "applications have received, incidents system, readiness criterion, localities level, tasks due; or pass --kind"))
            fatal = true
            return false
        }
        try scope?.check(kind: kind, names: names)
        if options.units == .pre2025 {
            if scope != nil { throw IngestScope.Refusal("a province's token ingests files in today's units only") }
            guard kind == .applications || kind == .incidents || kind == .readiness else {
                report(RowProblem(line: line, column: 1, message: "a file in pre-reform units holds applications, incidents or readiness; \(kind.rawValue) in pre-reform units are not supported",
                                  hint: "file \(kind.rawValue) in today's units"))
                fatal = true
                return false
            }
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
        if kind == .applications { allSectorID = Array(Sector.all.name.utf8).withUnsafeBytes { sectors.id(for: $0) } }
        return true
    }

    // MARK: Each kind

    /// `map` is read only when the row is refused.
    private func add(_ value: ApplicationRow, _ row: RawRow, _ map: @autoclosure () -> FieldMap) throws {
        if options.units == .pre2025, value.day > UnitVintage.lastPreReformDay {
            let f = FieldReader(row: row, map: map(), schema: InputKind.applications.schema)
            return try reject(row, [RowProblem(line: row.line, column: f.column("date"),
                                               message: "date \(value.day) is after the reform: a file in pre-reform units holds days up to \(UnitVintage.lastPreReformDay)",
                                               hint: "file days from 1 July 2025 in today's units, in a file of their own")])
        }
        if let problem = unsaidUnits(value.day, row, map(), schema: InputKind.applications.schema, column: "date") { return try reject(row, [problem]) }
        guard applicationKeys.insert(day: value.day.number, locality: value.localityID, sector: value.sectorID) else {
            let f = FieldReader(row: row, map: map(), schema: InputKind.applications.schema)
            let code = options.units == .pre2025 ? ReformCrosswalk.vietnam2025.units[value.localityID].code : directory.locality(id: value.localityID)?.code ?? "?"
            return try reject(row, [RowProblem(line: row.line, column: f.column("date"),
                                               message: "duplicate key (\(value.day), \(code), \(sectors.name(of: value.sectorID) ?? "?")): the same date, locality and sector appear earlier in this file",
                                               hint: RowChecker.duplicateHint)])
        }
        guard writes else { return }
        applications.append(value)
        if applications.count >= RowChecker.batchSize {
            try emit(.applications(applications))
            applications.removeAll(keepingCapacity: true)
        }
    }

    /// A row keyed by a locality, dated before the reform, in a file whose units were not said: its
    /// codes may be the pre-reform ones, many of which today's list reuses for other units, so it
    /// would be counted against the wrong commune without a word. Refused unless the caller says.
    private func unsaidUnits(_ day: Day, _ row: RawRow, _ map: @autoclosure () -> FieldMap, schema: InputSchema, column: String) -> RowProblem? {
        guard options.units == nil, day <= UnitVintage.lastPreReformDay else { return nil }
        let f = FieldReader(row: row, map: map(), schema: schema)
        return RowProblem(line: row.line, column: f.column(column),
                          message: "\(column) \(day) is before the reform of 1 July 2025, and the file's units were not given: its codes may be the pre-reform ones",
                          hint: RowChecker.unsaidUnitsHint)
    }

    static let unsaidUnitsHint = "give the units: pre-2025 if the codes are the pre-reform communes' and wards' (applications, incidents, readiness), current if the file was re-keyed to today's units (ingest --units, or ?units= on the API)"

    static let unknownOldUnitHint = "a file in pre-reform units names each old commune or ward by its 5-digit code (old_commune_code in datasets/vn-commune-crosswalk-2025.csv)"

    static let duplicateHint = "keep one row per key in a file; a later file may revise it"

    /// An incident or readiness row of a pre-reform file dated after the reform, refused as applications are.
    private func afterReform(_ day: Day, _ row: RawRow, _ map: FieldMap, schema: InputSchema, column: String) -> RowProblem? {
        guard oldPlaces != nil, day > UnitVintage.lastPreReformDay else { return nil }
        let f = FieldReader(row: row, map: map, schema: schema)
        return RowProblem(line: row.line, column: f.column(column),
                          message: "\(column) \(day) is after the reform: a file in pre-reform units holds days up to \(UnitVintage.lastPreReformDay)",
                          hint: "file days from 1 July 2025 in today's units, in a file of their own")
    }

    /// Today's locality ids a checked row's locality stands for: itself, or in a pre-reform file the
    /// units its old code went into (0, nationwide, stays 0).
    private func todaysIDs(_ localityID: Int) -> [Int] {
        oldPlaces?.places.targets[localityID] ?? [localityID]
    }

    /// Whether a non-applications key is new in this file.
    private func firstTime(_ key: String) -> Bool { keys.insert(key).inserted }

    private func incident(_ row: RawRow, _ map: FieldMap) throws -> [RowProblem] {
        switch (oldPlaces?.validator ?? validator).incident(row, map: map) {
        case .invalid(let problems): return problems
        case .valid(let (r, localityID)):
            if let problem = afterReform(r.start.day, row, map, schema: InputKind.incidents.schema, column: "start") { return [problem] }
            if localityID != nil, let problem = unsaidUnits(r.start.day, row, map, schema: InputKind.incidents.schema, column: "start") { return [problem] }
            guard firstTime("\(r.start.text)|\(localityID ?? 0)|\(r.system.rawValue)|\(r.kind.rawValue)") else {
                return [RowProblem(line: row.line, column: row.column,
                                   message: "duplicate incident (\(r.start.text), \(r.locality ?? "nationwide"), \(r.system.rawValue), \(r.kind.rawValue)): the same start, locality, system and kind appear earlier in this file",
                                   hint: RowChecker.duplicateHint)]
            }
            if writes { for id in todaysIDs(localityID ?? 0) { incidents.append((r, id)) } }
            if incidents.count >= 256 { try flush() }
            return []
        }
    }

    private func readinessRow(_ row: RawRow, _ map: FieldMap) throws -> [RowProblem] {
        switch (oldPlaces?.validator ?? validator).readiness(row, map: map) {
        case .invalid(let problems): return problems
        case .valid(let (r, localityID)):
            if let problem = afterReform(r.day, row, map, schema: InputKind.readiness.schema, column: "date") { return [problem] }
            if let problem = unsaidUnits(r.day, row, map, schema: InputKind.readiness.schema, column: "date") { return [problem] }
            guard firstTime("\(localityID)|\(r.criterion.rawValue)|\(r.day.number)") else {
                return [RowProblem(line: row.line, column: row.column,
                                   message: "duplicate key (\(r.day), \(r.locality), \(r.criterion.rawValue)): the same date, locality and criterion appear earlier in this file",
                                   hint: RowChecker.duplicateHint)]
            }
            if writes { for id in todaysIDs(localityID) { readiness.append((r, id)) } }
            if readiness.count >= 256 { try flush() }
            return []
        }
    }

    /// A plan task's record, keyed (id, date): twice in one file is an error.
    private func taskRow(_ row: RawRow, _ map: FieldMap) throws -> [RowProblem] {
        switch validator.task(row, map: map) {
        case .invalid(let problems): return problems
        case .valid(let (t, localityID)):
            guard firstTime("\(t.id)|\(t.day.number)") else {
                return [RowProblem(line: row.line, column: row.column,
                                   message: "duplicate key (\(t.day), \(t.id)): the same date and task id appear earlier in this file",
                                   hint: RowChecker.duplicateHint)]
            }
            if writes { tasks.append((t, localityID)) }
            if tasks.count >= 256 { try flush() }
            return []
        }
    }

    /// A localities row, checked against the tree as this file leaves it so far (a province listed
    /// before its communes), with the rules every store shares (`LocalityDirectory.reparentProblem`).
    private func locality(_ row: RawRow, _ map: FieldMap) throws -> [RowProblem] {
        switch RowValidator.locality(row, map: map) {
        case .invalid(let problems): return problems
        case .valid(let l):
            let f = FieldReader(row: row, map: map, schema: InputKind.localities.schema)
            let parentID: Int?
            switch directory.parentID(of: l, row: row, f: f) {
            case .invalid(let problems): return problems
            case .valid(let id): parentID = id
            }
            guard firstTime(l.code) else {
                return [RowProblem(line: row.line, column: row.column, message: "duplicate code \(l.code): it appears earlier in this file", hint: RowChecker.duplicateHint)]
            }
            let existing = directory.id(forCode: l.code).flatMap { directory.entries[$0] }
            var moved = false
            if let old = existing, old.parentID != parentID || old.locality.level != l.level {
                if let problem = directory.reparentProblem(old: old.locality, new: l, row: row, f: f, allowReparent: options.allowReparent) { return [problem] }
                moved = true
            }
            guard writes else { return [] }
            if let old = existing {
                if old.locality == l { unchangedLocalities += 1; return [] }
                localityWrites.append(.update(id: old.id, l, parentID: parentID, movedFrom: moved ? old.locality : nil))
                directory.add(.init(id: old.id, locality: l, parentID: parentID))
            } else {
                let id = nextLocalityID
                nextLocalityID += 1
                localityWrites.append(.insert(id: id, l, parentID: parentID))
                directory.add(.init(id: id, locality: l, parentID: parentID))
            }
            if localityWrites.count >= 256 { try flush() }
            return []
        }
    }

    /// Hands over the rows still waiting (all of them at the end of the file).
    func flush() throws {
        guard writes else { return }
        if !applications.isEmpty { try emit(.applications(applications)); applications.removeAll(keepingCapacity: true) }
        if !incidents.isEmpty { try emit(.incidents(incidents)); incidents.removeAll() }
        if !readiness.isEmpty { try emit(.readiness(readiness)); readiness.removeAll() }
        if !tasks.isEmpty { try emit(.tasks(tasks)); tasks.removeAll() }
        if !localityWrites.isEmpty { try emit(.localities(localityWrites)); localityWrites.removeAll() }
    }
}
