extension RowValidator {
    /// The longest id, plan, owner name, title or evidence a task row may carry.
    static let taskTextLimits = ["id": 64, "plan": 200, "owner": 200, "title": 500, "evidence": 500]

    /// Checks one tasks row: its dates, a known group form, the owner (digits: a known locality;
    /// otherwise an agency's name), the status and the completion date that goes with it.
    ///
    /// A `done` record needs `completed`; a record not done may not have one; `completed` may not
    /// come after the record's own `date` (a record cannot report what had not yet happened).
    public func task(_ row: RawRow, map: FieldMap) -> Checked<(PlanTaskRecord, localityID: Int?)> {
        var f = FieldReader(row: row, map: map, schema: InputKind.tasks.schema)
        let day = f.day("date")
        let id = boundedText(&f, "id", required: true)
        if let id, id.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            f.problem("id", "invalid task id \"\(FieldReader.excerpt(id))\": spaces and control characters are not allowed",
                      hint: "use the plan's own numbering, e.g. KH02-1.3")
        }
        let plan = boundedText(&f, "plan", required: true)
        var group: TaskGroup?
        if let text = f.text("group") {
            group = TaskGroup(text)
            if group == nil {
                f.problem("group", "invalid group \"\(FieldReader.excerpt(text))\"",
                          hint: "groups are lowercase names such as institutions, digital_infrastructure, resources")
            }
        }
        var owner: TaskOwner?
        var localityID: Int?
        if let text = boundedText(&f, "owner", required: true) {
            if TaskOwner.looksLikeLocalityCode(text) {
                localityID = locality(&f, "owner", required: true)
                if localityID != nil { owner = .locality(text) }
            } else {
                owner = .agency(text)
            }
        }
        let due = f.day("due")
        let status = f.choice("status", as: TaskStatus.self)
        let completed = f.day("completed", required: false)
        let title = boundedText(&f, "title", required: false)
        let evidence = boundedText(&f, "evidence", required: false)
        if status == .done, completed == nil, f.source("completed") == nil {
            f.problem("status", "a done task needs its completion date", hint: "fill completed with the day the output was delivered, YYYY-MM-DD")
        }
        if let status, status != .done, f.source("completed") != nil {
            f.problem("completed", "completed is given but the status is \(status.rawValue)",
                      hint: "set status to done, or leave completed empty until the task is done")
        }
        if let completed, let day, completed > day {
            f.problem("completed", "completed (\(completed)) comes after the record's date (\(day))",
                      hint: "a record reports the task as it stood on its date: date it on or after the completion")
        }
        guard f.problems.isEmpty, let day, let id, let plan, let group, let owner, let due, let status else { return .invalid(f.problems) }
        return .valid((PlanTaskRecord(day: day, id: id, plan: plan, group: group, title: title, owner: owner, due: due,
                                      status: status, completed: completed, evidence: evidence), localityID))
    }

    private func boundedText(_ f: inout FieldReader, _ name: String, required: Bool) -> String? {
        let text = required ? f.text(name) : f.optionalText(name)
        guard let text else { return nil }
        let limit = RowValidator.taskTextLimits[name] ?? 200
        if text.unicodeScalars.count > limit {
            f.problem(name, "\(name) is \(text.unicodeScalars.count) characters long, more than \(limit)",
                      hint: "check the row for a joined or shifted field")
            return nil
        }
        return text
    }
}
