import UptakeAnalysis
import UptakeCore

/// A page of tables under a name: what a workbook makes one sheet of. An answer's tables are a sheet
/// each; the monthly report's parts are a sheet each, with the part's title and sentences.
///
/// ```swift
/// let sheets = answer.sheets(named: "rates", in: .vi)   // one per table: "rates", or "rates 1", "rates 2"
/// let report = monthlyReport.sheets(in: .vi)           // "Tóm tắt", "Xếp hạng", …
/// ```
public struct TableSheet: Sendable, Equatable {
    /// The sheet's name as a reader would say it; a writer makes it fit its format's rules.
    public var name: String
    /// Said above the tables (the report part's title).
    public var title: String?
    /// Sentences said with the tables (the part's paragraphs, or why it is empty).
    public var lines: [String]
    /// The tables, each already for its reader (``Table/read(in:)``).
    public var tables: [Table]

    public init(name: String, title: String? = nil, lines: [String] = [], tables: [Table]) {
        self.name = name
        self.title = title
        self.lines = lines
        self.tables = tables
    }

    /// `tables` as sheets named `name`, numbered when there are several.
    public static func named(_ name: String, _ tables: [Table]) -> [TableSheet] {
        guard tables.count > 1 else { return [TableSheet(name: name, tables: tables)] }
        return tables.enumerated().map { TableSheet(name: "\(name) \($0.offset + 1)", tables: [$0.element]) }
    }
}

extension AnswerRendering {
    /// The answer's tables for a reader of `language`, a sheet each, named `name`.
    public func sheets(named name: String, in language: Language?) -> [TableSheet] {
        TableSheet.named(name, tables(in: language))
    }
}

extension ResultRendering {
    /// The result's tables for a reader of `language`, a sheet each, named `name`.
    public func sheets(named name: String, in language: Language?) -> [TableSheet] {
        TableSheet.named(name, tables.map { $0.read(in: language) })
    }
}

extension MonthlyReport {
    /// The report as sheets, a part each in reading order: the part's title, its sentences (or why it
    /// is empty) and its tables, for a reader of `language` (`nil`: English words, the contract's
    /// identifiers in the tables). Charts have no sheet of their own: their numbers are the tables'.
    public func sheets(in language: Language?) -> [TableSheet] {
        // The document's parts: the brief first, explanations worded, tables read in the language.
        MonthlyReportDocument(self, language: language ?? .en).parts.map { part in
            TableSheet(name: Self.sheetName(part, in: language ?? .en), title: part.title,
                       lines: [part.gap].compactMap { $0 } + part.paragraphs + part.actions.map(\.text),
                       tables: part.tables)
        }
    }

    /// A short name for a part's sheet (its title is a sentence); a part not named here keeps its title.
    static func sheetName(_ part: ReportPart, in language: Language) -> String {
        switch part.id {
        case "brief": language.pick(en: "In brief", vi: "Điểm chính")
        case "summary": language.pick(en: "Summary", vi: "Tóm tắt")
        case "ranking": language.pick(en: "Ranking", vi: "Xếp hạng")
        case "funnel": language.pick(en: "Funnel plot", vi: "Biểu đồ phễu")
        case "series": language.pick(en: "Changed most", vi: "Thay đổi nhiều nhất")
        case "month-over-month": language.pick(en: "Month over month", vi: "So với tháng trước")
        case "anomalies": language.pick(en: "Anomalies", vi: "Bất thường")
        case "explanations": language.pick(en: "Explanations", vi: "Nguyên nhân")
        case "readiness": language.pick(en: "Readiness gaps", vi: "Điều kiện bảo đảm")
        case "green-versus-reality": language.pick(en: "Green versus reality", vi: "Báo xanh và thực tế")
        case "map": language.pick(en: "Map", vi: "Bản đồ")
        default: part.title
        }
    }
}
