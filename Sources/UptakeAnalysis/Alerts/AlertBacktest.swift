import UptakeCore
import UptakeStoreAPI

/// A known event to score alerts against: a row of `truth.json` (`uptake generate` writes one).
public struct AlertTruthEvent: Sendable, Codable, Equatable {
    public var id: String
    public var kind: String
    public var locality: String
    public var metric: Metric
    public var start: Day
    public var end: Day

    public init(id: String, kind: String, locality: String, metric: Metric, start: Day, end: Day) {
        (self.id, self.kind, self.locality, self.metric, self.start, self.end) = (id, kind, locality, metric, start, end)
    }
}

/// One firing of one alert in a replay.
public struct BacktestEpisode: Sendable, Codable, Equatable {
    public var rule: String
    public var locality: String
    public var name: String
    public var province: String?
    public var sector: String?
    /// The first day it fired, and the day its notification went out (`nil`: silenced or inhibited throughout).
    public var firing: Day
    public var notified: Day?
    /// The day it resolved (`nil`: still firing at the end of the replay).
    public var resolved: Day?
    /// The truth events it matches (with a truth file).
    public var matches: [String]

    enum CodingKeys: String, CodingKey { case rule, locality, name, province, sector, firing, notified, resolved, matches }
}

/// One notification of a replay: its day, receiver, province and alerts (rule and locality).
public struct BacktestNotification: Sendable, Codable, Equatable {
    public var day: Day
    public var receiver: String?
    public var province: String
    /// "rule locality" of each alert in it.
    public var alerts: [String]
    /// Whether any of its alerts matches a truth event (with a truth file).
    public var onEvent: Bool?

    enum CodingKeys: String, CodingKey { case day, receiver, province, alerts, onEvent = "on_event" }
}

/// Notifications to one province in one month.
public struct BacktestVolume: Sendable, Codable, Equatable {
    public var province: String
    public var month: String
    public var notifications: Int
}

/// How a truth event was caught.
public struct BacktestDetection: Sendable, Codable, Equatable {
    public var id: String
    public var locality: String
    public var start: Day
    /// The first day an alert matching it fired (`nil`: missed). A late reading can date an episode's
    /// firing back to before the replay first saw it: it is not when anyone heard.
    public var firing: Day?
    /// The first day a notification of an alert matching it went out (`nil`: none did).
    public var notified: Day?
    /// Calendar days from the event's start to that notification: "alerted within 2 days" counts
    /// from when a receiver heard, not from the day the episode was later dated to.
    public var delayDays: Int?

    enum CodingKeys: String, CodingKey { case id, locality, start, firing, notified, delayDays = "delay_days" }
}

/// Precision, recall and delay against a truth file.
public struct BacktestScore: Sendable, Codable, Equatable {
    /// Episodes matching a truth event, over all episodes.
    public var precision: Double?
    /// Truth events alerted within `withinDays` of their start, over the events scored.
    public var recall: Double?
    public var withinDays: Int
    public var eventsScored: Int
    public var eventsCaught: Int
    public var episodes: Int
    public var episodesMatched: Int
    public var medianDelayDays: Double?
    public var maxDelayDays: Int?
    public var detections: [BacktestDetection]
    /// Notifications with at least one alert on a truth event, over all notifications (what a
    /// receiver feels: a page for nothing counts however many alerts it lists).
    public var notificationPrecision: Double?
    public var notificationsOnEvent: Int = 0

    enum CodingKeys: String, CodingKey {
        case precision, recall, withinDays = "within_days", eventsScored = "events_scored", eventsCaught = "events_caught", episodes
        case episodesMatched = "episodes_matched", medianDelayDays = "median_delay_days", maxDelayDays = "max_delay_days", detections
        case notificationPrecision = "notification_precision", notificationsOnEvent = "notifications_on_event"
    }
}

/// What `uptake alerts backtest` reports.
public struct AlertBacktestReport: Sendable, Codable, Equatable {
    public var from: Day
    public var to: Day
    public var episodes: [BacktestEpisode]
    public var notifications: Int
    /// The most notifications one province received on one day (from one receiver: a route may send
    /// a province's alerts to two teams, each hearing once).
    public var maxNotificationsPerProvinceDay: Int
    public var perProvinceMonth: [BacktestVolume]
    public var score: BacktestScore?
    /// Every notification, in order.
    public var sent: [BacktestNotification] = []

    enum CodingKeys: String, CodingKey {
        case from, to, episodes, notifications, maxNotificationsPerProvinceDay = "max_notifications_per_province_day"
        case perProvinceMonth = "per_province_month", score, sent = "notification_log"
    }
}

