import UptakeCore

/// The plan tasks of the generated dataset (`tasks.csv`), calibrated to the KH02 report: at 31 July
/// 2025, 6 tasks of Plan 02-KH/BCĐTW overdue and not done, 2 in "completing institutions and the
/// legal framework" (`institutions`), 1 in "building digital infrastructure and major databases"
/// (`digital_infrastructure`), 1 in "developing resources" (`resources`, practical training), and 2
/// the report does not itemise, filed under `other` so that no named group's count is inflated.
///
/// Central tasks are owned by ministries; every province owns four tasks (practical training, a
/// progress report, standardised procedures, equipped service centres). Each task has a record on
/// 1 July 2025 (when monitoring began), an `in_progress` record when work starts after that, and a
/// `done` record on its completion day: revisions to replay. Completion days are drawn from the seed
/// within fixed windows; which tasks run late is fixed (see `datasets/kh02-2025/README.md`).
enum TaskPlan {
    static let plan = "02-KH/BCĐTW"
    /// When the monitoring began: the first record of every task.
    static let firstRecord = Day(valid: 2025, 7, 1)

    /// One task's timeline: who, what, when due, and when done (`nil`: not within 2025).
    struct Spec {
        var id: String
        var group: String
        var owner: TaskOwner
        var title: String
        var due: Day
        var completed: Day?
        var evidence: String?
    }

    static func day(_ m: Int, _ d: Int) -> Day { Day(valid: 2025, m, d) }

    /// The ministries' tasks. The four overdue on 31 July (KH02-1.1, 1.2, 2.1, 5.1) are done later.
    static let central: [Spec] = [
        Spec(id: "KH02-1.1", group: "institutions", owner: .agency("Bộ Tư pháp"),
             title: "Amend the decrees on administrative procedures for two-tier local government", due: day(6, 30), completed: day(8, 20),
             evidence: "Nghị định số 118/2025/NĐ-CP"),
        Spec(id: "KH02-1.2", group: "institutions", owner: .agency("Bộ Nội vụ"),
             title: "Regulate the commune public-administration service centres", due: day(7, 15), completed: day(9, 10),
             evidence: "Thông tư số 09/2025/TT-BNV"),
        Spec(id: "KH02-1.3", group: "institutions", owner: .agency("Bộ Khoa học và Công nghệ"),
             title: "Guidance on electronic records and electronic results", due: day(6, 15), completed: day(6, 12),
             evidence: "Công văn số 2150/BKHCN-CĐSQG"),
        Spec(id: "KH02-1.4", group: "institutions", owner: .agency("Văn phòng Chính phủ"),
             title: "Publish the list of procedures handled regardless of administrative boundary", due: day(9, 30), completed: day(9, 24),
             evidence: "Quyết định số 2011/QĐ-VPCP"),
        Spec(id: "KH02-2.1", group: "digital_infrastructure", owner: .agency("Bộ Công an"),
             title: "Connect commune civil-status software to the national population database", due: day(7, 10), completed: day(8, 15),
             evidence: "Báo cáo số 412/BC-BCA"),
        Spec(id: "KH02-2.2", group: "digital_infrastructure", owner: .agency("Bộ Khoa học và Công nghệ"),
             title: "Raise the capacity of the national public-service portal", due: day(6, 30), completed: day(7, 5),
             evidence: "Báo cáo số 1876/BC-BKHCN"),
        Spec(id: "KH02-2.3", group: "digital_infrastructure", owner: .agency("Văn phòng Chính phủ"),
             title: "Synchronise the provinces' one-stop systems with the national portal", due: day(8, 31), completed: day(8, 28),
             evidence: "Báo cáo số 530/BC-VPCP"),
        Spec(id: "KH02-3.1", group: "resources", owner: .agency("Bộ Nội vụ"),
             title: "Training programme for commune officials on digital skills", due: day(6, 20), completed: day(6, 18),
             evidence: "Quyết định số 745/QĐ-BNV"),
        Spec(id: "KH02-4.1", group: "public_services", owner: .agency("Văn phòng Chính phủ"),
             title: "Standardise the data of the national procedure database", due: day(10, 15), completed: nil, evidence: nil),
        Spec(id: "KH02-5.1", group: "other", owner: .agency("Bộ Tài chính"),
             title: "Funding guidance for digital transformation at commune level", due: day(7, 20), completed: day(8, 5),
             evidence: "Thông tư số 56/2025/TT-BTC"),
    ]

