import Foundation
import UptakeCore

/// What one series' scan found, in day indices of the series: before localities, ids and incidents
/// are attached.
struct SeriesEvent: Sendable, Equatable {
    var kind: AnomalyKind
    var direction: AnomalyDirection
    var method: DetectionMethod
    var first: Int
    var last: Int
    var observed: Double
    var expected: Double
    var low: Double?
    var high: Double?
    var score: Double
    var pValue: Double?
    var workingDays: Int
    /// The one test of "did it fall" over the event's days (``FallTest``); `nil` for the peers' methods.
    var fall: FallTest? = nil
    /// Σμ²/θ over the event's days (counts): what the sum's variance has beyond Poisson, kept to
    /// rebuild the test when events merge.
    var extraVariance = 0.0
}

/// The settings of one scan, shared by every series.
struct ScanSettings: Sendable {
    var method: DetectionMethod
    var direction: DirectionFilter
    var threshold: DetectionThreshold
    var schedule: WorkingDaySchedule
    /// The first index that is judged; the days before only feed the baselines.
    var judgedFrom: Int
    /// Working days a level shift must last to be one, rather than a run of daily drops.
    var minimumShiftDays = 5
    /// Relative change of the level that makes a level shift (0.1: a tenth up or down), once PELT
    /// has found the change significant under the series' overdispersion.
    var minimumShift = 0.1
    /// Smallest daily denominator for a rate to be judged on a day.
    var minimumTrials = 10.0
}

/// What one series' scan found, and how much of it could be judged.
struct SeriesScanResult: Sendable {
    var events: [SeriesEvent]
    var judgedDays: Int
    var lowVolumeDays: Int
}

/// Scans one daily series: a pure function of its values, the calendar's schedule and the settings.
enum SeriesScan {
    static func scan(numerator: [Double], denominator: [Double]?, settings: ScanSettings) throws -> SeriesScanResult {
        if let denominator { return try RateScan.scan(successes: numerator, trials: denominator, settings: settings) }
        switch settings.method {
        case .negativeBinomial: return try CountScan.scan(numerator, settings: settings)
        default: return try PeerScan.scan(numerator, settings: settings)
        }
    }

    /// Groups flagged days into runs: consecutive flagged working days of one direction, days off
    /// in between not breaking a run, a judged ordinary working day ending it.
    static func runs(flags: [AnomalyDirection?], breaks: (Int) -> Bool) -> [(first: Int, last: Int, direction: AnomalyDirection)] {
        var runs: [(Int, Int, AnomalyDirection)] = []
        var open: (Int, Int, AnomalyDirection)?
        for t in flags.indices {
            if let d = flags[t] {
                if let o = open, o.2 == d { open = (o.0, t, d) } else {
                    if let o = open { runs.append(o) }
                    open = (t, t, d)
                }
            } else if breaks(t), let o = open {
                runs.append(o)
                open = nil
            }
        }
        if let o = open { runs.append(o) }
        return runs.map { (first: $0.0, last: $0.1, direction: $0.2) }
    }

    /// A 95% interval for a sum of independent days with means `mean` and variances `variance`
    /// (normal approximation to the sum, floored at 0).
    static func interval(mean: Double, variance: Double) -> (Double, Double) {
        let half = 1.959963984540054 * variance.squareRoot()
        return (max(0, mean - half), mean + half)
    }
}

/// The judged days of a series as the CUSUMs read them: count, expectation and shape, NaN on every
/// day the baseline did not judge (the CUSUM leaves its statistic unchanged there).
struct JudgedDays {
    var counts: [Double], expected: [Double], shapes: [Double]

    init(_ y: [Double], _ days: [CountDayAssessment]) {
        counts = [Double](repeating: .nan, count: y.count)
        (expected, shapes) = (counts, counts)
        for t in y.indices where days[t].status == .judged { (counts[t], expected[t], shapes[t]) = (y[t], days[t].expected, days[t].shape) }
    }
}

