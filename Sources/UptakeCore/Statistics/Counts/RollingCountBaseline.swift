import Foundation

/// What the rolling baseline concluded about one day.
public enum CountDayStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Weekend, holiday, compensatory or bridge day: never judged, never in a baseline.
    case notWorking = "not_working"
    /// A worked day without a count.
    case missing
    /// Fewer than ``RollingCountBaseline/minimumHistory`` usable days in the window.
    case warmUp = "warm_up"
    /// Expected count below ``RollingCountBaseline/minimumExpected``: judge this series at the parent level.
    case lowVolume = "low_volume"
    case judged
}

/// Which way an observed count departs from its expectation.
public enum CountDirection: String, Sendable, Hashable, Codable {
    case drop, spike
}

/// One day of a rolling-baseline scan.
public struct CountDayAssessment: Sendable, Hashable {
    public var status: CountDayStatus
    /// μ: the expected count. NaN on non-working days and during warm-up.
    public var expected: Double
    /// θ of the predictive NB distribution (sampling noise of μ̂ included); `.infinity` is Poisson.
    /// NaN where `expected` is.
    public var shape: Double
    /// The tail probability in the direction of the departure: P(Y ≤ y) for a drop, P(Y ≥ y) for a
    /// spike. NaN when the day is not judged, or when the tail is certainly above
    /// ``RollingCountBaseline/historyExclusion`` and the threshold (an ordinary day; see
    /// ``RollingCountBaseline/computesEveryTail``).
    public var tail: Double
    public var direction: CountDirection?
    /// Whether `tail` is below the threshold's p-value: the day is anomalous and was kept out of
    /// later baselines.
    public var flagged: Bool

    /// −log₁₀(`tail`), from the log tail so that it stays finite where `tail` underflows; NaN where
    /// `tail` is.
    public var score: Double

    static let notWorking = CountDayAssessment(status: .notWorking, expected: .nan, shape: .nan, tail: .nan, direction: nil, flagged: false, score: .nan)
}

