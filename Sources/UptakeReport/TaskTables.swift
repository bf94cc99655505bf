import UptakeAnalysis
import UptakeCore

extension Table {
    /// The table of `uptake tasks`.
    ///
    /// With a grouping: one row per group (or owner, with `owner_name` for a locality) and a last row
    /// `all`, with `tasks`, `due`, `done`, `done_on_time`, `done_late`, `overdue`, `open`,
    /// `max_days_overdue` and `on_time_share` (of the tasks due, done on time). Without: one row per
    /// task, overdue first (longest first): `id`, `plan`, `group`, `owner`, `owner_name`, `title`,
    /// `due`, `status` and `completed` (the record in force), `recorded` (its date), `revisions`,
    /// `progress`, `days_overdue`, `days_late`, `evidence`.
    public init(tasks result: TasksResult) {
        let t = result.total
        var notes = ["as of \(result.asOf)\(result.locality.map { " · \($0.code) \($0.name) and its units" } ?? ""): \(t.tasks) tasks, "
            + "\(t.due) due, \(t.done) done (\(t.doneOnTime) on time, \(t.doneLate) late), \(t.overdue) overdue and not done, \(t.open) not yet due"]
        if result.overdueOnly { notes.append("only tasks overdue on \(result.asOf) (due before it and not done)") }
        notes.append("a task stands as its latest record dated on or before \(result.asOf)")
        guard let by = result.by else {
            self.init(columns: ["id", "plan", "group", "owner", "owner_name", "title", "due", "status", "completed", "recorded", "revisions",
                                "progress", "days_overdue", "days_late", "evidence"], rows: result.tasks.map { s in
                let r = s.record
                return [.text(r.id), .text(r.plan), .text(r.group.name), .text(r.owner.text),
                        r.owner.localityCode.flatMap { result.localityNames[$0] }.map(Cell.text) ?? .empty, r.title.map(Cell.text) ?? .empty,
                        .text(r.due.description), .text(r.status.rawValue), r.completed.map { .text($0.description) } ?? .empty,
                        .text(r.day.description), .integer(Int64(s.revisions)), .text(s.progress.rawValue),
                        s.daysOverdue.map { .integer(Int64($0)) } ?? .empty, s.daysLate.map { .integer(Int64($0)) } ?? .empty,
                        r.evidence.map(Cell.text) ?? .empty]
            }, notes: notes, dataOnly: ["plan", "recorded", "evidence"])
            return
        }
        func counts(_ c: TaskCounts) -> [Cell] {
            [.integer(Int64(c.tasks)), .integer(Int64(c.due)), .integer(Int64(c.done)), .integer(Int64(c.doneOnTime)), .integer(Int64(c.doneLate)),
             .integer(Int64(c.overdue)), .integer(Int64(c.open)), .integer(Int64(c.maxDaysOverdue)), c.onTimeShare.map { .percent($0, digits: 1) } ?? .empty]
        }
        let countColumns = ["tasks", "due", "done", "done_on_time", "done_late", "overdue", "open", "max_days_overdue", "on_time_share"]
        switch by {
        case .group:
            self.init(columns: ["group"] + countColumns, rows: result.rows.map { [.text($0.key)] + counts($0.counts) } + [[.text("all")] + counts(t)],
                      notes: notes)
        case .owner:
            self.init(columns: ["owner", "owner_name"] + countColumns,
                      rows: result.rows.map { [.text($0.key), $0.locality.map { .text($0.name) } ?? .empty] + counts($0.counts) }
                        + [[.text("all"), .empty] + counts(t)], notes: notes)
        }
    }
}
