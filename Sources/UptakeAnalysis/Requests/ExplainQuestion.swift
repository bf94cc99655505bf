import UptakeCore
import UptakeStoreAPI

/// `explain`: why a metric fell (or sits low) at a locality, or why an anomaly happened.
public struct ExplainQuestion: Question {
    public static let name = "explain"

    /// By code or name, or VN for the nation.
    public var locality: String?
    /// An anomaly's id, as `anomalies` prints it: it names the place, days and metric.
    public var anomaly: String?
    public var metric: Metric?
    public var days: PeriodSelection
    public var baseline: PeriodOrRange?
    public var top: Int?
    /// The units to answer in: today's (`nil`, the default, with pre-reform data folded in) or the
    /// pre-reform ones as filed (``PreReformUnitsStore``).
    public var vintage: UnitVintage?

    enum CodingKeys: String, CodingKey { case locality, anomaly, metric, days, baseline, top, vintage }

    public init(locality: String? = nil, anomaly: String? = nil, metric: Metric? = nil, days: PeriodSelection = PeriodSelection(),
                baseline: PeriodOrRange? = nil, top: Int? = nil, vintage: UnitVintage? = nil) {
        self.locality = locality
        self.anomaly = anomaly
        self.metric = metric
        self.days = days
        self.baseline = baseline
        self.top = top
        self.vintage = vintage
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        try days.validate(name)
        if anomaly != nil {
            if locality != nil || days.period != nil || days.from != nil || baseline != nil || metric != nil || days.sectors != nil {
                throw QueryError("\(name("anomaly")) names its place, days and metric: leave out \(name("locality")), \(name("period")), "
                                 + "\(name("from"))/\(name("to")), \(name("baseline")), \(name("metric")) and \(name("sector"))")
            }
        } else if locality == nil {
            throw QueryError("give \(name("locality")) (a code, a name or VN) or \(name("anomaly")) ID")
        }
        if metric == .onlineSubmission766 { throw QueryError("online-submission-766 is a product of two rates: explain online-submission and sync separately") }
        if let top, top < 1 { throw QueryError("\(name("top")) must be at least 1") }
        try days.validateAsOf(name, alsoRelative: baseline?.expression.relativePeriod != nil)
    }

    public func answer(_ context: AnswerContext) async throws -> Explanation {
        let context = try await context.inUnits(vintage)
        let store = context.store, top = top ?? 10
        if let anomaly {
            let found = try await AnomalyLookup(store: store).find(anomaly, calendar: context.calendar)
            // Stated with the anomaly's own test, as its alert is: the scan's drop is never "no fall" here.
            var explanation = try await Explainer(store: store).explain(ExplainRequest(anomaly: found, calendar: context.calendar, top: top)).stating(found.fall)
            explanation.anomaly = found.id
            return explanation
        }
        let code = try LocalityLookup.code(locality ?? "", in: try await store.localities())
        let request = ExplainRequest(locality: code, window: try await days.range(store, today: context.today),
                                     baseline: baseline?.expression.range(asOf: days.asOf ?? context.today()),
                                     metric: metric ?? .onlineSubmission, sectors: try await days.checkedSectors(store, context.spelling),
                                     calendar: context.calendar, top: top)
        return try await Explainer(store: store).explain(request)
    }
}
