import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// Plan tasks as of a day (issue 17): replay over revisions, the counts, the colour rules, on
/// hand-made timelines whose numbers are worked out in the comments.
@Suite struct PlanTaskTests {
    static func d(_ text: String) -> Day { Day(iso: text)! }

    static func record(_ day: String, _ id: String, owner: TaskOwner = .locality("P01"), group: String = "resources", due: String,
                       _ status: TaskStatus, completed: String? = nil) -> PlanTaskRecord {
        PlanTaskRecord(day: d(day), id: id, plan: "02-KH/BCĐTW", group: TaskGroup(group)!, owner: owner, due: d(due), status: status,
                       completed: completed.map(d))
    }

    /// A: in progress, due 10 July, done 14 July (4 days late).
    /// B: due 20 July, on 5 July the deadline moves to 10 August; never done.
    /// C: done 28 June, due 30 June (on time), recorded 1 July.
    /// D: first recorded 20 July, due 25 July, never done.
    static let timeline: [PlanTaskRecord] = [
        record("2025-07-01", "A", due: "2025-07-10", .inProgress),
        record("2025-07-15", "A", due: "2025-07-10", .done, completed: "2025-07-14"),
        record("2025-07-01", "B", group: "institutions", due: "2025-07-20", .notStarted),
        record("2025-07-05", "B", group: "institutions", due: "2025-08-10", .inProgress),
        record("2025-07-01", "C", owner: .agency("Bộ Nội vụ"), due: "2025-06-30", .done, completed: "2025-06-28"),
        record("2025-07-20", "D", owner: .locality("C1"), due: "2025-07-25", .notStarted),
    ]

    static func counts(asOf day: String) -> TaskCounts { TaskCounts(TaskReplay.states(timeline, asOf: d(day))) }

    @Test func replayTakesTheLatestRecordOnOrBeforeTheDay() throws {
        // 4 July: B's first record (due 20 July) holds; D does not exist yet.
        let early = TaskReplay.states(Self.timeline, asOf: Self.d("2025-07-04"))
        #expect(early.map(\.record.id) == ["A", "B", "C"])
        #expect(early[1].record.due == Self.d("2025-07-20") && early[1].revisions == 1)
        // 5 July: B's revision holds (due 10 August), counted as its second record.
        let revised = TaskReplay.states(Self.timeline, asOf: Self.d("2025-07-05"))
        #expect(revised[1].record.due == Self.d("2025-08-10") && revised[1].revisions == 2 && revised[1].record.status == .inProgress)
        // 14 July: A's done record is dated 15 July, so on the 14th A is still in progress and 4 days overdue.
        let a14 = try #require(TaskReplay.states(Self.timeline, asOf: Self.d("2025-07-14")).first)
        #expect(a14.progress == .overdue && a14.daysOverdue == 4)
        // 15 July: done late by 4 days (14 − 10).
        let a15 = try #require(TaskReplay.states(Self.timeline, asOf: Self.d("2025-07-15")).first)
        #expect(a15.progress == .doneLate && a15.daysLate == 4 && a15.daysOverdue == nil)
    }

    @Test func aTaskDueTodayIsNotOverdue() {
        let due = TaskReplay.states([Self.record("2025-07-01", "X", due: "2025-07-31", .inProgress)], asOf: Self.d("2025-07-31"))
        #expect(due.first?.progress == .open && due.first?.isDue == true)
        let next = TaskReplay.states([Self.record("2025-07-01", "X", due: "2025-07-31", .inProgress)], asOf: Self.d("2025-08-01"))
        #expect(next.first?.progress == .overdue && next.first?.daysOverdue == 1)
    }

    @Test func countsOnHandCheckedDays() {
        // 12 July: A overdue 2 days (due 10th); B open (due 10 August); C on time. Due: A, C.
        var expected = TaskCounts()
        (expected.tasks, expected.due, expected.done, expected.doneOnTime, expected.doneLate) = (3, 2, 1, 1, 0)
        (expected.overdue, expected.open, expected.maxDaysOverdue, expected.dueDoneOnTime) = (1, 1, 2, 1)
        #expect(Self.counts(asOf: "2025-07-12") == expected)
        #expect(Self.counts(asOf: "2025-07-12").onTimeShare == 0.5)
        // 31 July: A done late, B open, C on time, D overdue 6 days (31 − 25). Due: A, C, D; on time 1 of 3.
        (expected.tasks, expected.due, expected.done, expected.doneOnTime, expected.doneLate) = (4, 3, 2, 1, 1)
        (expected.overdue, expected.open, expected.maxDaysOverdue, expected.dueDoneOnTime) = (1, 1, 6, 1)
        #expect(Self.counts(asOf: "2025-07-31") == expected)
        // 1 September: B 22 days overdue (1 Sep − 10 Aug), D 38 (1 Sep − 25 Jul).
        let september = Self.counts(asOf: "2025-09-01")
        #expect((september.overdue, september.maxDaysOverdue, september.open) == (2, 38, 0))
    }

    @Test func colourRulesOnTheTimeline() {
        let rules = TaskColourRules()
        #expect(rules.colour(Self.counts(asOf: "2025-07-04")) == .green)   // nothing overdue; C on time (1 of 1)
        #expect(rules.colour(Self.counts(asOf: "2025-07-12")) == .yellow)  // A 2 days overdue
        #expect(rules.colour(Self.counts(asOf: "2025-07-31")) == .yellow)  // D 6 days overdue
        #expect(rules.colour(Self.counts(asOf: "2025-09-01")) == .red)     // D 38 days ≥ 30
        #expect(TaskColourRules(redAfterDaysOverdue: 39).colour(Self.counts(asOf: "2025-09-01")) == .yellow)
        #expect(rules.colour(TaskCounts()) == nil)                          // no tasks: no colour
    }

