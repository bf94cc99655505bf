/// The outcome of checking one row: its value, or every problem found in it.
public enum Checked<Value> {
    case valid(Value)
    case invalid([RowProblem])
}

/// An applications row that passed validation, its locality and sector resolved to the store's ids.
public struct ApplicationRow: Sendable, Equatable {
    public var day: Day
    public var localityID: Int
    public var sectorID: Int
    public var counts: ApplicationCounts

    public init(day: Day, localityID: Int, sectorID: Int, counts: ApplicationCounts) {
        self.day = day
        self.localityID = localityID
        self.sectorID = sectorID
        self.counts = counts
    }
}

/// Turns the text of input rows into checked values. Pure: the store passes in how to resolve a
/// locality code and a sector name to its ids.
public struct RowValidator {
    /// The id of a known locality, from the code's bytes.
    public var resolveLocality: (UnsafeRawBufferPointer) -> Int?
    /// The id of a sector name (the store makes one for a new, well-formed name).
    public var resolveSector: (UnsafeRawBufferPointer) -> Int
    /// What an unknown locality's problem says to do (a pre-reform file names old units).
    public var unknownLocalityHint = RowValidator.unknownLocalityHint

    public init(resolveLocality: @escaping (UnsafeRawBufferPointer) -> Int?, resolveSector: @escaping (UnsafeRawBufferPointer) -> Int) {
        self.resolveLocality = resolveLocality
        self.resolveSector = resolveSector
    }

    public static let unknownLocalityHint = "load the locality first (uptake init, or ingest a localities file) or check the code with 'uptake localities'"

    /// Checks one applications row: types, dates, non-negative counts, each part within its whole,
    /// a known locality and a well-formed sector.
    public func application(_ row: RawRow, map: FieldMap) -> Checked<ApplicationRow> {
        var f = FieldReader(row: row, map: map, schema: InputKind.applications.schema)
        let day = f.day("date")
        let locality = locality(&f, "locality", required: true)
        var sectorID = 0
        if let src = f.source("sector") {
            let range = row.ranges[src]
            let valid = row.bytes[range].withUnsafeBytes { Sector.isValid($0) }
            if valid { sectorID = row.bytes.withUnsafeBytes { resolveSector(UnsafeRawBufferPointer(rebasing: $0[range])) } }
            else { f.problem("sector", "invalid sector \"\(FieldReader.excerpt(row.text(src)))\"", hint: "sectors are lowercase names such as civil_status, land, business") }
        } else {
            sectorID = Array(Sector.all.name.utf8).withUnsafeBytes { resolveSector($0) }
        }
        let received = f.count("received", required: true)
        let online = f.count("received_online", required: true)
        let resolved = f.count("resolved", required: false)
        let resolvedOnline = f.count("resolved_online", required: false)
        let synced = f.count("synced", required: false)
        let onTime = f.count("on_time", required: false)
        bound(&f, "received_online", online, within: "received", received)
        bound(&f, "synced", synced, within: "received", received)
        bound(&f, "resolved_online", resolvedOnline, within: "resolved", resolved)
        bound(&f, "on_time", onTime, within: "resolved", resolved)
        if resolved == nil, f.source("resolved") == nil {
            for part in ["resolved_online", "on_time"] where f.source(part) != nil {
                f.problem(part, "\(part) is given but resolved is not", hint: "\(part) is a part of resolved: give both")
            }
        }
        guard f.problems.isEmpty, let day, let locality, let received, let online else { return .invalid(f.problems) }
        let counts = ApplicationCounts(received: received, receivedOnline: online, resolved: resolved,
                                       resolvedOnline: resolvedOnline, synced: synced, onTime: onTime)
        return .valid(ApplicationRow(day: day, localityID: locality, sectorID: sectorID, counts: counts))
    }

    private func bound(_ f: inout FieldReader, _ part: String, _ p: Int64?, within whole: String, _ w: Int64?) {
        guard let p, let w, p > w else { return }
        f.problem(part, "\(part) (\(p)) exceeds \(whole) (\(w))", hint: "\(part) counts part of \(whole); check the row and the column order")
    }

