import UptakeCore

extension LocalityDirectory {
    /// The units a selection names, in the order answers list them (provinces and communes by code).
    /// `.nation` resolves to the provinces, whose sums make the nation's.
    package func units(_ selection: UnitSelection) throws -> [Entry] {
        switch selection {
        case .nation, .provinces:
            return all(level: .province)
        case .communes(let parent):
            guard let parent else { return all(level: .commune) }
            guard let id = id(forCode: parent) else { throw QueryError("unknown locality \"\(parent)\"", hint: "list the province codes with",
                                                                   next: NextStep("localities", parameters: [.init("level", "province")])) }
            return children(of: id)
        case .localities(let codes):
            return try codes.map { code in
                guard let id = id(forCode: code), let e = entries[id] else {
                    throw QueryError("unknown locality \"\(code)\"", hint: "list codes with", next: NextStep("localities"))
                }
                return e
            }
        }
    }

    package static let reparentHint = "moving a unit changes every total above it; to make the change, ingest the file again with --allow-reparent, which rebuilds the aggregates"

    /// Why a localities row may not change a stored unit's parent or level: always when the unit
    /// would leave communes under a commune, and without `allowReparent` in any case. The same rule
    /// for every store's ingest.
    package func reparentProblem(old: Locality, new l: Locality, row: RawRow, f: FieldReader, allowReparent: Bool) -> RowProblem? {
        let levelChanged = old.level != l.level
        let column = levelChanged ? f.column("level") : f.column("parent_code")
        if levelChanged, old.level == .province, let id = id(forCode: l.code), !children(of: id).isEmpty {
            return RowProblem(line: row.line, column: column,
                              message: "province \(l.code) cannot become a commune while \(children(of: id).count) communes belong to it",
                              hint: "move its communes to another province first (earlier in this file or in an earlier file)")
        }
        guard !allowReparent else { return nil }
        let change = levelChanged
            ? "\(l.code) would change level from \(old.level.rawValue) to \(l.level.rawValue)"
            : "\(l.code) would move from province \(old.parentCode ?? "(none)") to province \(l.parentCode ?? "(none)")"
        return RowProblem(line: row.line, column: column, message: "locality \(change)", hint: LocalityDirectory.reparentHint)
    }

    /// The parent province's id of a localities row, or the problem with it (an unknown parent, or a
    /// parent that is not a province).
    package func parentID(of l: Locality, row: RawRow, f: FieldReader) -> Checked<Int?> {
        guard let parent = l.parentCode else { return .valid(nil) }
        guard let id = id(forCode: parent) else {
            return .invalid([RowProblem(line: row.line, column: f.column("parent_code"), message: "unknown parent province \"\(FieldReader.excerpt(parent))\"",
                                        hint: "list the province before its communes, or load it first")])
        }
        guard let found = locality(id: id), found.level == .province else {
            // A known unit that is not a province (issue 22: it was called "unknown").
            let what = locality(id: id).map { "\($0.level.rawValue) \($0.code) (\($0.name))" } ?? "unit \(parent)"
            let province = locality(id: id)?.parentCode.map { ": its province is \($0)" } ?? ""
            return .invalid([RowProblem(line: row.line, column: f.column("parent_code"),
                                        message: "parent_code \"\(FieldReader.excerpt(parent))\" is the \(what), not a province",
                                        hint: "a commune's parent_code is its province's 2-digit code\(province)")])
        }
        return .valid(id)
    }
}
