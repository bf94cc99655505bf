import UptakeCore
import UptakeStoreAPI

/// What `uptake alerts check` did: the evaluation, and what it read.
public struct AlertCheckResult: Sendable {
    public var asOf: Day
    public var evaluation: AlertEvaluation
    /// The days re-read (the revision window ending at `asOf`).
    public var days: DayRange
    /// Whether any series had a row on `asOf` (no data yet: nothing was judged that day).
    public var hasDataOnAsOf: Bool
    /// Why `asOf` itself is not judged when it is a day off: the holiday's name, or "a weekend"; `nil`
    /// on a working day. A day off with data is not "no data yet" (issue 24).
    public var asOfDayOff: String?
    /// Entries added to the outbox (notifications, and the push of every firing alert to each Alertmanager).
    public var queued: Int
}

/// One morning's run: observe, evaluate, store the state and the notifications together.
public struct AlertCheck: Sendable {
    public let store: any UptakeStore
    public let state: any AlertStateStore
    public let explainer: any AlertExplaining
    public let calendar: WorkingCalendar
    /// How each annotation language writes its values (``AlertEvaluator/evaluate(rules:observations:book:asOf:explanations:styles:)``).
    public let styles: [String: any AlertValueStyle]

    public init(store: any UptakeStore, state: any AlertStateStore, explainer: any AlertExplaining = NoAlertExplanation(), calendar: WorkingCalendar = .vietnam,
                styles: [String: any AlertValueStyle] = [:]) {
        (self.store, self.state, self.explainer, self.calendar, self.styles) = (store, state, explainer, calendar, styles)
    }

    public func run(_ rules: AlertRuleFile, asOf: Day) async throws -> AlertCheckResult {
        try await check(rules, asOf: asOf, records: true)
    }

    /// The same evaluation without storing anything: the state as it would be, the notifications
    /// that would be queued (``AlertCheckResult/queued`` is 0). What the API's `alerts/check` answers.
    public func evaluate(_ rules: AlertRuleFile, asOf: Day) async throws -> AlertCheckResult {
        try await check(rules, asOf: asOf, records: false)
    }

    func check(_ rules: AlertRuleFile, asOf: Day, records: Bool) async throws -> AlertCheckResult {
        let days = DayRange(first: asOf.advanced(by: -(rules.revisionWindowDays - 1)), last: asOf)
        let observations = try await AlertObserver(store: store, calendar: calendar).readingOnce(days).observe(rules, days: days)
        let book = try await state.alertBook()
        let rolledUp = AlertRollUp.apply(observations, rules: rules.rulesByName)
        let explanations = try await explain(observations, rules, rolledUp: rolledUp)
        let evaluation = AlertEvaluator.evaluate(rules: rules, rolledUp: rolledUp, book: book, asOf: asOf, explanations: explanations,
                                                 styles: styles)
        var queued = 0
        if records {
            let entries = AlertPayloads.outbox(evaluation, rules: rules, asOf: asOf, previous: book.lastEvaluated)
            try await state.commit(evaluation.book, outbox: entries)
            queued = entries.count
        }
        let dayOff = calendar.isWorkingDay(asOf) ? nil : calendar.holiday(on: asOf)?.name ?? "a weekend"
        return AlertCheckResult(asOf: asOf, evaluation: evaluation, days: days, hasDataOnAsOf: observations.contains { $0.day == asOf },
                                asOfDayOff: dayOff, queued: queued)
    }

    /// The explainer's sentence, in each language, for each alert's latest active anomaly: of the
    /// alerts whose annotations show it (``shownExplanations(rolledUp:_:)``).
    func explain(_ observations: [AlertObservation], _ rules: AlertRuleFile, rolledUp: [AlertObservation]) async throws -> [String: [String: String]] {
        guard !(explainer is NoAlertExplanation) else { return [:] }
        var latest: [String: AlertObservation] = [:]
        for o in observations where o.reading == .active && o.anomaly != nil {
            let labels = o.labels.merging(rules.rule(named: o.rule)?.labels ?? [:]) { a, _ in a }
            let fp = AlertEvaluator.fingerprint(labels)
            if latest[fp].map({ $0.day < o.day }) ?? true { latest[fp] = o }
        }
        let shown = Self.shownExplanations(rolledUp: rolledUp, rules)
        let asked = latest.compactMap { fp, o in shown.contains(fp) ? o.anomaly.map { (fp, $0, o.day) } : nil }
        let explainer = explainer.forOneCheck()
        // Two at a time, as the report explains: each waits on its reads as much as it computes.
        return try await withThrowingTaskGroup(of: (String, [String: String]).self) { group in
            var out: [String: [String: String]] = [:]
            var pending = asked.makeIterator()
            func start() {
                guard let (fp, anomaly, day) = pending.next() else { return }
                group.addTask { [explainer] in (fp, try await explainer.topExplanations(for: anomaly, asOf: day)) }
            }
            start()
            start()
            while let (fp, texts) = try await group.next() {
                if !texts.isEmpty { out[fp] = texts }
                start()
            }
            return out
        }
    }

    /// The alerts whose annotations will show an explanation: those of a rule with `{{ explanation }}`
    /// in an annotation that have an active reading after the roll-up (``AlertEvaluator`` annotates
    /// those). A small commune's reading goes to its province's roll-up, which explains nothing, and
    /// most rules on the online share say no explanation: explaining each of them (an explanation
    /// reads the place's days, peers and readiness) was most of a busy morning's check.
    static func shownExplanations(rolledUp: [AlertObservation], _ rules: AlertRuleFile) -> Set<String> {
        let rulesByName = rules.rulesByName
        let explaining = Set(rules.rules.filter { $0.annotations.values.contains { $0.parts.contains(.variable("explanation")) } }.map(\.name))
        var shown: Set<String> = []
        for o in rolledUp where o.reading == .active && explaining.contains(o.rule) {
            guard let rule = rulesByName[o.rule] else { continue }
            shown.insert(AlertEvaluator.fingerprint(o.labels.merging(rule.labels) { a, _ in a }))
        }
        return shown
    }
}
