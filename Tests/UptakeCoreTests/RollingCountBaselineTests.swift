import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// The rolling baseline against a plain re-implementation that rebuilds each day's history from
/// scratch (fixture `anomaly_b_rolling.json`), and on planted events.
///
/// Tolerances: both sides sum whole counts exactly; the within-weekday spread is Σy² − S·ȳ here and
/// Σ(y − ȳ)² there, which differ by rounding of order 1e-16·Σy² (1e-12 relative to the spread at a
/// level of 2,000), so μ and θ within 1e-9 relative; tails (SciPy's `nbinom`, ~1e-13) within 1e-8,
/// the slack for θ's rounding carried through a tail of slope up to ~μ in θ.
@Suite struct RollingCountBaselineTests {
    struct DayCase: Decodable { let status: String, expected: Double?, shape: Double?, tail: Double?, flagged: Bool }
    struct Case: Decodable { let name: String, counts: [Double?], schedule: [UInt8], days: [DayCase] }

    @Test(arguments: ["level30_outage_and_spike", "low_volume_level8", "level2000_halved_week"])
    func matchesDirectRecomputation(name: String) throws {
        let c = try #require(try FixtureFile<Case>.load("anomaly_b_rolling").cases.first { $0.name == name })
        let baseline = try RollingCountBaseline(computesEveryTail: true)
        let days = try baseline.scan(c.counts.withNaN, schedule: try WorkingDaySchedule(weekdays: c.schedule))
        #expect(days.map(\.status.rawValue) == c.days.map(\.status))
        #expect(days.map(\.flagged) == c.days.map(\.flagged))
        expectClose(c.days.map { $0.expected ?? .nan }, days.map(\.expected), rel: 1e-9, "μ")
        expectClose(c.days.map { $0.shape ?? .nan }, days.map(\.shape), rel: 1e-9, "θ")
        expectClose(c.days.map { $0.tail ?? .nan }, days.map(\.tail), rel: 1e-8, abs: 1e-300, "tail")
    }

    /// The screen that skips ordinary days' tails changes no flag, expectation or history: the default
    /// scan and the every-tail scan agree, and where the default gives a tail it is the same.
    @Test(arguments: [UInt64(21), 22])
    func screeningChangesNothing(seed: UInt64) throws {
        var sampler = CountSampler(seed: seed)
        var (counts, weekdays) = sampler.series(days: 700, level: 120, shape: 4)
        for t in [300, 301, 450] { counts[t] = (counts[t] * 0.2).rounded() }
        let schedule = try WorkingDaySchedule(weekdays: weekdays)
        let screened = try RollingCountBaseline.standard.scan(counts, schedule: schedule)
        let exact = try RollingCountBaseline(computesEveryTail: true).scan(counts, schedule: schedule)
        #expect(screened.map(\.flagged) == exact.map(\.flagged))
        expectClose(exact.map(\.expected), screened.map(\.expected), rel: 0)
        let shown = screened.indices.filter { !screened[$0].tail.isNaN }
        expectClose(shown.map { exact[$0].tail }, shown.map { screened[$0].tail }, rel: 0)
        #expect(exact.indices.allSatisfy { screened[$0].tail.isNaN ? !(exact[$0].tail < 1e-3) : true })
        #expect(shown.count < exact.filter { !$0.tail.isNaN }.count / 5)
    }

    /// The fixture's first case holds a three-day zero outage at ~30/day (days 155–157) and a spike
    /// of 160 (day 302): the spike is flagged; each outage day is rare on its own (p < 10⁻²) and the
    /// three together far rarer than the threshold. The CUSUM dates the outage.
    @Test func fixtureEventsAreFound() throws {
        let c = try #require(try FixtureFile<Case>.load("anomaly_b_rolling").cases.first { $0.name == "level30_outage_and_spike" })
        let counts = c.counts.withNaN
        let days = try RollingCountBaseline.standard.scan(counts, schedule: try WorkingDaySchedule(weekdays: c.schedule))
        #expect(days[302].flagged && days[302].direction == .spike)
        let outage = [155, 156, 157]
        #expect(outage.allSatisfy { days[$0].direction == .drop && days[$0].tail < 1e-2 })
        #expect(outage.reduce(1.0) { $0 * days[$1].tail } < 1e-9)
        let path = try CountCUSUM(inControlRunLength: 1000).run(counts: counts, expected: days.map(\.expected), shapes: days.map(\.shape))
        #expect(path.alarms.contains { outage.contains($0.alarm) }, "alarms \(path.alarms)")
    }