    func locality(_ f: inout FieldReader, _ name: String, required: Bool) -> Int? {
        guard let src = f.source(name) else {
            if required { f.problem(name, "missing value for \(name)", hint: "every row needs \(f.schema.required.joined(separator: ", "))") }
            return nil
        }
        let range = f.row.ranges[src]
        if let id = f.row.bytes.withUnsafeBytes({ resolveLocality(UnsafeRawBufferPointer(rebasing: $0[range])) }) { return id }
        f.problem(name, "unknown locality \"\(FieldReader.excerpt(f.row.text(src)))\"", hint: unknownLocalityHint)
        return nil
    }

    /// Checks one incidents row.
    public func incident(_ row: RawRow, map: FieldMap) -> Checked<(IncidentRecord, localityID: Int?)> {
        var f = FieldReader(row: row, map: map, schema: InputKind.incidents.schema)
        let start = f.instant("start", required: true)
        let end = f.instant("end", required: false)
        let localityID = locality(&f, "locality", required: false)
        let system = f.choice("system", as: IncidentSystem.self)
        let kind = f.choice("kind", as: IncidentKind.self)
        let errors = f.count("errors", required: false)
        // A bare date covers its whole day, so it only has to be on or after the other's day.
        let bareDate = start.map { $0.text.utf8.count == 10 } == true || end.map { $0.text.utf8.count == 10 } == true
        if let start, let end, end.day < start.day || (!bareDate && end.absoluteSeconds < start.absoluteSeconds) {
            f.problem("end", "end (\(end.text)) comes before start (\(start.text))", hint: "swap the two, or leave end empty for an incident still open")
        }
        guard f.problems.isEmpty, let start, let system, let kind else { return .invalid(f.problems) }
        let record = IncidentRecord(start: start, end: end, locality: f.optionalText("locality"), system: system, kind: kind,
                                    errors: errors, note: f.optionalText("note"))
        return .valid((record, localityID))
    }

    /// Checks one readiness row.
    public func readiness(_ row: RawRow, map: FieldMap) -> Checked<(ReadinessRecord, localityID: Int)> {
        var f = FieldReader(row: row, map: map, schema: InputKind.readiness.schema)
        let day = f.day("date")
        let localityID = locality(&f, "locality", required: true)
        let criterion = f.choice("criterion", as: ReadinessCriterion.self)
        var value: ReadinessValue?
        if let criterion, let text = f.text("value") {
            if criterion == .reportedStatus {
                if let c = StatusColour(rawValue: text) { value = .colour(c) }
                else { f.problem("value", "reported_status must be green, yellow or red, found \"\(FieldReader.excerpt(text))\"") }
            } else {
                switch text {
                case "true", "1": value = .flag(true)
                case "false", "0": value = .flag(false)
                default: f.problem("value", "\(criterion.rawValue) must be true or false (1 or 0), found \"\(FieldReader.excerpt(text))\"")
                }
            }
        }
        guard f.problems.isEmpty, let day, let localityID, let code = f.optionalText("locality"), let criterion, let value else { return .invalid(f.problems) }
        return .valid((ReadinessRecord(day: day, locality: code, criterion: criterion, value: value), localityID))
    }

    /// Checks one localities row (the parent is checked by the store, which knows earlier rows).
    public static func locality(_ row: RawRow, map: FieldMap) -> Checked<Locality> {
        var f = FieldReader(row: row, map: map, schema: InputKind.localities.schema)
        let code = f.text("code")
        let level = f.choice("level", as: LocalityLevel.self)
        let name = f.text("name")
        let parent = f.optionalText("parent_code")
        if let code, !(code.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) } && (1...12).contains(code.utf8.count)) {
            f.problem("code", "invalid code \"\(FieldReader.excerpt(code))\"", hint: "codes are 1 to 12 digits or capital letters, e.g. 01 or 00004")
        }
        if level == .nation { f.problem("level", "level nation is implicit", hint: "use province or commune") }
        if level == .province, let parent { f.problem("parent_code", "a province has no parent, found \"\(FieldReader.excerpt(parent))\"", hint: "leave parent_code empty for a province") }
        if level == .commune, parent == nil { f.problem("parent_code", "a commune needs parent_code", hint: "give the code of its province") }
        guard f.problems.isEmpty, let code, let level, let name else { return .invalid(f.problems) }
        return .valid(Locality(code: code, parentCode: parent, level: level, name: name, fullName: f.optionalText("full_name"),
                                 nameEn: f.optionalText("name_en"), unitType: f.optionalText("unit_type")))
    }
}
