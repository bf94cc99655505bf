import UptakeCore
import UptakeStoreAPI

/// Supplies "the top explanation" of an anomaly for the alert's annotations (`{{ explanation }}`).
/// `uptake explain` implements it; until it is wired, ``NoAlertExplanation`` says nothing.
public protocol AlertExplaining: Sendable {
    /// One sentence on the likeliest cause of `anomaly`, or `nil`.
    func topExplanation(for anomaly: Anomaly, asOf: Day) async throws -> String?
    /// That sentence in each language of the annotations (``AnnotationLanguage/codes``: `en` for
    /// `{{ explanation }}` in the plain annotations, `vi` in `explanation_vi`…): one explanation, worded
    /// in each. By default the plain one alone.
    func topExplanations(for anomaly: Anomaly, asOf: Day) async throws -> [String: String]
    /// This explainer for one check's explanations, which may share their reads; by default itself.
    func forOneCheck() -> any AlertExplaining
}

extension AlertExplaining {
    public func forOneCheck() -> any AlertExplaining { self }

    public func topExplanations(for anomaly: Anomaly, asOf: Day) async throws -> [String: String] {
        try await topExplanation(for: anomaly, asOf: asOf).map { [AnnotationLanguage.plain: $0] } ?? [:]
    }
}

/// The default explainer: no explanation.
public struct NoAlertExplanation: AlertExplaining {
    public init() {}
    public func topExplanation(for anomaly: Anomaly, asOf: Day) async throws -> String? { nil }
}

/// Reads what the rules watch from the store and judges every rule's condition on every judged day
/// of a range: the input of ``AlertEvaluator``.
public struct AlertObserver: Sendable {
    public let store: any UptakeStore
    public let calendar: WorkingCalendar

    public init(store: any UptakeStore, calendar: WorkingCalendar = .vietnam) { (self.store, self.calendar) = (store, calendar) }

    /// This observer reading each watched series once for every observation of `days` (a check's
    /// revision window, or all the windows a backtest replays) with the history its scans need, and
    /// cutting each question's days from it (``SeriesWindow``): the same series, read once.
    public func readingOnce(_ days: DayRange) -> AlertObserver {
        let read = DayRange(first: days.first.advanced(by: -AnomalyRequest.standardHistoryDays), last: days.last)
        return AlertObserver(store: SeriesWindow(base: store, days: read), calendar: calendar)
    }

    /// Observations of every rule on the judged days of `days` (weekends, holidays and bridge days
    /// are not judged; a day without a row is not observed).
    public func observe(_ rules: AlertRuleFile, days: DayRange) async throws -> [AlertObservation] {
        var out: [AlertObservation] = []
        let schedule = try AnomalyDetector.judgedDays(calendar, days)
        // Rules watching the same series share one read and one scan.
        var seriesOf: [AlertWatch: [DailySeries]] = [:]
        var scanOf: [AlertWatch: [Anomaly]] = [:]
        for rule in rules.rules {
            let w = rule.watch
            if seriesOf[w] == nil {
                seriesOf[w] = try await store.dailySeries(SeriesQuery(metric: w.metric, units: w.units, range: days, bySector: w.bySector))
            }
            if rule.condition.needsAnomalies, scanOf[w] == nil {
                scanOf[w] = try await AnomalyDetector(store: store).detect(AnomalyRequest(
                    metric: w.metric, units: w.units, range: days, bySector: w.bySector, direction: .down, calendar: calendar,
                    foldProvinceEvents: false)).anomalies
            }
            out += observe(rule, series: seriesOf[w] ?? [], scan: scanOf[w] ?? [], schedule: schedule)
        }
        if rules.rules.contains(where: { $0.rollUp != nil }) {
            // A roll-up alert is a province's: it carries the province's name.
            let names = Dictionary(try await store.localities().filter { $0.level == .province }.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            for i in out.indices where out[i].level == .commune { out[i].provinceName = out[i].province.flatMap { names[$0] } }
        }
        return out
    }

    func observe(_ rule: AlertRule, series: [DailySeries], scan: [Anomaly], schedule: WorkingDaySchedule) -> [AlertObservation] {
        let w = rule.watch
        var anomalies: [SeriesKey: [Anomaly]] = [:]
        if rule.condition.needsAnomalies {
            let match = rule.condition.anomaly ?? AnomalyMatch()
            for a in scan where match.matches(a) {
                anomalies[SeriesKey(locality: a.locality, sector: a.sector), default: []].append(a)
            }
        }
        let provinces = w.provinces.map(Set.init)
        var out: [AlertObservation] = []
        for s in series {
            let province = s.locality.level == .province ? s.locality.code : s.locality.parentCode
            if let provinces, s.locality.level == .commune, !provinces.contains(province ?? "") { continue }
            let own = anomalies[SeriesKey(locality: s.locality.code, sector: s.sector)] ?? []
            for i in 0..<s.numerator.count where schedule.isWorking(i) {
                let day = s.first.advanced(by: i)
                let value: Double
                var volume: Double
                if let den = s.denominator?[i] {
                    guard den > 0 else { continue }
                    value = s.numerator[i] / den
                    volume = den
                } else {
                    value = s.numerator[i]
                    volume = value
                }
                guard !value.isNaN else { continue }  // missing: not observed, never a zero
                let covering = own.filter { $0.start <= day && day <= $0.end }.max { $0.score < $1.score }
                var active = true
                if rule.condition.needsAnomalies {
                    guard let a = covering else { active = false; out.append(observation(rule, s, province, day, false, value, nil)); continue }
                    if let share = rule.condition.dropShare {
                        guard let obs = a.observed, let exp = a.expected, exp > 0 else { active = false; out.append(observation(rule, s, province, day, false, value, a)); continue }
                        active = obs <= (1 - share) * exp
                    }
                }
                if let below = rule.condition.rateBelow { active = active && value < below }
                if s.denominator == nil, let a = covering, let e = a.expected, a.workingDays > 0 { volume = e / Double(a.workingDays) }
                var o = observation(rule, s, province, day, active, value, covering)
                o.volume = volume
                out.append(o)
            }
        }
        return out
    }

    func observation(_ rule: AlertRule, _ s: DailySeries, _ province: String?, _ day: Day, _ active: Bool, _ value: Double, _ a: Anomaly?) -> AlertObservation {
        AlertObservation(rule: rule.name, locality: s.locality.code, name: s.locality.name, level: s.locality.level, province: province,
                         sector: s.sector, day: day, reading: active ? .active : .inactive, value: value, anomaly: a)
    }

    struct SeriesKey: Hashable {
        var locality: String
        var sector: Sector?
    }
}
