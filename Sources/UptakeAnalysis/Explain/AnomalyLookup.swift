import Foundation
import Synchronization
import UptakeCore
import UptakeStoreAPI

/// Finds an anomaly from its id alone. An id is a hash of (kind, metric, locality, sector, start)
/// (``Anomaly/makeID(kind:metric:locality:sector:start:)``): the key is recovered by hashing every
/// candidate (each kind a metric can take, every locality and the nation, every sector and none,
/// every day with data), then the anomaly itself by re-scanning that place around that day with
/// the default settings of `uptake anomalies`.
public struct AnomalyLookup: Sendable {
    public let store: any UptakeStore

    public init(store: any UptakeStore) { self.store = store }

    /// The identifying fields behind an id.
    public struct Key: Sendable, Equatable {
        public var kind: AnomalyKind
        public var metric: Metric
        public var locality: String
        public var sector: Sector?
        public var start: Day

        public init(kind: AnomalyKind, metric: Metric, locality: String, sector: Sector?, start: Day) {
            (self.kind, self.metric, self.locality, self.sector, self.start) = (kind, metric, locality, sector, start)
        }
    }

    public static func isWellFormed(_ id: String) -> Bool {
        id.count == 17 && id.hasPrefix("a") && id.dropFirst().allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    /// - Throws: ``QueryError`` (`not_found`) when no key hashes to `id`, or the re-scan no longer finds it.
    public func find(_ id: String, calendar: WorkingCalendar = .vietnam) async throws -> Anomaly {
        guard AnomalyLookup.isWellFormed(id) else {
            throw QueryError("\"\(id)\" is not an anomaly id: ids are an a and 16 hexadecimal digits, as the anomaly lists print them")
        }
        guard let span = try await store.applicationsSpan() else { throw QueryError("the database holds no applications", code: .notFound) }
        let codes = try await store.localities().map(\.code) + [Locality.nationCode]
        let sectors = try await store.sectors()
        guard let key = AnomalyLookup.key(for: id, codes: codes, sectors: sectors, days: span) else {
            throw QueryError("no anomaly has the id \(id) in this database", hint: "list anomalies and their ids with", next: NextStep("anomalies"), code: .notFound)
        }
        return try await rescan(key, id: id, span: span, calendar: calendar)
    }

    /// The key hashing to `id`, found by trying every candidate; the FNV state after each fixed
    /// prefix is kept so that each day costs ten bytes of hashing. The likeliest candidates go first
    /// (all sectors together, then `received`, the scan's defaults), so a usual id is found in a
    /// fraction of the whole search.
    public static func key(for id: String, codes: [String], sectors: [Sector], days: DayRange) -> Key? {
        let dayTexts = (0..<days.dayCount).map { Array(days.first.advanced(by: $0).description.utf8) }
        guard let target = UInt64(id.dropFirst(), radix: 16) else { return nil }
        let metrics = [Metric.received] + Metric.allCases.filter { $0.hasDailySeries && $0 != .received }
        var tiers: [[(AnomalyKind, Metric, Sector?)]] = [[], []]
        for sector in [nil] + sectors.map(Optional.some) {
            for metric in metrics {
                let kinds: [AnomalyKind] = metric.isRate ? [.rateDrop, .rateRise] : [.drop, .levelShift, .spike, .changepoint, .lowOutlier, .highOutlier]
                for kind in kinds { tiers[sector == nil ? 0 : 1].append((kind, metric, sector)) }
            }
        }
        for prefixes in tiers {
            if let key = search(target, prefixes, codes, dayTexts, days.first) { return key }
        }
        return nil
    }

    static func search(_ target: UInt64, _ prefixes: [(AnomalyKind, Metric, Sector?)], _ codes: [String], _ dayTexts: [[UInt8]], _ first: Day) -> Key? {
        let found = Mutex<Key?>(nil)
        let chunks = max(1, min(codes.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var i = chunk
            while i < codes.count {
                if found.withLock({ $0 != nil }) { return }
                for (kind, metric, sector) in prefixes {
                    var state: UInt64 = 0xcbf2_9ce4_8422_2325
                    for byte in "\(kind.rawValue)|\(metric.rawValue)|\(codes[i])|\(sector?.name ?? "")|".utf8 {
                        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                    }
                    for n in dayTexts.indices {
                        let h = dayTexts[n].withUnsafeBufferPointer { bytes in
                            var h = state
                            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
                            return h
                        }
                        if h == target {
                            found.withLock { $0 = Key(kind: kind, metric: metric, locality: codes[i], sector: sector, start: first.advanced(by: n)) }
                            return
                        }
                    }
                }
                i += chunks
            }
        }
        return found.withLock { $0 }
    }

    /// Re-scans the key's place: its own series first, then (for a province) its communes folded
    /// into province events; over the start's month, then a month from the start.
    func rescan(_ key: Key, id: String, span: DayRange, calendar: WorkingCalendar) async throws -> Anomaly {
        let month = DayRange(first: Grain.month.periodStart(of: key.start), last: min(span.last, Grain.month.periodEnd(startingAt: Grain.month.periodStart(of: key.start))))
        let ahead = DayRange(first: key.start, last: min(span.last, key.start.advanced(by: 30)))
        let detector = AnomalyDetector(store: store)
        let direction: DirectionFilter = [.spike, .rateRise, .highOutlier].contains(key.kind) ? .up : .down
        for range in [month, ahead] {
            var selections: [UnitSelection] = [key.locality == Locality.nationCode ? .nation : .localities([key.locality])]
            if key.locality.count == 2 { selections.append(.communes(parentCode: key.locality)) }
            for units in selections {
                let request = AnomalyRequest(metric: key.metric, units: units, range: range, sectors: nil, bySector: key.sector != nil,
                                             direction: direction, calendar: calendar)
                if let hit = try await detector.detect(request).anomalies.first(where: { $0.id == id }) { return hit }
            }
        }
        throw QueryError("the anomaly \(id) (\(key.kind.rawValue) of \(key.metric.rawValue) at \(key.locality) from \(key.start)) is no longer found by a re-scan: the data may have changed",
                         hint: "explain the place and days directly:",
                         next: NextStep("explain", parameters: [.init("locality", key.locality), .init("from", key.start.description), .init("to", "DATE")]), code: .notFound)
    }
}

extension AnomalyLookup {
    /// The id `uptake anomalies` gives these fields (for tests of the lookup).
    public static func makeIDForTesting(kind: AnomalyKind, metric: Metric, locality: String, sector: Sector?, start: Day) -> String {
        Anomaly.makeID(kind: kind, metric: metric.rawValue, locality: locality, sector: sector, start: start)
    }
}