    /// The provinces' own tasks: Cao Bằng's practical training and Lai Châu's report are the two
    /// provincial tasks overdue on 31 July; Hà Nội and Hồ Chí Minh City standardised their procedures
    /// a few days late (done, so not overdue).
    static func provincial(code: String, seed: UInt64) -> [Spec] {
        var rng = SimulationRandom(seed: seed, key: code, stream: "tasks")
        func within(_ first: Day, _ last: Day) -> Day { first.advanced(by: Int(rng.nextUnit() * Double(first.distance(to: last) + 1))) }
        func decision() -> String { "Quyết định số \(1000 + Int(rng.nextUnit() * 2000))/QĐ-UBND" }
        var training = within(day(6, 9), day(6, 28))
        var report = within(day(7, 8), day(7, 18))
        var procedures = within(day(7, 10), day(7, 24))
        let devices = within(day(8, 15), day(9, 28))
        let evidence = (decision(), "Báo cáo số \(100 + Int(rng.nextUnit() * 400))/BC-UBND", decision(), decision())
        if code == "04" { training = day(8, 20) }            // Cao Bằng: 31 days overdue on 31 July
        if code == "12" { report = day(8, 11) }              // Lai Châu: 11 days overdue on 31 July
        if code == "01" { procedures = day(7, 28) }          // Hà Nội: 3 days late
        if code == "79" { procedures = day(7, 29) }          // Hồ Chí Minh City: 4 days late
        let owner = TaskOwner.locality(code)
        return [
            Spec(id: "P\(code)-1", group: "resources", owner: owner, title: "Practical training of commune one-stop officials",
                 due: day(6, 30), completed: training, evidence: evidence.0),
            Spec(id: "P\(code)-2", group: "other", owner: owner, title: "Report on the first month of the plan",
                 due: day(7, 20), completed: report, evidence: evidence.1),
            Spec(id: "P\(code)-3", group: "public_services", owner: owner, title: "Standardise commune procedures on the one-stop system",
                 due: day(7, 25), completed: procedures, evidence: evidence.2),
            Spec(id: "P\(code)-4", group: "digital_infrastructure", owner: owner, title: "Equip every commune centre with devices and digital signatures",
                 due: day(9, 30), completed: devices, evidence: evidence.3),
        ]
    }

    /// A task's records: on 1 July (done if completed by then, in progress if due within 45 days,
    /// else not started), `in_progress` 20 days before completion when it was not started, and
    /// `done` on the completion day.
    static func records(_ s: Spec) -> [PlanTaskRecord] {
        guard let group = TaskGroup(s.group) else { preconditionFailure("task groups above are identifiers") }
        func record(_ day: Day, _ status: TaskStatus) -> PlanTaskRecord {
            PlanTaskRecord(day: day, id: s.id, plan: plan, group: group, title: s.title, owner: s.owner, due: s.due, status: status,
                           completed: status == .done ? s.completed : nil, evidence: status == .done ? s.evidence : nil)
        }
        if let done = s.completed, done <= firstRecord { return [record(firstRecord, .done)] }
        let startedEarly = firstRecord.distance(to: s.due) <= 45
        var rows = [record(firstRecord, startedEarly ? .inProgress : .notStarted)]
        if !startedEarly {
            let start = (s.completed ?? s.due).advanced(by: -20)
            if start > firstRecord { rows.append(record(start, .inProgress)) }
        }
        if let done = s.completed { rows.append(record(done, .done)) }
        return rows
    }
}

extension DatasetGenerator {
    /// Plan task records dated on or before the range's last day: the ministries' tasks and those of
    /// the generated provinces, by date then id.
    public func tasks() -> [PlanTaskRecord] {
        let codes = selected.map { plan.provinces[$0].code }.sorted()
        let specs = TaskPlan.central + codes.flatMap { TaskPlan.provincial(code: $0, seed: configuration.seed) }
        return specs.flatMap(TaskPlan.records).filter { $0.day <= configuration.range.last }.sorted { ($0.day, $0.id) < ($1.day, $1.id) }
    }

    /// The tasks CSV: date,id,plan,group,title,owner,due,status,completed,evidence.
    public func tasksCSV() -> [UInt8] {
        var b = ByteBuffer(capacity: 1 << 14)
        b.append("date,id,plan,group,title,owner,due,status,completed,evidence\n")
        for r in tasks() {
            b.append(r.day.description); b.append(44)
            b.append(field: r.id); b.append(44)
            b.append(field: r.plan); b.append(44)
            b.append(r.group.name); b.append(44)
            b.append(field: r.title ?? ""); b.append(44)
            b.append(field: r.owner.text); b.append(44)
            b.append(r.due.description); b.append(44)
            b.append(r.status.rawValue); b.append(44)
            b.append(r.completed?.description ?? ""); b.append(44)
            b.append(field: r.evidence ?? ""); b.append(10)
        }
        return b.bytes
    }
}
