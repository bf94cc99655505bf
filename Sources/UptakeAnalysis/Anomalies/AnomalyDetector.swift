import Foundation
import Synchronization
import UptakeCore
import UptakeStoreAPI

/// What `uptake anomalies` asks.
public struct AnomalyRequest: Sendable {
    public var metric: Metric
    public var units: UnitSelection
    /// The days judged; the history before them feeds the baselines.
    public var range: DayRange
    public var sectors: [Sector]?
    /// One series per unit and sector (an outage of one sector's software shows there first).
    public var bySector: Bool
    public var direction: DirectionFilter
    public var method: DetectionMethod
    public var threshold: DetectionThreshold
    public var calendar: WorkingCalendar
    /// Calendar days of history read before `range` (the baselines need about 4 working weeks).
    public var historyDays: Int
    /// Fold commune anomalies that start on the same day across a province into one province event.
    public var foldProvinceEvents: Bool

    /// The history read by default: 84 calendar days, twelve weeks.
    public static let standardHistoryDays = 84

    public init(metric: Metric = .received, units: UnitSelection, range: DayRange, sectors: [Sector]? = nil, bySector: Bool = false,
                direction: DirectionFilter = .down, method: DetectionMethod = .negativeBinomial, threshold: DetectionThreshold = .standard,
                calendar: WorkingCalendar = .vietnam, historyDays: Int = AnomalyRequest.standardHistoryDays, foldProvinceEvents: Bool = true) {
        (self.metric, self.units, self.range, self.sectors, self.bySector) = (metric, units, range, sectors, bySector)
        (self.direction, self.method, self.threshold, self.calendar) = (direction, method, threshold, calendar)
        (self.historyDays, self.foldProvinceEvents) = (historyDays, foldProvinceEvents)
    }
}

/// Finds drops, spikes, level shifts and rate collapses in daily series, using both cores: each
/// series is scanned on its own (a pure function of its values and the calendar), so the work splits
/// into chunks with nothing shared.
///
/// ```swift
/// let report = try await AnomalyDetector(store: store).detect(AnomalyRequest(units: .communes(parentCode: "79"), range: DayRange(period: "2025-07")!))
/// report.anomalies.first?.kind   // .levelShift, .drop, …
/// ```
public struct AnomalyDetector: Sendable {
    public let store: any UptakeStore

    public init(store: any UptakeStore) { self.store = store }

    public func detect(_ request: AnomalyRequest) async throws -> AnomalyReport {
        guard request.metric.hasDailySeries else {
            throw QueryError("\(request.metric.rawValue) is a product of two rates and has no daily series to scan",
                             hint: "scan online-submission and sync separately")
        }
        if request.metric.isRate, request.method != .negativeBinomial {
            throw QueryError("the peers' methods judge counts; a rate is judged by its beta-binomial baseline",
                             hint: "use the default method for \(request.metric.rawValue), or a volume metric")
        }
        let read = DayRange(first: request.range.first.advanced(by: -request.historyDays), last: request.range.last)
        let series = try await store.dailySeries(SeriesQuery(metric: request.metric, units: request.units, range: read,
                                                             sectors: request.sectors, bySector: request.bySector))
        let settings = ScanSettings(method: request.method, direction: request.direction, threshold: request.threshold,
                                    schedule: try Self.judgedDays(request.calendar, read), judgedFrom: request.historyDays)
        let results = try Self.scanAll(series, settings)
        var anomalies: [Anomaly] = []
        var lowVolumeSeries = 0, judged = 0
        var withData = 0
        for (s, result) in zip(series, results) {
            judged += result.judgedDays
            if s.numerator.contains(where: { !$0.isNaN }) { withData += 1 }
            if result.lowVolumeDays > 0 { lowVolumeSeries += 1 }
            // A departure its own fall test does not confirm is not reported (see ``Anomaly/fall``).
            for e in result.events where e.agreesWithItsTest {
                anomalies.append(Self.anomaly(e, s, request.metric, read.first))
            }
        }
        var folded = 0
        // The locality tree, read once: for the province events and for the incidents' ancestors.
        let localities = anomalies.isEmpty ? [] : try await store.localities()
        if request.foldProvinceEvents {
            (anomalies, folded) = ProvinceEvents.fold(anomalies, localities: localities)
        }
        anomalies = try await attachIncidents(anomalies, localities: localities)
        anomalies.sort { ($0.start, -$0.score, $0.locality, $0.sector?.name ?? "") < ($1.start, -$1.score, $1.locality, $1.sector?.name ?? "") }
        return AnomalyReport(anomalies: anomalies, method: request.method, metric: request.metric, range: request.range,
                             seriesScanned: withData, seriesWithLowVolume: lowVolumeSeries, judgedSeriesDays: judged,
                             threshold: request.threshold, direction: request.direction, foldedIntoEvents: folded)
    }

