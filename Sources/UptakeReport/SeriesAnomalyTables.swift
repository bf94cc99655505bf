import UptakeAnalysis
import UptakeCore

/// The output of `uptake detect`: JSON is the array of anomaly objects with `index`. Rendered through
/// ``ResultRendering`` (no heading: the method and count are the table's note).
public struct SeriesAnomalyReport: ResultRendering {
    public let anomalies: [SeriesAnomaly]
    public let method: SeriesMethod
    /// PELT's cost (what observed and expected mean depends on it); nil for the other methods.
    public let cost: SeriesCost?

    public init(_ anomalies: [SeriesAnomaly], method: SeriesMethod, cost: SeriesCost? = nil) {
        self.anomalies = anomalies
        self.method = method
        self.cost = cost
    }

    public var jsonBody: [SeriesAnomaly] { anomalies }
    public var heading: String { "" }
    public var tables: [Table] { [table] }

    var table: Table {
        Table(columns: ["index", "kind", "start", "end", "direction", "observed", "expected", "score"], rows: anomalies.map { a in
            [.integer(Int64(a.index)), .text(a.kind.rawValue), .text(a.start.description), .text(a.end.description), .text(a.direction.rawValue),
             a.observed.map { .number($0, 1) } ?? .empty, a.expected.map { .number($0, 1) } ?? .empty, .number(a.score, 1)]
        }, notes: ["method \(method.rawValue); \(anomalies.count) found"
                   + (method != .pelt ? "" : cost == .linear
                      ? "; changepoints: observed is the new segment's line on its first day, expected the previous line extended to that day, score in penalties"
                      : "; changepoints: observed is the new segment's mean, expected the previous one's, score in penalties")])
    }
}
