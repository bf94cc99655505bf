import UptakeCore
import UptakeStoreAPI

extension ExplainRequest {
    /// The request that explains `anomaly`: its place, days, metric and sector, against the 8 weeks
    /// before it (the anomaly scan's own baseline).
    public init(anomaly: Anomaly, calendar: WorkingCalendar = .vietnam, top: Int = 10) {
        self.init(locality: anomaly.locality, window: DayRange(first: anomaly.start, last: anomaly.end),
                  baseline: DayRange(first: anomaly.start.advanced(by: -56), last: anomaly.start.advanced(by: -1)),
                  metric: anomaly.metric, sectors: anomaly.sector.map { [$0] }, calendar: calendar, top: top)
    }
}

// `RootCauseExplainer`, which puts `uptake explain` behind the alerts' `{{ explanation }}` and the
// report's flagged localities, lives in UptakeReport: its hooks hand over sentences, worded there.