/// Counts: the negative-binomial rolling baseline, the count CUSUM and PELT.
enum CountScan {
    static func scan(_ counts: [Double], settings: ScanSettings) throws -> SeriesScanResult {
        let baseline = try RollingCountBaseline(threshold: settings.threshold)
        let days = try baselineDays(counts, baseline, settings)
        let n = counts.count, from = settings.judgedFrom
        var judged = 0, lowVolume = 0
        var flags = [AnomalyDirection?](repeating: nil, count: n)
        for t in from..<n {
            switch days[t].status {
            case .judged: judged += 1
            case .lowVolume: lowVolume += 1
            default: break
            }
            guard days[t].flagged, let d = days[t].direction else { continue }
            let direction: AnomalyDirection = d == .drop ? .down : .up
            if settings.direction.allows(direction) { flags[t] = direction }
        }
        var events: [SeriesEvent] = []
        for run in SeriesScan.runs(flags: flags, breaks: { days[$0].status == .judged }) {
            events.append(event(run.first, run.last, run.direction, counts, days))
        }
        var moderateFall = false
        if settings.direction.allows(.down) {
            let judged = JudgedDays(counts, days)
            events = merged(events + sustainedDrops(judged, days, settings, covered: events), days)
            events = absorbing(lowRuns(counts, days, settings), into: events, counts, days, settings)
            moderateFall = moderateDrop(judged, settings)
        }
        events = levelShifts(counts, settings, events, moderateDrop: moderateFall)
        return SeriesScanResult(events: events, judgedDays: judged, lowVolumeDays: lowVolume)
    }

    /// The baseline's days, with the outage days of every flagged run of low days kept out of the
    /// baselines after the run, as a flagged day is kept out of those after it: an outage that only
    /// its run shows would otherwise stay in eight weeks of history, inflate κ̂ and pull μ down, and
    /// the same series' next outage would read as noise.
    ///
    /// A run is one of ``lowRuns(_:_:_:)``'s, the history before the judged range included. Of its
    /// days only those whose own lower tail is below ``outageDayTail`` leave the history: the
    /// outage's days, not the ordinary low days around them. They leave from the day after the run,
    /// so the run itself is judged as the run test judged it: keeping a run's first days out of its
    /// own later days' baselines would raise its score with its own evidence (on data with nothing
    /// planted that turned three minor false drops into major ones). Keeping days out can raise the
    /// baselines after them and reveal a later run, so the scan is repeated until no day is new (at
    /// most ``baselinePasses`` scans; a series without a run is scanned once).
    static func baselineDays(_ counts: [Double], _ baseline: RollingCountBaseline, _ settings: ScanSettings) throws -> [CountDayAssessment] {
        var days = try baseline.scan(counts, schedule: settings.schedule)
        var everywhere = settings
        everywhere.judgedFrom = 0
        var keptOut: [Int: Int] = [:]
        for _ in 1..<baselinePasses {
            var found = keptOut
            for run in lowRuns(counts, days, everywhere) {
                for t in run.first...run.last where settings.schedule.isWorking(t) && !counts[t].isNaN && isOutageDay(counts[t], days[t]) {
                    found[t] = min(found[t] ?? .max, run.last + 1)
                }
            }
            guard found != keptOut else { break }
            keptOut = found
            days = try baseline.scan(counts, schedule: settings.schedule, keptOut: keptOut)
        }
        return days
    }

    /// Whether a day of a run is improbable on its own: its lower tail under the baseline's
    /// predictive NB below ``outageDayTail``.
    static func isOutageDay(_ y: Double, _ day: CountDayAssessment) -> Bool {
        guard day.expected.isFinite, y < day.expected else { return false }
        if day.tail.isFinite { return day.tail < outageDayTail }
        guard let model = try? NegativeBinomialDistribution(mean: day.expected, shape: day.shape) else { return false }
        return model.lowerTail(y) < outageDayTail
    }

    /// The most scans ``baselineDays(_:_:_:)`` makes of one series.
    static let baselinePasses = 4
    /// A run's day leaves later baselines when its own lower tail is below this (0.01, the level at
    /// which ``dated(_:_:_:_:)`` counts a day as an outage's): 2 or fewer where 11 are expected at
    /// θ = 30 (1 or fewer at θ = 10), 75 or fewer where 130 are expected at θ = 30 (50 at θ = 10).
    static let outageDayTail = 0.01

