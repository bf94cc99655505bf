import UptakeCore
import UptakeStoreAPI

/// `report`: the period's report for the nation and its provinces, or for one province and its
/// communes: summary, ranking, funnel, the units that changed most, month over month, year over year, anomalies,
/// explanations of the flagged units (typed facts), readiness gaps and green against reality.
public struct ReportQuestion: Question {
    public static let name = "report"

    /// The period reported (required): 2025-07, 2025-Q3, a range, or relative (last-month).
    public var period: PeriodOrRange?
    /// The baseline (default: the period of the same length just before).
    public var baseline: PeriodOrRange?
    /// One province, by code or name: the report covers it and its communes.
    public var locality: String?
    /// The day a relative period is counted from (default: today).
    public var asOf: Day?

    enum CodingKeys: String, CodingKey {
        case period, baseline, locality
        case asOf = "as-of"
    }

    public init(period: PeriodOrRange?, baseline: PeriodOrRange? = nil, locality: String? = nil, asOf: Day? = nil) {
        (self.period, self.baseline, self.locality, self.asOf) = (period, baseline, locality, asOf)
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        guard period != nil else { throw QueryError("give \(name("period")): the period reported, e.g. 2025-07") }
        if asOf != nil, period?.expression.relativePeriod == nil, baseline?.expression.relativePeriod == nil {
            throw QueryError("\(name("as-of")) counts a relative period (last-month) from a day: give one, or leave \(name("as-of")) out")
        }
    }

    /// The report; `context.progress` hears each part as it starts.
    public func answer(_ context: AnswerContext) async throws -> MonthlyReport {
        let store = context.store, day = asOf ?? context.today()
        let current = (period ?? PeriodOrRange(.relative(.lastMonth))).expression.range(asOf: day)
        var province: String?
        if let locality {
            let all = try await store.localities()
            let code = try LocalityLookup.code(locality, in: all)
            guard let found = all.first(where: { $0.code == code }), found.level == .province else {
                let name = all.first { $0.code == code }?.name ?? code
                throw QueryError("\(name) (\(code)) is a commune: a report covers the nation or one province", hint: "give a province")
            }
            province = found.code
        }
        let request = MonthlyReportRequest(period: current, baseline: baseline?.expression.range(asOf: day) ?? current.previous,
                                           province: province, calendar: context.calendar)
        let stages = ReportStage.allCases
        return try await MonthlyReportBuilder(store: store, explainer: FlaggedLocalityExplainer(store: store, calendar: context.calendar))
            .build(request) { stage in
                context.progress?(AnswerContext.Progress(step: (stages.firstIndex(of: stage) ?? 0) + 1, of: stages.count, what: stage.rawValue))
            }
    }
}