    @Test(arguments: [("2025-07-30", StatusColour.yellow), ("2025-07-31", .red)])
    func redStartsAtExactlyNDays(asOf: String, colour: StatusColour) {
        // Due 1 July: 29 days overdue on the 30th, 30 on the 31st.
        let states = TaskReplay.states([Self.record("2025-07-01", "X", due: "2025-07-01", .inProgress)], asOf: Self.d(asOf))
        #expect(TaskColourRules().colour(TaskCounts(states)) == colour)
    }

    @Test func theOnTimeShareAloneMakesYellow() {
        // Nothing overdue; E done late, F on time: 1 of 2 due done on time = 50% < 80%.
        let records = [Self.record("2025-07-20", "E", due: "2025-07-10", .done, completed: "2025-07-15"),
                       Self.record("2025-07-20", "F", due: "2025-07-10", .done, completed: "2025-07-09")]
        let counts = TaskCounts(TaskReplay.states(records, asOf: Self.d("2025-07-31")))
        #expect(counts.overdue == 0 && counts.onTimeShare == 0.5)
        #expect(TaskColourRules().colour(counts) == .yellow)
        #expect(TaskColourRules(minimumOnTimeShare: 0.5).colour(counts) == .green)
    }

    @Test func groupingOwnersAndOverdueOnly() throws {
        let localities = [Locality(code: "P01", parentCode: nil, level: .province, name: "Province 1"),
                          Locality(code: "C1", parentCode: "P01", level: .commune, name: "Commune 1")]
        let byGroup = try TaskAnalyzer.assess(records: Self.timeline, localities: localities, request: TasksRequest(asOf: Self.d("2025-07-31"), by: .group))
        #expect(byGroup.rows.map(\.key) == ["institutions", "resources"])
        #expect(byGroup.rows.map(\.counts.tasks) == [1, 3])
        #expect(byGroup.rows.map(\.counts.overdue) == [0, 1])
        let overdue = try TaskAnalyzer.assess(records: Self.timeline, localities: localities,
                                              request: TasksRequest(asOf: Self.d("2025-07-31"), overdueOnly: true))
        #expect(overdue.tasks.map(\.record.id) == ["D"])
        // A province's tasks include its communes'; the agency's task is nobody's locality.
        let p01 = try TaskAnalyzer.assess(records: Self.timeline, localities: localities, request: TasksRequest(asOf: Self.d("2025-07-31"), locality: "P01"))
        #expect(p01.tasks.map(\.record.id) == ["D", "A", "B"])  // overdue first, then by due date
        let byOwner = try TaskAnalyzer.assess(records: Self.timeline, localities: localities, request: TasksRequest(asOf: Self.d("2025-07-31"), by: .owner))
        #expect(byOwner.rows.map(\.key) == ["C1", "P01", "Bộ Nội vụ"])
        #expect(byOwner.rows.first?.locality?.name == "Commune 1")
        #expect(throws: QueryError.self) {
            try TaskAnalyzer.assess(records: Self.timeline, localities: localities, request: TasksRequest(asOf: Self.d("2025-07-31"), locality: "99"))
        }
    }

    @Test func computedColoursBesideTheReportedOnes() throws {
        // StatusTests' twelve provinces, all reported green but P11 (yellow) and P12 (red). Tasks:
        // P01 through its commune C1: D overdue 6 days on 31 July → yellow; P10: overdue 45 days → red;
        // P12: everything on time → green (reported red: less green than computed).
        let result = try StatusTests().assess()
        let records = Self.timeline.filter { $0.owner == .locality("C1") } + [
            Self.record("2025-07-01", "P10-1", owner: .locality("P10"), due: "2025-06-16", .inProgress),
            Self.record("2025-07-01", "P12-1", owner: .locality("P12"), due: "2025-06-30", .done, completed: "2025-06-30"),
        ]
        let localities = result.rows.map(\.locality) + [Locality(code: "C1", parentCode: "P01", level: .commune, name: "C1")]
        let out = StatusAnalyzer.withComputedColours(result, records: records, localities: localities, rules: TaskColourRules(), asOf: Self.d("2025-07-31"))
        func row(_ code: String) throws -> StatusRow { try #require(out.rows.first { $0.locality.code == code }) }
        #expect(try row("P01").computedStatus == .yellow && row("P01").colourCheck == .reportedGreener)
        #expect(try row("P10").computedStatus == .red && row("P10").tasks?.maxDaysOverdue == 45)
        #expect(try row("P12").computedStatus == .green && row("P12").colourCheck == .reportedLessGreen)
        #expect(try row("P02").computedStatus == nil && row("P02").colourCheck == .noTasks)
        let k = try #require(out.computedCounts)
        #expect([k.green, k.yellow, k.red, k.noTasks, k.reportedGreener, k.reportedLessGreen, k.agrees] as [Int] == [1, 1, 1, 10, 2, 1, 0])
        #expect(out.rows.map(\.locality.code) == result.rows.map(\.locality.code), "the rows keep their order")
        #expect(out.counts == result.counts, "the reported counts are unchanged")
    }
}