    /// One run of flagged days as an event: the sums over its flagged days, the evidence as the
    /// product of their tail probabilities.
    static func event(_ first: Int, _ last: Int, _ direction: AnomalyDirection, _ counts: [Double], _ days: [CountDayAssessment]) -> SeriesEvent {
        var observed = 0.0, expected = 0.0, variance = 0.0, score = 0.0, minP = 1.0, working = 0
        for t in first...last where days[t].flagged {
            let a = days[t]
            observed += counts[t]
            expected += a.expected
            variance += a.expected + (a.shape.isInfinite ? 0 : a.expected * a.expected / a.shape)
            score += a.score
            minP = min(minP, a.tail)
            working += 1
        }
        let (low, high) = SeriesScan.interval(mean: expected, variance: variance)
        return SeriesEvent(kind: direction == .down ? .drop : .spike, direction: direction, method: .negativeBinomial, first: first, last: last,
                           observed: observed, expected: expected, low: low, high: high, score: score, pValue: minP, workingDays: working,
                           fall: .count(observed, expected: expected, shape: summedShape(expected: expected, extraVariance: variance - expected), days: working),
                           extraVariance: variance - expected)
    }

    /// Drops that no single day shows but that last: a count CUSUM (δ = ½; h = ln 1000, an in-control
    /// run length of at least 1,000 judged days by Lorden's bound, about 4,500 measured at 30 a day,
    /// i.e. about 0.2 false alarms per 1,000 series-days under known parameters; with estimated ones the
    /// whole scan measured 0.43 per 1,000 commune-days on a null dataset) on the judged days; each
    /// alarm is dated by ``dated(_:_:_:_:)``. A 3-day outage at 30 a day alarms on its third day even
    /// where no single zero is below the daily threshold.
    static func sustainedDrops(_ judged: JudgedDays, _ days: [CountDayAssessment], _ settings: ScanSettings, covered: [SeriesEvent]) -> [SeriesEvent] {
        let (counts, mu, theta) = (judged.counts, judged.expected, judged.shapes)
        guard let cusum = try? CountCUSUM(relativeDrop: 0.5, inControlRunLength: 1000),
              let path = try? cusum.run(counts: counts, expected: mu, shapes: theta) else { return [] }
        var events: [SeriesEvent] = []
        for alarm in path.alarms where alarm.alarm >= settings.judgedFrom {
            let (first, last) = dated(alarm, path, days, settings.judgedFrom)
            if covered.contains(where: { $0.direction == .down && $0.first <= last && $0.last >= first }) { continue }
            var observed = 0.0, expected = 0.0, variance = 0.0, working = 0, dayScores = 0.0, minP = 1.0
            for t in first...last where days[t].status == .judged {
                observed += counts[t]
                expected += mu[t]
                variance += mu[t] + (theta[t].isInfinite ? 0 : mu[t] * mu[t] / theta[t])
                working += 1
                if days[t].direction == .drop, days[t].tail < 0.01 { dayScores += days[t].score; minP = min(minP, days[t].tail) }
            }
            guard working > 0, observed < expected else { continue }
            let (low, high) = SeriesScan.interval(mean: expected, variance: variance)
            // The evidence: the days' own tails where they are small, else the CUSUM's threshold, a
            // log-likelihood ratio of ln 1000: 3 in base 10.
            events.append(SeriesEvent(kind: .drop, direction: .down, method: .negativeBinomial, first: first, last: last,
                                      observed: observed, expected: expected, low: low, high: high,
                                      score: max(3, dayScores), pValue: minP < 1 ? minP : nil, workingDays: working,
                                      fall: .count(observed, expected: expected, shape: summedShape(expected: expected, extraVariance: variance - expected), days: working),
                                      extraVariance: variance - expected))
        }
        return events
    }