/// Expected daily counts from each day's trailing history, for scanning many series fast.
///
/// For day t the history is the worked days in the previous ``windowDays`` calendar days with a
/// count, not flagged themselves (so an outage does not pull its own baseline down). With Sₘ, Qₘ, nₘ
/// the sum, sum of squares and number of history days on weekday m, N = Σnₘ and ȳ = ΣSₘ/N:
///
/// - μ_t = (S_w + c·ȳ) / (n_w + c) for t's weekday w: the weekday's mean shrunk towards the overall
///   mean with `c` = ``weekdayPrior`` pseudo-days (a worked Saturday, with no history of its own,
///   gets ȳ);
/// - κ = 1/θ by moments within weekdays: κ̂ = max(0, (Σ(Qₘ − Sₘ²/nₘ) − Σ(nₘ−1)ȳₘ) / Σ(nₘ−1)ȳₘ²), since
///   E(yᵢ − ȳₘ)² sums to (nₘ−1)(μₘ + κμₘ²);
/// - the predictive distribution is NB(μ_t, θ_t) with 1/θ_t = κ̂(1 + 1/n) + 1/(μ_t n), n = n_w + c: the
///   variance μ + κμ² of a day plus the variance of μ̂ (moment matching, hand-written: no library
///   here offers a predictive count baseline);
/// - drops are judged by P(Y ≤ y) under NB(μ_t, θ_t); spikes by P(Y ≥ y) with κ one standard error
///   higher, SE(κ̂) ≈ √(2/df)·(κ̂ + 1/ȳ), df = Σ(nₘ − 1) (the variance of a sample variance, 2σ⁴/df, in
///   units of μ²): a κ̂ from eight weeks is often too small, and the right tail is the one this thins.
///
/// Measured false flags with the defaults at p < 10⁻⁴ (nominal 0.1 per 1,000 judged days per direction)
/// on null NB(θ = 5) series with the simulator's weekday pattern, 39,200 judged days per level:
/// at ~30/day drops 0.15 and spikes 0.28 per 1,000 judged days; at ~300/day 0.28 and 0.36; at
/// ~3,000/day 0.64 and 0.54. The excess grows with μ because κ̂'s sampling error then dominates the
/// predictive variance. Raising κ by one SE for drops too would bring drops near nominal but cost the
/// power that matters most: a zero day at μ ≈ 30 would no longer reach p < 10⁻³. Without the spike
/// correction, spikes ran at 1.1 per 1,000 at ~30/day. At ~30/day a window of 84 or 112 days brings
/// drops to 0.05 and spikes to 0.2–0.4.
///
/// There is no trend term: over eight weeks a slow trend or the simulator's month factors (±5%) move
/// μ by less than its own sampling error; ``NegativeBinomialRegression`` fits one over longer windows.
///
/// Running sums make each day O(7). A day is judged only after ``minimumHistory`` history days and
/// when μ_t ≥ ``minimumExpected``; under NB θ = 5 a single zero day reaches p < 10⁻⁴ only from
/// μ ≈ 27 (Poisson: μ ≈ 9.2), so below 10 a series cannot speak for itself and is left to its parent.
/// Warm-up: with the defaults, 20 usable worked days, about four calendar weeks.
/// Days in the warm-up or of low volume still enter later baselines; flagged days (days with a
/// tail below ``historyExclusion``, and the caller's `keptOut`) never do, so a
/// lasting level shift empties the window after ``windowDays`` and the baseline restarts on the new
/// level (sustained drops are ``CountCUSUM``'s job).
public struct RollingCountBaseline: Sendable, Hashable {
    /// Calendar days of history (56: eight weeks).
    public let windowDays: Int
    /// Usable history days needed before judging (20).
    public let minimumHistory: Int
    /// Expected count below which a day is ``CountDayStatus/lowVolume`` (10).
    public let minimumExpected: Double
    /// Pseudo-days pulling each weekday's mean towards the overall mean (2).
    public let weekdayPrior: Double
    public let threshold: DetectionThreshold
    /// Days whose tail falls below this stay out of later baselines even when not flagged (10⁻³), so
    /// that an outage's first day, p ≈ 3·10⁻⁴ at μ = 30 and θ = 5, does not inflate the spread that
    /// judges its second. It trims 0.2% of ordinary days, too few to bias θ̂.
    public let historyExclusion: Double
    /// Standard errors of κ̂ added to κ when judging drops (0) and spikes (1). 1 for drops too brings
    /// their false flags to 0.13, 0.18 and 0.05 per 1,000 judged days at ~30, ~300 and ~3,000/day (and
    /// spikes to 0.20, 0.33, 0.13, through the cleaner history), but a zero day at μ ≈ 30 then stays
    /// above p = 10⁻³.
    public let dropDispersionMargin: Double
    public let spikeDispersionMargin: Double
    /// Whether every judged day gets its exact tail (false). By default a day's tail is left NaN when
    /// it is certainly above both ``historyExclusion`` and the threshold's p: when y lies within one
    /// predictive SD of μ (an NB tail there is above 0.03 for μ ≥ 10, the geometric at y = 0 being the
    /// lowest) or when 32 pmf terms next to y already sum past that bound. Exact tails cost 1–10 µs
    /// each; with the screen a 365-day scan takes 50–70 µs in a release build (0.3–2.5 ms without).
    public let computesEveryTail: Bool

    /// - Throws: ``StatisticsError`` when a parameter is out of range.
    public init(windowDays: Int = 56, minimumHistory: Int = 20, minimumExpected: Double = 10, weekdayPrior: Double = 2,
                threshold: DetectionThreshold = .standard, historyExclusion: Double = 1e-3,
                dropDispersionMargin: Double = 0, spikeDispersionMargin: Double = 1,
                computesEveryTail: Bool = false) throws(StatisticsError) {
        guard windowDays >= 7 else { throw StatisticsError("the baseline window must span at least 7 days (windowDays=\(windowDays))") }
        guard minimumHistory >= 2, minimumHistory <= windowDays else {
            throw StatisticsError("the minimum history must lie between 2 and the window's \(windowDays) days (minimumHistory=\(minimumHistory))")
        }
        guard minimumExpected >= 0, minimumExpected.isFinite else { throw StatisticsError("the minimum expected count must be finite and non-negative (minimumExpected=\(minimumExpected))") }
        guard weekdayPrior >= 0, weekdayPrior.isFinite else { throw StatisticsError("the weekday prior must be finite and non-negative (weekdayPrior=\(weekdayPrior))") }
        self.windowDays = windowDays
        self.minimumHistory = minimumHistory
        self.minimumExpected = minimumExpected
        self.weekdayPrior = weekdayPrior
        self.threshold = threshold
        guard historyExclusion >= 0, historyExclusion < 1 else { throw StatisticsError("historyExclusion must lie in [0, 1) (historyExclusion=\(historyExclusion))") }
        self.computesEveryTail = computesEveryTail
        self.historyExclusion = historyExclusion
        guard dropDispersionMargin >= 0, spikeDispersionMargin >= 0, dropDispersionMargin.isFinite, spikeDispersionMargin.isFinite else {
            throw StatisticsError("dispersion margins must be finite and non-negative (drops \(dropDispersionMargin), spikes \(spikeDispersionMargin))")
        }
        self.dropDispersionMargin = dropDispersionMargin
        self.spikeDispersionMargin = spikeDispersionMargin
    }