/// Replays the rules over every day of a range as the morning runs would have: each day observes
/// its revision window (data as it is now: the store does not keep earlier versions) and evaluates
/// against the state the previous day left, in memory.
public struct AlertBacktest: Sendable {
    public let store: any UptakeStore
    public let calendar: WorkingCalendar

    public init(store: any UptakeStore, calendar: WorkingCalendar = .vietnam) { (self.store, self.calendar) = (store, calendar) }

    /// Truth events scored for recall: falls of a watched metric (drops and level shifts).
    public static let scoredKinds: Set<String> = ["drop", "level_shift", "rate_drop"]

    public func run(_ rules: AlertRuleFile, range: DayRange, truth: [AlertTruthEvent]? = nil, withinDays: Int = 2,
                    progress: (@Sendable (Day) -> Void)? = nil) async throws -> AlertBacktestReport {
        var book = AlertBook()
        var episodes: [String: BacktestEpisode] = [:]  // fingerprint|first firing day
        var open: [String: String] = [:]  // fingerprint → key of its episode still firing
        var notifiedCount = 0
        var perProvinceDay: [String: Int] = [:]
        var perProvinceMonth: [String: Int] = [:]
        var sent: [BacktestNotification] = []
        let observer = AlertObserver(store: store, calendar: calendar)
            .readingOnce(DayRange(first: range.first.advanced(by: -(rules.revisionWindowDays - 1)), last: range.last))
        // A day's observations do not depend on the state: the next day's are read and scanned while
        // this day's are evaluated.
        func observing(_ day: Day) -> Task<[AlertObservation], any Error> {
            Task { try await observer.observe(rules, days: DayRange(first: day.advanced(by: -(rules.revisionWindowDays - 1)), last: day)) }
        }
        var next = observing(range.first)
        defer { next.cancel() }
        for day in range.first...range.last {
            progress?(day)
            let observations = try await next.value
            if day < range.last { next = observing(day.advanced(by: 1)) }
            let e = AlertEvaluator.evaluate(rules: rules, observations: observations, book: book, asOf: day)
            book = e.book
            for r in book.alerts.values {
                guard let since = r.firingSince, r.status == .firing || (r.status == .resolved && r.resolvedOn == day) else { continue }
                // A late reading can move an open episode's first day: it stays the same episode.
                let key = open[r.fingerprint] ?? "\(r.fingerprint)|\(since)"
                var ep = episodes[key] ?? BacktestEpisode(rule: r.rule, locality: r.labels["locality"] ?? "", name: r.labels["name"] ?? "",
                                                          province: r.labels["province"], sector: r.labels["sector"], firing: since,
                                                          notified: nil, resolved: nil, matches: [])
                ep.firing = min(ep.firing, since)
                if r.status == .resolved {
                    ep.resolved = r.resolvedOn
                    open[r.fingerprint] = nil
                } else {
                    open[r.fingerprint] = key
                }
                episodes[key] = ep
            }
            for n in e.notifications {
                notifiedCount += 1
                let province = n.groupLabels["province"] ?? n.alerts.first?.labels["province"] ?? ""
                perProvinceDay["\(n.receiver ?? "")|\(province)|\(day)", default: 0] += 1
                sent.append(BacktestNotification(day: day, receiver: n.receiver, province: province,
                                                 alerts: n.alerts.map { "\($0.labels["alertname"] ?? "") \($0.labels["locality"] ?? "")" }, onEvent: nil))
                perProvinceMonth["\(province)|\(Grain.month.label(startingAt: Grain.month.periodStart(of: day)))", default: 0] += 1
                for a in n.alerts where a.status == .firing {
                    guard let key = open[a.fingerprint] else { continue }
                    if episodes[key]?.notified == nil { episodes[key]?.notified = day }
                }
            }
        }
        var list = episodes.values.sorted { ($0.firing, $0.rule, $0.locality) < ($1.firing, $1.rule, $1.locality) }
        var score: BacktestScore?
        if let truth {
            let parents = Dictionary(try await store.localities().map { ($0.code, $0.parentCode) }, uniquingKeysWith: { a, _ in a })
            (list, score) = Self.score(list, truth: truth, range: range, rules: rules, parents: parents, withinDays: withinDays)
            let metricOf = Dictionary(rules.rules.map { ($0.name, $0.watch.metric) }, uniquingKeysWith: { a, _ in a })
            for i in sent.indices {
                sent[i].onEvent = sent[i].alerts.contains { text in
                    let parts = text.split(separator: " ").map(String.init)
                    guard parts.count == 2, let metric = metricOf[parts[0]] else { return false }
                    return truth.contains { Self.matches($0, metric: metric, locality: parts[1], day: sent[i].day, parents: parents) }
                }
            }
            let onEvent = sent.filter { $0.onEvent == true }.count
            score?.notificationsOnEvent = onEvent
            score?.notificationPrecision = sent.isEmpty ? nil : Double(onEvent) / Double(sent.count)
        }
        let volumes = perProvinceMonth.map { k, v -> BacktestVolume in
            let parts = k.split(separator: "|", omittingEmptySubsequences: false)
            return BacktestVolume(province: String(parts[0]), month: String(parts[1]), notifications: v)
        }.sorted { ($0.province, $0.month) < ($1.province, $1.month) }
        return AlertBacktestReport(from: range.first, to: range.last, episodes: list, notifications: notifiedCount,
                                   maxNotificationsPerProvinceDay: perProvinceDay.values.max() ?? 0, perProvinceMonth: volumes, score: score,
                                   sent: sent)
    }