    /// The days a scan judges: Monday to Friday less holidays and bridge days. A weekend day worked
    /// in exchange for a bridge day is left out too: offices open, but few come, and it is never an
    /// anomaly (nor part of a weekday's baseline). With ``WorkingCalendar/everyDay`` (`--calendar
    /// none`) every day is judged, as `detect` judges it.
    static func judgedDays(_ calendar: WorkingCalendar, _ range: DayRange) throws -> WorkingDaySchedule {
        let schedule = WorkingDaySchedule(calendar: calendar, from: range.first, count: range.dayCount)
        if calendar.countsEveryDay { return schedule }
        return try WorkingDaySchedule(weekdays: schedule.weekdays.map { $0 >= 6 ? 0 : $0 })
    }

    /// Scans every series, in as many chunks as there are cores.
    static func scanAll(_ series: [DailySeries], _ settings: ScanSettings) throws -> [SeriesScanResult] {
        let chunks = max(1, min(series.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let box = ResultBox(count: series.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var i = chunk
            while i < series.count {
                box.set(i, Result { try SeriesScan.scan(numerator: series[i].numerator, denominator: series[i].denominator, settings: settings) })
                i += chunks
            }
        }
        return try box.values()
    }

    static func anomaly(_ e: SeriesEvent, _ s: DailySeries, _ metric: Metric, _ first: Day) -> Anomaly {
        let start = first.advanced(by: e.first), end = first.advanced(by: e.last)
        return Anomaly(id: Anomaly.makeID(kind: e.kind, metric: metric.rawValue, locality: s.locality.code, sector: s.sector, start: start),
                       kind: e.kind, metric: metric, locality: s.locality.code, name: s.locality.name, level: s.locality.level,
                       province: s.locality.level == .commune ? s.locality.parentCode : nil, sector: s.sector, start: start, end: end,
                       direction: e.direction, score: e.score, severity: AnomalySeverity(score: e.score), method: e.method,
                       observed: finite(e.observed), expected: finite(e.expected), low: e.low.flatMap(finite), high: e.high.flatMap(finite),
                       pValue: e.pValue.flatMap(finite), workingDays: e.workingDays,
                       members: [], incidents: [], fall: e.fall)
    }

    /// The incidents at each anomaly's place or above it, from the day before it starts to its end.
    func attachIncidents(_ anomalies: [Anomaly], localities: [Locality]) async throws -> [Anomaly] {
        guard let earliest = anomalies.map(\.start).min(), let last = anomalies.map(\.end).max() else { return anomalies }
        let first = earliest.advanced(by: -1)
        let all = try await store.incidents(IncidentQuery(scope: .everywhere, range: DayRange(first: first, last: last)))
        guard !all.isEmpty else { return anomalies }
        let parents = Dictionary(localities.map { ($0.code, $0.parentCode) }, uniquingKeysWith: { a, _ in a })
        return anomalies.map { a in
            var a = a
            let window = IncidentQuery(scope: .locality(a.locality, descendants: a.level != .commune),
                                       range: DayRange(first: a.start.advanced(by: -1), last: a.end))
            a.incidents = all.filter { a.level == .nation || window.matches($0, parentOf: { parents[$0] ?? nil }) }.map(AnomalyIncident.init)
            return a
        }
    }
}

/// `nil` for NaN and infinities, which JSON cannot carry.
func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }

/// Results written by index from several threads; each index is written once.
private final class ResultBox: Sendable {
    private let slots: Mutex<[Result<SeriesScanResult, any Error>?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func set(_ i: Int, _ r: Result<SeriesScanResult, any Error>) { slots.withLock { $0[i] = r } }

    func values() throws -> [SeriesScanResult] {
        try slots.withLock { $0 }.map { slot in
            guard let slot else { throw QueryError("a series was not scanned", code: .computation) }
            return try slot.get()
        }
    }
}