    /// The default baseline (eight weeks, 20 days of warm-up, μ ≥ 10, p < 10⁻⁴).
    public static let standard: RollingCountBaseline = {
        do { return try RollingCountBaseline() } catch { preconditionFailure("the default parameters are valid: \(error)") }
    }()

    /// Scans a series day by day. `counts[i]` is day i's count, NaN when missing.
    ///
    /// `keptOut` maps days the caller found anomalous by a test of its own (a run of low days judged
    /// by its sum, say) to the first day whose baseline must not hold them: day d stays in the
    /// baselines of the days before `keptOut[d]` (the rest of its run, judged as the test judged
    /// them) and leaves every later one, as a flagged day does. An outage that only its run shows
    /// would otherwise stay in the history for eight weeks, inflating κ̂ and pulling μ down, so that
    /// the same commune's next outage looks like noise.
    /// - Throws: ``StatisticsError`` when lengths differ, a count is negative or infinite, or a day
    ///   is kept out from a day not after it.
    public func scan(_ counts: [Double], schedule: WorkingDaySchedule, keptOut: [Int: Int] = [:]) throws(StatisticsError) -> [CountDayAssessment] {
        var result: [CountDayAssessment] = []
        try scan(counts, schedule: schedule, keptOut: keptOut, into: &result)
        return result
    }

