/// Sums of application counts over any set of rows: what every indicator is computed from.
///
/// Indicators are ratios of sums, never means of ratios. Optional input fields are summed only over
/// rows that carry them, and each ratio's denominator is taken over the same rows as its numerator
/// (`resolvedWithOnline` is the resolved count of rows that report `resolved_online`), so a row that
/// leaves a field out neither inflates nor deflates that ratio.
public struct CountSums: Hashable, Sendable, Codable {
    public var rows: Int64 = 0
    public var received: Int64 = 0
    public var receivedOnline: Int64 = 0
    public var resolved: Int64 = 0
    public var resolvedOnline: Int64 = 0
    public var resolvedWithOnline: Int64 = 0
    public var synced: Int64 = 0
    public var receivedWithSync: Int64 = 0
    public var onTime: Int64 = 0
    public var resolvedWithOnTime: Int64 = 0

    public init() {}

    public init(_ c: ApplicationCounts) {
        rows = 1
        received = c.received
        receivedOnline = c.receivedOnline
        resolved = c.resolved ?? 0
        if let r = c.resolved, let ro = c.resolvedOnline { resolvedOnline = ro; resolvedWithOnline = r }
        if let s = c.synced { synced = s; receivedWithSync = c.received }
        if let r = c.resolved, let ot = c.onTime { onTime = ot; resolvedWithOnTime = r }
    }

    /// The columns in storage order; the store and the tests share it.
    public static let columnNames = ["rows", "received", "received_online", "resolved", "resolved_online",
                                     "resolved_with_online", "synced", "received_with_sync", "on_time", "resolved_with_on_time"]

    public var values: [Int64] {
        [rows, received, receivedOnline, resolved, resolvedOnline, resolvedWithOnline, synced, receivedWithSync, onTime, resolvedWithOnTime]
    }

    public init(values v: [Int64]) {
        precondition(v.count == CountSums.columnNames.count)
        (rows, received, receivedOnline, resolved, resolvedOnline) = (v[0], v[1], v[2], v[3], v[4])
        (resolvedWithOnline, synced, receivedWithSync, onTime, resolvedWithOnTime) = (v[5], v[6], v[7], v[8], v[9])
    }

    public var isZero: Bool { values.allSatisfy { $0 == 0 } }

    public static func + (a: CountSums, b: CountSums) -> CountSums {
        CountSums(values: zip(a.values, b.values).map { $0 + $1 })
    }

    public static func - (a: CountSums, b: CountSums) -> CountSums {
        CountSums(values: zip(a.values, b.values).map { $0 - $1 })
    }

    /// The sum, or `nil` when a field would overflow 64 bits (counts within the contract's bound
    /// never do; a database written before the bound existed may).
    public func adding(_ other: CountSums) -> CountSums? {
        var out: [Int64] = []
        out.reserveCapacity(CountSums.columnNames.count)
        for (a, b) in zip(values, other.values) {
            let (sum, overflow) = a.addingReportingOverflow(b)
            if overflow { return nil }
            out.append(sum)
        }
        return CountSums(values: out)
    }

    public static func += (a: inout CountSums, b: CountSums) {
        a.rows += b.rows; a.received += b.received; a.receivedOnline += b.receivedOnline
        a.resolved += b.resolved; a.resolvedOnline += b.resolvedOnline; a.resolvedWithOnline += b.resolvedWithOnline
        a.synced += b.synced; a.receivedWithSync += b.receivedWithSync
        a.onTime += b.onTime; a.resolvedWithOnTime += b.resolvedWithOnTime
    }
}