    /// A three-day zero outage at ~30/day in an NB(θ = 5) series. Even with θ known a zero day there has
    /// p = (5/35)⁵ = 6·10⁻⁵, and with θ estimated from eight weeks about 3·10⁻⁴: each day is rare
    /// (p < 10⁻²), the three together tiny, and the outage stays out of the baseline that judges the
    /// days after. (The CUSUM with h = ln 1000 catches it when θ̂ ≳ 4, not with seed 2's θ̂.)
    @Test(arguments: [UInt64(1), 2, 3])
    func plantedOutageIsFound(seed: UInt64) throws {
        var sampler = CountSampler(seed: seed)
        var (counts, weekdays) = sampler.series(days: 140, level: 30, shape: 5)
        let outage = [100, 101, 102]                  // Wednesday–Friday of week 15
        for t in outage { counts[t] = 0 }
        let days = try RollingCountBaseline.standard.scan(counts, schedule: try WorkingDaySchedule(weekdays: weekdays))
        for t in outage {
            #expect(days[t].status == .judged)
            #expect(days[t].tail < 1e-2, "day \(t): tail \(days[t].tail)")
        }
        let combined = outage.reduce(1.0) { $0 * days[$1].tail }
        #expect(combined < 1e-9, "combined \(combined)")
        #expect(days[105].expected > 25, "the baseline after the outage: \(days[105].expected)")
    }

    /// A holiday with 0 receipts is never judged and does not enter the baseline.
    @Test func holidayIsNeverJudged() throws {
        var sampler = CountSampler(seed: 7)
        var (counts, weekdays) = sampler.series(days: 100, level: 40, shape: 5)
        weekdays[65] = 0                               // a Wednesday holiday
        counts[65] = 0
        let days = try RollingCountBaseline.standard.scan(counts, schedule: try WorkingDaySchedule(weekdays: weekdays))
        #expect(days[65].status == .notWorking && !days[65].flagged && days[65].tail.isNaN)
        var withoutHoliday = counts
        withoutHoliday[65] = 40
        let other = try RollingCountBaseline.standard.scan(withoutHoliday, schedule: try WorkingDaySchedule(weekdays: weekdays))
        expectClose(Array(other[66...].map(\.expected)), Array(days[66...].map(\.expected)), rel: 0)
    }

    /// Warm-up, missing and low-volume days are reported as such, never flagged.
    @Test func notJudgedStates() throws {
        var sampler = CountSampler(seed: 11)
        var (counts, weekdays) = sampler.series(days: 70, level: 4, shape: 5)
        counts[50] = .nan
        counts[51] = 0
        let days = try RollingCountBaseline.standard.scan(counts, schedule: try WorkingDaySchedule(weekdays: weekdays))
        #expect(days[0].status == .warmUp && days[5].status == .notWorking)
        #expect(days[50].status == .missing && days[50].expected > 0)
        #expect(days[51].status == .lowVolume && !days[51].flagged)
        #expect(days.filter(\.flagged).isEmpty)
        // Warm-up ends at the 20th usable worked day: day 27 (4 weeks less the weekend).
        #expect(days[0..<25].allSatisfy { $0.status != .judged && $0.status != .lowVolume })
        #expect(days[28].status == .lowVolume)
    }

    /// Null NB(θ = 5) series at ~30/day with the simulator's weekday pattern, 20 × 1,400 days: the
    /// false flags stay near the rates the DocC states (drops 0.15, spikes 0.3 per 1,000 judged days
    /// against 0.1 nominal each). Bounds: drops 0.5 and spikes 1.5 per 1,000; a Gaussian residual
    /// z-score gives tens per 1,000, and this baseline without its spike correction 1.1.
    @Test func nullSeriesFalseFlagRate() throws {
        var drops = 0, spikes = 0, judged = 0, belowOnePercent = 0
        var buffer: [CountDayAssessment] = []
        let everyTail = try RollingCountBaseline(computesEveryTail: true)
        for seed in UInt64(100)..<UInt64(120) {
            var sampler = CountSampler(seed: seed)
            let (counts, weekdays) = sampler.series(days: 1400, level: 30, shape: 5)
            // Every tail, for the body's calibration below; flags are those of the default scan (see
            // screeningChangesNothing).
            try everyTail.scan(counts, schedule: try WorkingDaySchedule(weekdays: weekdays), into: &buffer)
            judged += buffer.filter { $0.status == .judged }.count
            drops += buffer.filter { $0.flagged && $0.direction == .drop }.count
            spikes += buffer.filter { $0.flagged && $0.direction == .spike }.count
            belowOnePercent += buffer.filter { $0.tail < 0.01 }.count
        }
        #expect(judged > 19_000)
        let perThousand = 1000 / Double(judged)
        #expect(Double(drops) * perThousand < 0.5, "drops flagged: \(drops) of \(judged)")
        #expect(Double(spikes) * perThousand < 1.5, "spikes flagged: \(spikes) of \(judged)")
        // Calibration in the body: p < 0.01 in either direction on about 2% of days (discreteness makes
        // the lower tail conservative), here required within 0.5%–4%.
        let share = Double(belowOnePercent) / Double(judged)
        #expect(share > 0.005 && share < 0.04, "share of days with a tail below 0.01: \(share)")
    }