    /// ``scan(_:schedule:keptOut:)`` into a caller's buffer, reused across series (its capacity is kept).
    public func scan(_ counts: [Double], schedule: WorkingDaySchedule, keptOut: [Int: Int] = [:],
                     into result: inout [CountDayAssessment]) throws(StatisticsError) {
        if let bad = keptOut.first(where: { $0.value <= $0.key }) {
            throw StatisticsError("a day leaves the baselines after it, not before (day \(bad.key) kept out from day \(bad.value))")
        }
        guard counts.count == schedule.count else {
            throw StatisticsError("counts and schedule differ in length (\(counts.count) and \(schedule.count))")
        }
        if let bad = counts.firstIndex(where: { !$0.isNaN && !($0 >= 0 && $0.isFinite) }) {
            throw StatisticsError("daily counts must be non-negative and finite, or NaN when missing (day \(bad): \(counts[bad]))")
        }
        result.removeAll(keepingCapacity: true)
        result.reserveCapacity(counts.count)
        let capacity = windowDays
        withUnsafeTemporaryAllocation(of: Int.self, capacity: capacity) { dayRing in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: capacity) { valueRing in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { binRing in
                    run(counts, schedule.weekdays, Dictionary(grouping: keptOut.keys, by: { keptOut[$0]! }), dayRing, valueRing, binRing, &result)
                }
            }
        }
    }

    private func run(_ counts: [Double], _ weekdays: [UInt8], _ leaving: [Int: [Int]], _ dayRing: UnsafeMutableBufferPointer<Int>,
                     _ valueRing: UnsafeMutableBufferPointer<Double>, _ binRing: UnsafeMutableBufferPointer<UInt8>,
                     _ result: inout [CountDayAssessment]) {
        // Per weekday bin 1...7 (index 0 unused): sum, sum of squares, count. Counts are whole numbers,
        // so adding and removing them is exact while the sums stay below 2⁵³.
        var head = 0, size = 0
        let capacity = dayRing.count, c = weekdayPrior, pThreshold = threshold.pValue, pExclude = Swift.max(historyExclusion, pThreshold)
        // The one-SD screen is safe only while the bound is below the lowest tail there (~0.03).
        let screen = !computesEveryTail && pExclude < 0.01
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 24) { bins in
            bins.initialize(repeating: 0)
            let sb = UnsafeMutableBufferPointer(rebasing: bins[0..<8])
            let qb = UnsafeMutableBufferPointer(rebasing: bins[8..<16])
            let nb = UnsafeMutableBufferPointer(rebasing: bins[16..<24])
            for t in 0..<counts.count {
                while size > 0 && dayRing[head] < t - windowDays {
                    let b = Int(binRing[head]), v = valueRing[head]
                    if b != 0 { sb[b] -= v; qb[b] -= v * v; nb[b] -= 1 }  // bin 0: kept out already
                    head = (head + 1) % capacity; size -= 1
                }
                // The caller's kept-out days leave the history from today: their sums go, their slots
                // stay until they expire (bin 0).
                if let days = leaving[t] {
                    for k in 0..<size {
                        let slot = (head + k) % capacity
                        guard binRing[slot] != 0, days.contains(dayRing[slot]) else { continue }
                        let b = Int(binRing[slot]), v = valueRing[slot]
                        sb[b] -= v; qb[b] -= v * v; nb[b] -= 1
                        binRing[slot] = 0
                    }
                }
                let w = Int(weekdays[t])
                guard w != 0 else { result.append(.notWorking); continue }
                let y = counts[t]
                var day = CountDayAssessment(status: .warmUp, expected: .nan, shape: .nan, tail: .nan, direction: nil, flagged: false, score: .nan)
                var total = 0.0, sum = 0.0, within = 0.0, poissonPart = 0.0, squares = 0.0, freedom = 0.0
                for b in 1...7 where nb[b] > 0 {
                    total += nb[b]; sum += sb[b]
                    if nb[b] >= 2 {
                        let mean = sb[b] / nb[b]
                        within += qb[b] - sb[b] * mean
                        poissonPart += (nb[b] - 1) * mean
                        squares += (nb[b] - 1) * mean * mean
                        freedom += nb[b] - 1
                    }
                }
                if total >= Double(minimumHistory) {
                    let overall = sum / total
                    let weight = nb[w] + c
                    let mu = weight > 0 ? (sb[w] + c * overall) / weight : overall
                    let kappa = squares > 0 ? Swift.max(0, (within - poissonPart) / squares) : 0
                    let effective = weight > 0 && mu > 0 ? kappa * (1 + 1 / weight) + 1 / (mu * weight) : kappa
                    day.expected = mu
                    day.shape = effective > 0 ? 1 / effective : .infinity
                    if y.isNaN {
                        day.status = .missing
                    } else if mu < minimumExpected {
                        day.status = .lowVolume
                    } else {
                        day.status = .judged
                        let sd = (mu + effective * mu * mu).squareRoot()
                        day.direction = y < mu ? .drop : .spike
                        if !screen || Swift.abs(y - mu) > sd {
                            var logTail = Double.nan
                            // The right tail is the one κ̂'s sampling error thins: by default spikes are
                            // judged at κ one standard error higher, SE(κ̂) ≈ √(2/df)·(κ̂ + 1/ȳ).
                            let margin = (y < mu ? dropDispersionMargin : spikeDispersionMargin)
                                * (freedom > 0 && overall > 0 ? (2 / freedom).squareRoot() * (kappa + 1 / overall) : 0)
                            let judging = effective + margin
                            let model = NegativeBinomialDistribution(unchecked: mu, shape: judging > 0 ? 1 / judging : .infinity)
                            if !screen || !model.tailCertainlyExceeds(pExclude, at: y, lower: y < mu, terms: 32) {
                                logTail = y < mu ? model.logLowerTail(y) : model.logUpperTail(y)
                            }
                            day.tail = Foundation.exp(logTail)
                            day.score = -logTail / NegativeBinomialDistribution.ln10
                            day.flagged = day.tail < pThreshold
                        }
                    }
                } else if y.isNaN {
                    day.status = .missing
                }
                result.append(day)
                if !y.isNaN && !(day.tail < pExclude) {
                    if size == capacity {  // day t − windowDays leaves now rather than at t + 1
                        let b = Int(binRing[head]), v = valueRing[head]
                        if b != 0 { sb[b] -= v; qb[b] -= v * v; nb[b] -= 1 }
                        head = (head + 1) % capacity; size -= 1
                    }
                    let slot = (head + size) % capacity
                    dayRing[slot] = t; valueRing[slot] = y; binRing[slot] = UInt8(w)
                    sb[w] += y; qb[w] += y * y; nb[w] += 1
                    size += 1
                }
            }
        }
    }
}
