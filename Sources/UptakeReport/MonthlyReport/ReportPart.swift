import UptakeAnalysis
import UptakeCharts
import UptakeCore

/// One part of the rendered report, shared by the HTML and the Markdown: its title, what it says,
/// its charts and its tables; or the one sentence that says why it is empty.
struct ReportPart {
    var id: String
    var title: String
    var paragraphs: [String] = []
    /// Set when the part has no content: the plain sentence said instead.
    var gap: String?
    var charts: [ChartSVG] = []
    var tables: [Table] = []
}

/// Numbers as the tables show them.
enum Say {
    static func count(_ n: Int64) -> String { Cell.integer(n).tableText }
    static func count(_ n: Int) -> String { Cell.integer(Int64(n)).tableText }
    static func number(_ x: Double?, _ digits: Int = 1) -> String { Cell.number(x, digits).tableText }
    static func percent(_ x: Double?, _ digits: Int = 2) -> String { Cell.percent(x, digits).tableText }
    static func points(_ x: Double?) -> String { x.map { (($0 >= 0) ? "+" : "") + Cell.points($0, digits: 2).tableText } ?? "–" }
    static func change(_ x: Double?) -> String { x.map { (($0 >= 0) ? "+" : "") + Cell.percent($0, digits: 1).tableText } ?? "–" }
    /// `1 anomaly`, `3 anomalies`.
    static func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(count(n)) \(n == 1 ? one : many)" }
    static func verdict(_ significant: Bool?) -> String {
        switch significant {
        case true?: "significant"
        case false?: "within the noise"
        case nil: "not tested"
        }
    }
}
