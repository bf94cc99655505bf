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
    /// The first day an alert matching it fired (`nil`: missed).
    public var firing: Day?
    /// Calendar days from the event's start to that firing.
    public var delayDays: Int?

    enum CodingKeys: String, CodingKey { case id, locality, start, firing, delayDays = "delay_days" }
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

    enum CodingKeys: String, CodingKey {
        case precision, recall, withinDays = "within_days", eventsScored = "events_scored", eventsCaught = "events_caught", episodes
        case episodesMatched = "episodes_matched", medianDelayDays = "median_delay_days", maxDelayDays = "max_delay_days", detections
    }
}

/// What `uptake alerts backtest` reports.
public struct AlertBacktestReport: Sendable, Codable, Equatable {
    public var from: Day
    public var to: Day
    public var episodes: [BacktestEpisode]
    public var notifications: Int
    /// The most notifications one province received on one day.
    public var maxNotificationsPerProvinceDay: Int
    public var perProvinceMonth: [BacktestVolume]
    public var score: BacktestScore?

    enum CodingKeys: String, CodingKey {
        case from, to, episodes, notifications, maxNotificationsPerProvinceDay = "max_notifications_per_province_day"
        case perProvinceMonth = "per_province_month", score
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
        let observer = AlertObserver(store: store, calendar: calendar)
        for day in range.first...range.last {
            progress?(day)
            let window = DayRange(first: day.advanced(by: -(rules.revisionWindowDays - 1)), last: day)
            let observations = try await observer.observe(rules, days: window)
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
                perProvinceDay["\(province)|\(day)", default: 0] += 1
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
        }
        let volumes = perProvinceMonth.map { k, v -> BacktestVolume in
            let parts = k.split(separator: "|", omittingEmptySubsequences: false)
            return BacktestVolume(province: String(parts[0]), month: String(parts[1]), notifications: v)
        }.sorted { ($0.province, $0.month) < ($1.province, $1.month) }
        return AlertBacktestReport(from: range.first, to: range.last, episodes: list, notifications: notifiedCount,
                                   maxNotificationsPerProvinceDay: perProvinceDay.values.max() ?? 0, perProvinceMonth: volumes, score: score)
    }

    /// An episode matches an event of its rule's metric at the same place, at the event's province
    /// (a province-wide fall shows in its communes) or at one of the province's communes, when it
    /// fires between the event's start and a week after its end. Recall counts the events (of the
    /// kinds in ``scoredKinds``, of a watched metric, starting in the range) that an episode matched
    /// within `withinDays` days of their start.
    static func score(_ episodes: [BacktestEpisode], truth: [AlertTruthEvent], range: DayRange, rules: AlertRuleFile,
                      parents: [String: String?], withinDays: Int) -> ([BacktestEpisode], BacktestScore) {
        let metricOf = Dictionary(rules.rules.map { ($0.name, $0.watch.metric) }, uniquingKeysWith: { a, _ in a })
        let watched = Set(rules.rules.map(\.watch.metric))
        func related(_ a: String, _ b: String) -> Bool {
            a == b || (parents[a] ?? nil) == b || (parents[b] ?? nil) == a
        }
        var out = episodes
        var firstFiring: [String: Day] = [:]
        for i in out.indices {
            let ep = out[i]
            let matched = truth.filter { e in
                e.metric == metricOf[ep.rule] && related(ep.locality, e.locality) && ep.firing >= e.start && ep.firing <= e.end.advanced(by: 7)
            }
            out[i].matches = matched.map(\.id)
            for e in matched where firstFiring[e.id].map({ ep.firing < $0 }) ?? true { firstFiring[e.id] = ep.firing }
        }
        let scored = truth.filter { scoredKinds.contains($0.kind) && watched.contains($0.metric) && range.contains($0.start) }
        let detections = scored.map { e in
            BacktestDetection(id: e.id, locality: e.locality, start: e.start, firing: firstFiring[e.id], delayDays: firstFiring[e.id].map { e.start.distance(to: $0) })
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