    /// Receipts, online receipts and the online share measure one flow of submissions: an online
    /// outage moves all three, a total outage the counts. A rule on any of them matches an event on any.
    static let submissionMetrics: Set<Metric> = [.received, .receivedOnline, .onlineSubmission]

    static func related(_ a: Metric, _ b: Metric) -> Bool {
        a == b || (submissionMetrics.contains(a) && submissionMetrics.contains(b))
    }

    /// Whether an alert of a rule watching `metric` at `locality` on `day` is on the event (the same
    /// place, its province or one of its communes; from its start to a week after its end).
    static func matches(_ e: AlertTruthEvent, metric: Metric, locality: String, day: Day, parents: [String: String?]) -> Bool {
        related(metric, e.metric) && (locality == e.locality || (parents[locality] ?? nil) == e.locality || (parents[e.locality] ?? nil) == locality)
            && day >= e.start && day <= e.end.advanced(by: 7)
    }

    /// An episode matches an event of a related metric (``related(_:_:)``) at the same place, at the event's province
    /// (a province-wide fall shows in its communes) or at one of the province's communes, when it
    /// fires between the event's start and a week after its end. Recall counts the events (of the
    /// kinds in ``scoredKinds``, of a watched metric, starting in the range) of which a matching
    /// episode was notified within `withinDays` days of their start.
    static func score(_ episodes: [BacktestEpisode], truth: [AlertTruthEvent], range: DayRange, rules: AlertRuleFile,
                      parents: [String: String?], withinDays: Int) -> ([BacktestEpisode], BacktestScore) {
        let metricOf = Dictionary(rules.rules.map { ($0.name, $0.watch.metric) }, uniquingKeysWith: { a, _ in a })
        let watched = Set(rules.rules.map(\.watch.metric))
        func related(_ a: String, _ b: String) -> Bool {
            a == b || (parents[a] ?? nil) == b || (parents[b] ?? nil) == a
        }
        var out = episodes
        var firstFiring: [String: Day] = [:], firstNotified: [String: Day] = [:]
        for i in out.indices {
            let ep = out[i]
            let matched = truth.filter { e in
                metricOf[ep.rule].map { Self.related($0, e.metric) } == true && related(ep.locality, e.locality)
                    && ep.firing >= e.start && ep.firing <= e.end.advanced(by: 7)
            }
            out[i].matches = matched.map(\.id)
            for e in matched where firstFiring[e.id].map({ ep.firing < $0 }) ?? true { firstFiring[e.id] = ep.firing }
            if let notified = ep.notified {
                for e in matched where firstNotified[e.id].map({ notified < $0 }) ?? true { firstNotified[e.id] = notified }
            }
        }
        let scored = truth.filter { e in scoredKinds.contains(e.kind) && watched.contains { Self.related($0, e.metric) } && range.contains(e.start) }
        let detections = scored.map { e in
            BacktestDetection(id: e.id, locality: e.locality, start: e.start, firing: firstFiring[e.id], notified: firstNotified[e.id],
                              delayDays: firstNotified[e.id].map { e.start.distance(to: $0) })
        }
        let caught = detections.filter { ($0.delayDays ?? Int.max) <= withinDays }.count
        let delays = detections.compactMap(\.delayDays).sorted()
        let median: Double? = delays.isEmpty ? nil : delays.count % 2 == 1 ? Double(delays[delays.count / 2])
            : Double(delays[delays.count / 2 - 1] + delays[delays.count / 2]) / 2
        let matchedEpisodes = out.filter { !$0.matches.isEmpty }.count
        return (out, BacktestScore(precision: out.isEmpty ? nil : Double(matchedEpisodes) / Double(out.count),
                                   recall: scored.isEmpty ? nil : Double(caught) / Double(scored.count), withinDays: withinDays,
                                   eventsScored: scored.count, eventsCaught: caught, episodes: out.count, episodesMatched: matchedEpisodes,
                                   medianDelayDays: median, maxDelayDays: delays.last, detections: detections))
    }
}
