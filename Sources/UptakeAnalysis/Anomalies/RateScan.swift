import Foundation
import UptakeCore

/// Rates: a day's share (online submissions of those received, say) against the unit's own recent
/// baseline, under a beta-binomial that allows the share to vary from day to day. A collapse of the
/// share while applications still arrive is the signature of a broken portal or one-stop system.
enum RateScan {
    /// Working days of history behind each judged day.
    static let window = 28
    /// Fewest usable history days before a day is judged.
    static let minimumHistory = 10

    static func scan(successes x: [Double], trials n: [Double], settings: ScanSettings) throws -> SeriesScanResult {
        let count = x.count
        var flags = [AnomalyDirection?](repeating: nil, count: count)
        var expected = [Double](repeating: .nan, count: count)
        var pValues = [Double](repeating: .nan, count: count)
        var judgedDay = [Bool](repeating: false, count: count)
        // The history each judged day was set against: its successes and trials.
        var history0 = [(x: Double, n: Double)](repeating: (0, 0), count: count)
        var judged = 0, lowVolume = 0
        var history: [Int] = []  // usable working days so far, oldest first
        for t in 0..<count where settings.schedule.isWorking(t) {
            guard !n[t].isNaN, !x[t].isNaN else { continue }
            let usable = n[t] >= settings.minimumTrials
            if t >= settings.judgedFrom {
                if !usable { lowVolume += 1 }
                if usable, history.count >= minimumHistory {
                    let recent = history.suffix(window)
                    let baseline = try ShareBaseline.fit(successes: recent.map { x[$0] }, trials: recent.map { n[$0] })
                    judged += 1
                    judgedDay[t] = true
                    expected[t] = baseline.share
                    history0[t] = (recent.reduce(0) { $0 + x[$1] }, recent.reduce(0) { $0 + n[$1] })
                    if settings.direction.allows(.down), let c = try baseline.collapse(successes: Int64(x[t]), trials: Int64(n[t])),
                       c.pValue < settings.threshold.pValue {
                        flags[t] = .down
                        pValues[t] = c.pValue
                    } else if settings.direction.allows(.up) {
                        // The upper tail is the lower tail of the failures' share.
                        let mirrored = try ShareBaseline.fit(successes: recent.map { n[$0] - x[$0] }, trials: recent.map { n[$0] })
                        if let c = try mirrored.collapse(successes: Int64(n[t] - x[t]), trials: Int64(n[t])), c.pValue < settings.threshold.pValue {
                            flags[t] = .up
                            pValues[t] = c.pValue
                        }
                    }
                }
            }
            // A flagged day stays out of later baselines, so a broken week does not become normal.
            if usable, flags[t] == nil { history.append(t) }
        }
        var events: [SeriesEvent] = []
        for run in SeriesScan.runs(flags: flags, breaks: { judgedDay[$0] }) {
            var xs = 0.0, ns = 0.0, expectedSuccesses = 0.0, score = 0.0, minP = 1.0, days = 0
            for t in run.first...run.last where flags[t] != nil {
                xs += x[t]; ns += n[t]; expectedSuccesses += expected[t] * n[t]
                score += -log10(max(pValues[t], 1e-300))
                minP = min(minP, pValues[t])
                days += 1
            }
            // The fall test: the run's share against its first day's history (two proportions, Newcomb).
            let h = history0[(run.first...run.last).first { flags[$0] != nil } ?? run.first]
            let fall = try? FallTest.rate(Int64(xs), of: Int64(ns), versus: Int64(h.x), of: Int64(h.n))
            events.append(SeriesEvent(kind: run.direction == .down ? .rateDrop : .rateRise, direction: run.direction, method: .negativeBinomial,
                                      first: run.first, last: run.last, observed: xs / ns, expected: expectedSuccesses / ns,
                                      low: nil, high: nil, score: score, pValue: minP, workingDays: days, fall: fall))
        }
        return SeriesScanResult(events: events, judgedDays: judged, lowVolumeDays: lowVolume)
    }
}

/// The peers' methods, on the working days only (days off are not anomalies): each flags days, and
/// runs of flagged days become events like the default method's.
enum PeerScan {
    static let zThreshold = 3.5

    static func scan(_ counts: [Double], settings: ScanSettings) throws -> SeriesScanResult {
        let workingIndex = counts.indices.filter { settings.schedule.isWorking($0) }
        let series = workingIndex.map { counts[$0] }
        var up = [Bool](repeating: false, count: series.count), down = up
        var judgedDays = 0
        switch settings.method {
        case .earsC1, .earsC2, .earsC3:
            let method: EARSMethod = settings.method == .earsC1 ? .c1 : settings.method == .earsC2 ? .c2 : .c3
            let ears = try EARS(method: method, minimumSigma: 1)
            up = try ears.evaluate(series).alarm
            down = try ears.evaluate(series.map { -$0 }).alarm  // EARS looks for rises: a drop is a rise of −y
        case .robustZ, .stlResidualZ:
            let z = settings.method == .robustZ ? try RollingRobustZScore().scores(series) : try STLResidualZScore().scores(series)
            up = z.map { $0 > zThreshold }
            down = z.map { $0 < -zThreshold }
        case .seasonalHybridESD:
            if series.count >= 14 {
                // The side of each anomaly: below or above the series' median (computed once).
                let median = series.sorted()[series.count / 2]
                for i in try SeasonalHybridESD(alternative: .twoSided).detect(series).anomalies {
                    if series[i] < median { down[i] = true } else { up[i] = true }
                }
            }
        case .negativeBinomial:
            preconditionFailure("the default method is CountScan's")
        }
        var flags = [AnomalyDirection?](repeating: nil, count: counts.count)
        for (k, t) in workingIndex.enumerated() where t >= settings.judgedFrom {
            judgedDays += 1
            if down[k], settings.direction.allows(.down) { flags[t] = .down } else if up[k], settings.direction.allows(.up) { flags[t] = .up }
        }
        let events = SeriesScan.runs(flags: flags, breaks: { settings.schedule.isWorking($0) }).map { run -> SeriesEvent in
            let days = (run.first...run.last).filter { flags[$0] != nil }
            let observed = days.reduce(0) { $0 + counts[$1] }
            // The peers' baseline: the mean of the 28 working days before the run.
            let before = workingIndex.filter { $0 < run.first }.suffix(28).map { counts[$0] }.filter { !$0.isNaN }
            let level = before.isEmpty ? Double.nan : before.reduce(0, +) / Double(before.count)
            return SeriesEvent(kind: run.direction == .down ? .drop : .spike, direction: run.direction, method: settings.method,
                               first: run.first, last: run.last, observed: observed, expected: level * Double(days.count),
                               low: nil, high: nil, score: Double(days.count), pValue: nil, workingDays: days.count)
        }
        return SeriesScanResult(events: events, judgedDays: judgedDays, lowVolumeDays: 0)
    }
}