    /// Runs of low days that no single day shows, at small volume above all: the sum of 2 to
    /// ``runLengths`` consecutive working days (judged or below the baseline's minimum volume, every
    /// day below its expectation) against the sum of their expectations, under the negative binomial
    /// of the sum (``summedShape(expected:extraVariance:)``: the days independent given the baseline).
    /// A commune expecting 9 a day cannot speak in one day (a zero has p ≈ 10⁻⁴ even under Poisson
    /// noise), but 1, 1, 0, 0 against 37 expected in all has p ≈ 10⁻¹³: the evidence is the run's.
    ///
    /// Each working day ends up to four windows (lengths 2…5), so a window is flagged below the
    /// threshold's p divided by 4 (Bonferroni), keeping the scan's promise of false flags per series-day;
    /// the score is −log₁₀ of 4·p. A window needs at least ``minimumRunExpected`` expected in all.
    /// A window counts only when its first and its last day add to the evidence (its tail is below
    /// the window's without either), so ordinary days around an outage do not stretch it. Flagged windows
    /// that overlap or touch make one event.
    static func lowRuns(_ counts: [Double], _ days: [CountDayAssessment], _ settings: ScanSettings) -> [SeriesEvent] {
        let tests = Double(runLengths - 1), pFlag = settings.threshold.pValue / tests
        var run: [Int] = []  // the current run of low working days, oldest first
        var windows: [(first: Int, last: Int, tail: Double)] = []
        for t in counts.indices where settings.schedule.isWorking(t) {
            let a = days[t], y = counts[t]
            guard a.status == .judged || a.status == .lowVolume, !y.isNaN, a.expected.isFinite, y < a.expected else { run = []; continue }
            run.append(t)
            if run.count > runLengths { run.removeFirst() }
            guard t >= settings.judgedFrom, run.count >= 2 else { continue }
            var observed = 0.0, expected = 0.0, extra = 0.0, best: (first: Int, tail: Double)?
            var shorter = 1.0  // the tail of the window one day shorter (without its first day)
            for (k, i) in run.reversed().enumerated() {
                observed += counts[i]
                expected += days[i].expected
                extra += days[i].shape.isInfinite ? 0 : days[i].expected * days[i].expected / days[i].shape
                let previous = shorter
                // Exact where it can matter; a window less than one standard deviation low is far from any threshold.
                shorter = expected - observed <= (expected + extra).squareRoot() ? 0.5
                    : (try? NegativeBinomialDistribution(mean: expected, shape: summedShape(expected: expected, extraVariance: extra)))?.lowerTail(observed) ?? 1
                // Its first day must add to the evidence too: an ordinary day before an outage does not stretch it.
                guard k >= 1, shorter < previous, expected >= minimumRunExpected, i >= settings.judgedFrom else { continue }
                let tail = shorter
                guard tail < pFlag, tail < best?.tail ?? .infinity else { continue }
                // Without its last day (t) the window must say less.
                let a = days[t], lastExtra = a.shape.isInfinite ? 0 : a.expected * a.expected / a.shape
                let without = try? NegativeBinomialDistribution(mean: expected - a.expected, shape: k == 1 ? days[i].shape
                                                                : summedShape(expected: expected - a.expected, extraVariance: extra - lastExtra))
                if let without, without.lowerTail(observed - counts[t]) <= tail { continue }
                best = (i, tail)
            }
            if let best { windows.append((best.first, t, best.tail)) }
        }
        var events: [SeriesEvent] = []
        var open: (first: Int, last: Int, tail: Double)?
        func close() {
            guard let o = open else { return }
            events.append(span(o.first, o.last, counts, days, settings, score: -log10(max(1e-300, min(1, tests * o.tail))), pValue: o.tail))
        }
        for w in windows {
            if let o = open, w.first <= o.last + 1 || !(o.last + 1..<w.first).contains(where: { settings.schedule.isWorking($0) }) {
                open = (o.first, max(o.last, w.last), min(o.tail, w.tail))
            } else {
                close()
                open = w
            }
        }
        close()
        return events
    }

    /// A drop over every working day with a count from `first` to `last`, with the evidence given.
    static func span(_ first: Int, _ last: Int, _ counts: [Double], _ days: [CountDayAssessment], _ settings: ScanSettings,
                     score: Double, pValue: Double?) -> SeriesEvent {
        var observed = 0.0, expected = 0.0, extra = 0.0, working = 0
        for t in first...last where settings.schedule.isWorking(t) && !counts[t].isNaN && days[t].expected.isFinite {
            observed += counts[t]
            expected += days[t].expected
            extra += days[t].shape.isInfinite ? 0 : days[t].expected * days[t].expected / days[t].shape
            working += 1
        }
        let (low, high) = SeriesScan.interval(mean: expected, variance: expected + extra)
        return SeriesEvent(kind: .drop, direction: .down, method: .negativeBinomial, first: first, last: last,
                           observed: observed, expected: expected, low: low, high: high, score: score, pValue: pValue, workingDays: working,
                           fall: .count(observed, expected: expected, shape: summedShape(expected: expected, extraVariance: extra), days: working),
                           extraVariance: extra)
    }

