import UptakeCore

/// The six counts of one generated row.
struct RowCounts: Sendable, Equatable {
    var received = 0, receivedOnline = 0, resolved = 0, resolvedOnline = 0, synced = 0, onTime = 0
}

/// The day-by-day model of one (commune, sector) series.
///
/// received ~ gamma–Poisson(mean × day factor × province shock × effects, shape 5);
/// received_online ~ Binomial(received, logistic(commune + sector + trend + daily noise));
/// applications wait in a backlog that drains with a daily hazard on working days (less on
/// Saturdays, none on Sundays and holidays), so results lag receipts by a few working days;
/// resolved_online, synced and on_time are binomial thinnings of resolved or received.
struct SeriesState: Sendable {
    var rng: SimulationRandom
    var backlog: Int
    let mean: Double
    let onlineLogit: Double
    let resultShare: Double
    let sameDay: Double
    let hazard: Double
    let syncRate: Double
    let onTimeRate: Double
    /// Civil-status series of an unlinked commune: never an online result.
    let resultsBlocked: Bool

    static let dispersionShape = 5.0

    init(seed: UInt64, commune: CommunePlan, profile: SectorProfile) {
        rng = SimulationRandom(seed: seed, key: commune.code, stream: "applications/" + profile.sector.name)
        mean = commune.meanDaily * profile.volumeShare
        onlineLogit = commune.onlineLogit + profile.onlineLogit
        resultShare = min(0.98, commune.resultShare * profile.resultFactor)
        sameDay = profile.sameDay
        hazard = profile.hazard
        syncRate = commune.syncRate
        onTimeRate = commune.onTimeRate
        resultsBlocked = profile.sector == .civilStatus && !commune.readiness.flag(.civilStatusLinked)
        backlog = Int(mean * (1 - sameDay) * (1 - hazard) / hazard)
    }

    /// Advances one day. `volume` is the day's multiplicative factor before effects; `drain` the
    /// share of the hazard that applies (1 on working days); `trend` is added to the online logit.
    @inline(__always)
    mutating func step(day: Int, volume: Double, drain: Double, trend: Double, effects: [Effect]) -> RowCounts {
        var v = volume, d = drain, logit = onlineLogit + trend, sync = syncRate, result = resultShare, onTime = onTimeRate
        if resultsBlocked { result = 0 }
        for e in effects where e.covers(day) {
            switch e.kind {
            case .outage: v *= 0.04; d = 0
            case .volume(let f): v *= f
            case .portal: logit -= 1.3; sync *= 0.7
            case .signatureLapse: result = 0
            case .lateness: onTime *= 0.8
            }
        }
        var c = RowCounts()
        c.received = rng.nextGammaPoisson(mean: mean * v, shape: SeriesState.dispersionShape)
        let p = DeterministicMath.logistic(logit + 0.15 * rng.nextNormal())
        c.receivedOnline = rng.nextBinomial(count: c.received, probability: p)
        c.synced = rng.nextBinomial(count: c.received, probability: sync)
        let same = d > 0 ? rng.nextBinomial(count: c.received, probability: sameDay) : 0
        let drained = rng.nextBinomial(count: backlog, probability: hazard * d)
        c.resolved = same + drained
        backlog += c.received - c.resolved
        c.resolvedOnline = rng.nextBinomial(count: c.resolved, probability: result)
        c.onTime = rng.nextBinomial(count: c.resolved, probability: onTime)
        return c
    }
}

/// The factors shared by every series on a day.
struct DayFactors: Sendable {
    /// Receipts relative to an ordinary Wednesday.
    let volume: [Double]
    /// Share of the resolution hazard that applies.
    let drain: [Double]
    /// Added to every online logit: the slow rise of online submission, linear in the logit (0.05 a
    /// month), so a province near 57% in July 2025 was near 35% in January 2024 and nears 75% by
    /// November 2026, and no share ever leaves (0, 1).
    let trend: [Double]
    let firstDay: Day

    static let weekday: [Double] = [1.12, 1.05, 1.0, 1.0, 0.93, 0.30, 0.03]  // Monday … Sunday
    static let month: [Double] = [1.0, 0.95, 1.05, 1.0, 1.0, 1.02, 0.98, 0.98, 1.0, 1.03, 1.0, 0.97]
    static let trendPer30Days = 0.05
    static let trendOrigin = Day(valid: 2025, 7, 16)
    /// Days from Tết (mùng 1) of the rush before the holiday and the lull after it: 13–24 January
    /// and 3–9 February around 29 January 2025, the same distance from Tết in every year.
    static let tetRush = -16 ... -5, tetLull = 5 ... 11

    init(first: Day, last: Day, isHoliday: (Day) -> Bool) {
        var volume: [Double] = [], drain: [Double] = [], trend: [Double] = []
        var d = first
        let tets = (first.year...max(first.year, last.year)).compactMap { WorkingCalendar.lunarNewYear(in: $0) }
        while d <= last {
            let w = d.isoWeekday
            var v = DayFactors.weekday[w - 1] * DayFactors.month[d.month - 1]
            var h = w <= 5 ? 1.0 : (w == 6 ? 0.35 : 0.0)
            if isHoliday(d) { v = 0.02; h = 0 }
            for tet in tets {
                let offset = tet.distance(to: d)
                if DayFactors.tetRush.contains(offset) { v *= 1.15 }
                if DayFactors.tetLull.contains(offset) { v *= 0.85 }
            }
            volume.append(v)
            drain.append(h)
            trend.append(DayFactors.trendPer30Days * Double(DayFactors.trendOrigin.distance(to: d)) / 30)
            d = d.advanced(by: 1)
        }
        self.volume = volume; self.drain = drain; self.trend = trend; self.firstDay = first
    }
}
