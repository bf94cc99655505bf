import UptakeAnalysis
import UptakeCore

/// Every question's answer as every caller prints it: the CLI writes it in the chosen format, the
/// server and the notebooks as JSON, a workbook takes its tables. One conformance per answer, so the
/// CLI and `/api/v1` print the same bytes for the same question.
///
/// `language`: whom the text formats are for (see ``Table/language``): `nil`, an analyst (the
/// contract's identifiers); a language, a reader of it. CSV and JSON are the same for every language.
public protocol AnswerRendering: Sendable {
    /// The answer's tables, in order, for a reader of `language`: what a workbook holds, a sheet each.
    func tables(in language: Language?) -> [Table]
    /// The answer in `format`, in pieces (a long table streams row by row).
    func write(_ format: OutputFormat, in language: Language?, to emit: (String) -> Void)
}

extension AnswerRendering {
    /// The answer in `format` for an analyst, in pieces.
    public func write(_ format: OutputFormat, to emit: (String) -> Void) { write(format, in: nil, to: emit) }

    /// The answer in `format`, whole.
    public func rendered(_ format: OutputFormat, in language: Language? = nil) -> String {
        var text = ""
        write(format, in: language) { text += $0 }
        return text
    }
}

/// A result rendered by its own `render(_:)` (several tables, or text between them), for a reader
/// of its `language`.
protocol BespokeRendering: Sendable {
    var language: Language? { get set }
    var tables: [Table] { get }
    func render(_ format: OutputFormat) -> String
}

/// An answer rendered by a ``BespokeRendering``.
protocol BespokeAnswer: AnswerRendering {
    associatedtype Rendering: BespokeRendering
    var rendering: Rendering { get }
}

extension BespokeAnswer {
    public func tables(in language: Language?) -> [Table] { rendering.tables.map { $0.read(in: language) } }
    public func write(_ format: OutputFormat, in language: Language?, to emit: (String) -> Void) {
        var rendering = rendering
        rendering.language = language
        emit(rendering.render(format))
    }
}

/// An answer that is one ``ResultRendering`` renders through it.
protocol RenderedAnswer: AnswerRendering {
    associatedtype Rendering: ResultRendering
    var rendering: Rendering { get }
}

extension RenderedAnswer {
    public func tables(in language: Language?) -> [Table] { rendering.tables.map { $0.read(in: language) } }
    public func write(_ format: OutputFormat, in language: Language?, to emit: (String) -> Void) { emit(rendering.render(format, in: language)) }
}

/// An answer that is one table, streamed row by row in CSV and JSON.
protocol TableAnswer: AnswerRendering {
    var table: Table { get }
}

extension TableAnswer {
    public func tables(in language: Language?) -> [Table] { [table.read(in: language)] }
    public func write(_ format: OutputFormat, in language: Language?, to emit: (String) -> Void) { table.read(in: language).write(format, to: emit) }
}

extension RatesQuestion.Answer: TableAnswer {
    var table: Table {
        let table = Table(rates: rows, metric: metric, ranked: ranked, coverage: coverage)
        return evidence.map { table.withEvidence($0, kinds: evidenceKinds) } ?? table
    }
}

extension TrendQuestion.Answer: AnswerRendering {
    public func tables(in language: Language?) -> [Table] {
        switch self {
        case .series(let result, let daily, let weekly, let evidence, let kinds):
            TrendReport(result, daily: daily, weekly: weekly, evidence: evidence, kinds: kinds).tables.map { $0.read(in: language) }
        case .sectors(let results, let evidence, let kinds):
            TrendSectorReport(results, evidence: evidence, kinds: kinds).tables.map { $0.read(in: language) }
        }
    }

    public func write(_ format: OutputFormat, in language: Language?, to emit: (String) -> Void) {
        switch self {
        case .series(let result, let daily, let weekly, let evidence, let kinds):
            var report = TrendReport(result, daily: daily, weekly: weekly, evidence: evidence, kinds: kinds)
            report.language = language
            emit(report.render(format))
        case .sectors(let results, let evidence, let kinds):
            var report = TrendSectorReport(results, evidence: evidence, kinds: kinds)
            report.language = language
            emit(report.render(format))
        }
    }
}

extension CompareQuestion.Answer: BespokeAnswer {
    var rendering: ComparisonReport { ComparisonReport(result, evidence: evidence, kinds: evidenceKinds) }
}

extension AnomalyReport: RenderedAnswer {
    var rendering: AnomalyListReport { AnomalyListReport(self) }
}

extension DetectQuestion.Answer: RenderedAnswer {
    var rendering: SeriesAnomalyReport { SeriesAnomalyReport(anomalies, method: method, cost: cost) }
}

extension LaggingResult: RenderedAnswer {
    var rendering: LaggingReport { LaggingReport(self) }
}

extension StatusResult: BespokeAnswer {
    var rendering: StatusReport { StatusReport(self) }
}

extension ReadinessQuestion.Answer: AnswerRendering {
    /// Every criterion, as CSV and JSON carry them.
    public func tables(in language: Language?) -> [Table] { [Table(readiness: report, level: level, everyCriterion: true).read(in: language)] }

    /// The table shows the basic requirements; CSV and JSON carry every criterion.
    public func write(_ format: OutputFormat, in language: Language?, to emit: (String) -> Void) {
        Table(readiness: report, level: level, everyCriterion: format == .csv || format == .json).read(in: language).write(format, to: emit)
    }
}

extension Array: AnswerRendering, TableAnswer where Element == Locality {
    var table: Table { Table(localities: self) }
}

extension GapResult: BespokeAnswer {
    var rendering: GapReport { GapReport(self) }
}

extension Explanation: BespokeAnswer {
    var rendering: ExplanationReport { ExplanationReport(self) }
}

extension TasksResult: TableAnswer {
    var table: Table { Table(tasks: self) }
}

extension MonthlyReport: AnswerRendering {
    /// JSON is the typed report, each explanation with its facts worded (the CLI's `--out F.json`);
    /// the other formats print its tables.
    public func write(_ format: OutputFormat, in language: Language?, to emit: (String) -> Void) {
        emit(MonthlyReportDocument(self, language: language ?? .en).render(format))
    }

    /// The report's tables, part by part, for a reader (English unless a language is given).
    public func tables(in language: Language?) -> [Table] { MonthlyReportDocument(self, language: language ?? .en).tables }
}

extension ComparisonReport: BespokeRendering {
    /// The rates (for a rate) and the volumes, as the text shows them.
    var tables: [Table] { (result.metric.isRate ? [rateTable] : []) + [volumeTable] }
}

extension TrendReport: BespokeRendering {
    var tables: [Table] { daily ? [dailyTable] : weekly ? [weeklyTable] : [summaryTable] }
}

extension TrendSectorReport: BespokeRendering {
    var tables: [Table] { [table(results.map { TrendReport($0) })] }
}

extension StatusReport: BespokeRendering {
    var tables: [Table] { [table(result.rows)] }
}

extension ExplanationReport: BespokeRendering {
    var tables: [Table] { [contributorTable] }
}

extension GapReport: BespokeRendering {
    var tables: [Table] { [table] }
}