    /// Runs of low days among the other drops: a run overlapping none is a drop of its own; one
    /// overlapping drops with weaker evidence replaces them by their union, scored by the run (the
    /// same days' evidence is never added twice); one with weaker evidence is left to them.
    static func absorbing(_ runs: [SeriesEvent], into events: [SeriesEvent], _ counts: [Double], _ days: [CountDayAssessment],
                          _ settings: ScanSettings) -> [SeriesEvent] {
        var out = events
        for r in runs {
            let overlapping = out.indices.filter { out[$0].direction == .down && out[$0].kind == .drop && out[$0].first <= r.last && out[$0].last >= r.first }
            if overlapping.isEmpty { out.append(r); continue }
            guard r.score > overlapping.map({ out[$0].score }).max() ?? 0 else { continue }
            let first = min(r.first, overlapping.map { out[$0].first }.min() ?? r.first)
            let last = max(r.last, overlapping.map { out[$0].last }.max() ?? r.last)
            let pValue = ([r.pValue] + overlapping.map { out[$0].pValue }).compactMap { $0 }.min()
            for i in overlapping.reversed() { out.remove(at: i) }
            out.append(span(first, last, counts, days, settings, score: r.score, pValue: pValue))
        }
        return out.sorted { $0.first < $1.first }
    }

    /// The longest run of low days ``lowRuns(_:_:_:)`` sums.
    static let runLengths = 5
    /// The least a run of low days must have expected in all to be judged (the baseline's minimum for one day).
    static let minimumRunExpected = 10.0

    /// When the drop began: the days of the excursion whose own tails are small (below 0.01) where
    /// there are any (an outage's zeros), else the day after the statistic's last minimum before
    /// the alarm (the maximum-likelihood change point of a CUSUM; Page 1954).
    static func dated(_ alarm: CUSUMAlarm, _ path: CUSUMPath, _ days: [CountDayAssessment], _ judgedFrom: Int) -> (Int, Int) {
        let span = max(alarm.start, judgedFrom)...alarm.alarm
        let extreme = span.filter { days[$0].direction == .drop && days[$0].tail < 0.01 }
        if let first = extreme.first, let last = extreme.last { return (first, max(last, first)) }
        var lowest = Double.infinity, start = span.lowerBound
        for t in span where !path.statistic[t].isNaN && t < alarm.alarm {
            if path.statistic[t] <= lowest { lowest = path.statistic[t]; start = t + 1 }
        }
        return (min(start, alarm.alarm), alarm.alarm)
    }

    /// Drop events of one series that touch or follow each other with no ordinary judged day between
    /// are one event (a daily run and the CUSUM alarm that continues it, say).
    static func merged(_ events: [SeriesEvent], _ days: [CountDayAssessment]) -> [SeriesEvent] {
        var out: [SeriesEvent] = []
        for e in events.sorted(by: { $0.first < $1.first }) {
            if var last = out.last, last.direction == e.direction, last.kind == e.kind,
               e.first <= last.last + 1 || !(last.last + 1..<e.first).contains(where: { days[$0].status == .judged && !days[$0].flagged }) {
                if e.last > last.last {
                    // Add only the days the later event adds.
                    last.observed += e.observed; last.expected += e.expected
                    last.score += e.score; last.workingDays += e.workingDays
                    last.last = e.last
                    last.pValue = [last.pValue, e.pValue].compactMap { $0 }.min()
                    (last.low, last.high) = (nil, nil)
                    last.extraVariance += e.extraVariance
                    last.fall = .count(last.observed, expected: last.expected,
                                       shape: summedShape(expected: last.expected, extraVariance: last.extraVariance), days: last.workingDays)
                }
                out[out.count - 1] = last
            } else {
                out.append(e)
            }
        }
        return out
    }

    /// Whether a CUSUM tuned to a quarter's drop (δ = ¼, h = ln 1000) alarms in the judged range: a
    /// lasting moderate fall that no day shows alone. It only sends the series to PELT; PELT decides.
    static func moderateDrop(_ judged: JudgedDays, _ settings: ScanSettings) -> Bool {
        guard let cusum = try? CountCUSUM(relativeDrop: 0.25, inControlRunLength: 1000),
              let path = try? cusum.run(counts: judged.counts, expected: judged.expected, shapes: judged.shapes) else { return false }
        return path.alarms.contains { $0.alarm >= settings.judgedFrom }
    }

