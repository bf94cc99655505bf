import UptakeAnalysis
import UptakeCharts
import UptakeCore

extension ReportParts {
    /// The scope's applications received each day of the period, last year's same days dashed behind
    /// them, day of the month against day of the month (so weekends fall on different days of the two
    /// lines). Last year's days filed in the pre-reform units are counted in today's exactly.
    func yearOverYearChart(_ daily: YearOverYearDaily) -> ChartSVG {
        let days = daily.received.indices.map { daily.first.advanced(by: $0) }
        var chart = LineChart(id: "year-over-year-daily",
                              title: t("\(scopeName): applications received per day, \(period) and \(lastYear)",
                                       "\(scopeName): hồ sơ tiếp nhận mỗi ngày, \(period) và \(lastYear)"),
                              description: t("Daily applications received at \(scopeName) over the \(days.count) days from \(n.date(daily.first)), "
                                                 + "with the same days a year before (from \(n.date(daily.baselineFirst))) dashed, day of the month against day of the month.",
                                             "Số hồ sơ tiếp nhận hằng ngày tại \(scopeName) trong \(days.count) ngày từ \(n.date(daily.first)), "
                                                 + "cùng các ngày đó năm trước (từ \(n.date(daily.baselineFirst))) vẽ nét đứt, đối chiếu theo ngày trong tháng."),
                              values: daily.received.map { $0 ?? .nan }, valuesLabel: period,
                              xLabels: days.map { n.date($0) }, xTickIndices: days.indices.filter { [1, 8, 15, 22, 29].contains(days[$0].components.day) })
        chart.comparison = daily.baselineReceived.map { $0 ?? .nan }
        chart.comparisonLabel = lastYear
        return drawn(chart)
    }
}
