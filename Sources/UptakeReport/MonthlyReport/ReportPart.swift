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
    /// Things to act on, each pointing to the part with its detail (the brief's list).
    var actions: [ReportAction] = []
}

/// One thing to act on: what the figures show, in plain words, and where the detail is.
struct ReportAction {
    var text: String
    /// The part with the evidence, and its title.
    var part: String
    var partTitle: String
}