    /// A level shift: when daily flags pile up in one direction, PELT (Poisson cost on the working
    /// days, penalty scaled by the series' overdispersion) looks for a lasting change of level; one
    /// found in the judged range replaces the daily events after it.
    static func levelShifts(_ counts: [Double], _ settings: ScanSettings, _ events: [SeriesEvent], moderateDrop: Bool) -> [SeriesEvent] {
        for direction in [AnomalyDirection.down, .up] {
            let flagged = events.filter { $0.direction == direction }.reduce(0) { $0 + $1.workingDays }
            guard flagged >= settings.minimumShiftDays || (direction == .down && moderateDrop) else { continue }
            var working = counts
            for t in working.indices where !settings.schedule.isWorking(t) { working[t] = .nan }
            // Without the days of short events: three zeros of an outage do not make a level shift,
            // a lasting fall does.
            var outside = working
            for e in events where e.kind != .levelShift && e.workingDays < settings.minimumShiftDays {
                for t in e.first...e.last { outside[t] = .nan }
            }
            guard let cost = try? PoissonCost(counts: outside), cost.observationCount > 2 * settings.minimumShiftDays else { continue }
            let observed = outside.filter { !$0.isNaN }
            let dispersion = PELTPenalty.poissonDispersion(observed)
            let penalty = PELTPenalty.counts(observationCount: observed.count, multiplier: 3, dispersion: dispersion)
            guard let pelt = try? PELT(minSize: settings.minimumShiftDays), let segmentation = try? pelt.segment(cost, penalty: penalty) else { continue }
            var start = 0
            for end in segmentation.breakpoints {
                defer { start = end }
                guard start >= settings.judgedFrom, start > 0 else { continue }
                let before = mean(outside, max(0, start - 28)..<start), after = mean(outside, start..<end)
                let days = working[start..<end].filter { !$0.isNaN }.count
                guard before > 0, after.isFinite, days >= 2 * settings.minimumShiftDays,
                      outside[start..<end].filter({ !$0.isNaN }).count >= settings.minimumShiftDays else { continue }
                let change = after / before - 1
                guard direction == .down ? change <= -settings.minimumShift : change >= settings.minimumShift else { continue }
                // The test: the new level's working days against the 28 days before, a quasi-Poisson rate
                // ratio with PELT's dispersion (explain's test of a volume between two periods).
                let beforeDays = outside[max(0, start - 28)..<start].filter { !$0.isNaN }.count
                let afterDays = outside[start..<end].filter { !$0.isNaN }.count
                let fall = try? FallTest.volume(count: after * Double(afterDays), days: afterDays, baselineCount: before * Double(beforeDays),
                                                baselineDays: beforeDays, dispersion: max(1, dispersion))
                let shift = SeriesEvent(kind: .levelShift, direction: direction, method: .negativeBinomial, first: start, last: end - 1,
                                        observed: after, expected: before, low: nil, high: nil,
                                        score: min(99, -log10(max(1e-99, shiftP(before: before, after: after, days: days, dispersion: dispersion)))),
                                        pValue: nil, workingDays: days, fall: fall)
                // A new level its own test does not call a fall (or a rise) is not reported as one.
                guard shift.agreesWithItsTest else { continue }
                var kept = events.filter { !($0.direction == direction && $0.first >= start && $0.first <= end - 1) }
                kept.append(shift)
                return kept.sorted { $0.first < $1.first }
            }
        }
        return events
    }

    static func mean(_ values: [Double], _ range: Range<Int>) -> Double {
        var sum = 0.0, n = 0
        for t in range where !values[t].isNaN { sum += values[t]; n += 1 }
        return n > 0 ? sum / Double(n) : .nan
    }

    /// How surprising the new level is as a whole under the old one: a normal approximation to the
    /// overdispersed (φ) Poisson sum; a score only, the segmentation itself is PELT's.
    static func shiftP(before: Double, after: Double, days: Int, dispersion: Double) -> Double {
        let expected = before * Double(days), observed = after * Double(days)
        let z = abs(observed - expected) / (max(expected, 1) * max(dispersion, 1)).squareRoot()
        return erfc(z / 2.0.squareRoot()) / 2
    }
}