    /// Days the caller keeps out are judged, stay in the baselines of the rest of their run, and leave
    /// the later ones as a missing day does: after a run of low days at ~12 a day (4, 5, 4: no day
    /// flagged alone, nor kept out by its own tail), the scan keeping them out gives every later day
    /// the μ and θ of a scan in which those days have no count, and the scan that keeps them in a
    /// wider spread (a smaller θ) and a lower μ.
    @Test func keptOutDaysLeaveLaterBaselines() throws {
        var sampler = CountSampler(seed: 7)
        var (counts, weekdays) = sampler.series(days: 200, level: 12, shape: 30)
        let run = (100..<110).filter { weekdays[$0] != 0 }.prefix(3)
        for (t, y) in zip(run, [4.0, 5, 4]) { counts[t] = y }
        let schedule = try WorkingDaySchedule(weekdays: weekdays)
        let keptOut = try RollingCountBaseline.standard.scan(counts, schedule: schedule,
                                                             keptOut: Dictionary(uniqueKeysWithValues: run.map { ($0, run.last! + 1) }))
        var missing = counts
        for t in run { missing[t] = .nan }
        let reference = try RollingCountBaseline.standard.scan(missing, schedule: schedule)
        let kept = try RollingCountBaseline.standard.scan(counts, schedule: schedule)
        #expect(run.allSatisfy { keptOut[$0].status == .judged && !keptOut[$0].flagged && !(kept[$0].tail < 1e-3) })
        let after = Array(run.last! + 1..<run.last! + 50).filter { weekdays[$0] != 0 }
        expectClose(after.map { reference[$0].expected }, after.map { keptOut[$0].expected }, rel: 0, "μ")
        expectClose(after.map { reference[$0].shape }, after.map { keptOut[$0].shape }, rel: 0, "θ")
        #expect(after.allSatisfy { kept[$0].shape < keptOut[$0].shape && kept[$0].expected < keptOut[$0].expected })
        // The run's own days are judged with its earlier days in their history, as without the caller's test.
        expectClose(run.map { kept[$0].expected }, run.map { keptOut[$0].expected }, rel: 0, "μ inside the run")
        #expect(throws: StatisticsError.self) { try RollingCountBaseline.standard.scan(counts, schedule: schedule, keptOut: [run.first!: run.first!]) }
    }

    /// A scan into a reused buffer gives what a fresh scan gives (the buffer is cleared, not appended to).
    /// Its speed is measured in benchmarks/anomalies, not here.
    @Test func aReusedBufferGivesTheFreshResult() throws {
        var sampler = CountSampler(seed: 5)
        let (counts, weekdays) = sampler.series(days: 365, level: 30, shape: 5)
        let schedule = try WorkingDaySchedule(weekdays: weekdays)
        var fresh: [CountDayAssessment] = []
        try RollingCountBaseline.standard.scan(counts, schedule: schedule, into: &fresh)
        var reused: [CountDayAssessment] = []
        let (other, otherWeekdays) = sampler.series(days: 200, level: 5, shape: 2)
        try RollingCountBaseline.standard.scan(other, schedule: try WorkingDaySchedule(weekdays: otherWeekdays), into: &reused)
        try RollingCountBaseline.standard.scan(counts, schedule: schedule, into: &reused)
        #expect(fresh.count == 365)
        #expect(fresh.contains { $0.status == .judged })
        // Compared as text: NaN (not-working and warm-up days) is unequal to itself.
        #expect(String(describing: reused) == String(describing: fresh))
    }

    /// The schedule from Vietnam's calendar: New Year's Day off, Tết off, the Saturday worked in
    /// exchange for a bridge day (2025-04-26) worked as weekday 6.
    @Test func scheduleFromCalendar() throws {
        let first = try #require(Day(year: 2025, month: 1, day: 1))
        let schedule = WorkingDaySchedule(calendar: .vietnam, from: first, count: 365)
        #expect(schedule.weekdays[0] == 0 && schedule.weekdays[1] == 4)        // Wed holiday, Thu worked
        #expect(schedule.weekdays[27] == 0)                                      // 2025-01-28, Tết
        #expect(schedule.weekdays[115] == 6)                                     // 2025-04-26, worked Saturday
        #expect(schedule.weekdays.filter { $0 != 0 }.count == 250)               // the published count for 2025
    }

    @Test func invalidInputsThrow() throws {
        let schedule = try WorkingDaySchedule(weekdays: [1, 2, 3])
        #expect(throws: StatisticsError("counts and schedule differ in length (2 and 3)")) {
            _ = try RollingCountBaseline.standard.scan([1, 2], schedule: schedule)
        }
        #expect(throws: StatisticsError("daily counts must be non-negative and finite, or NaN when missing (day 1: inf)")) {
            _ = try RollingCountBaseline.standard.scan([1, .infinity, 3], schedule: schedule)
        }
        #expect(throws: StatisticsError("the minimum history must lie between 2 and the window's 56 days (minimumHistory=60)")) {
            _ = try RollingCountBaseline(minimumHistory: 60)
        }
        #expect(throws: StatisticsError("the baseline window must span at least 7 days (windowDays=3)")) {
            _ = try RollingCountBaseline(windowDays: 3)
        }
    }
}

