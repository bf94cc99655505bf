import UptakeAnalysis
import UptakeCore

/// Every question's answer as every caller prints it: the CLI writes it in the chosen format, the
/// server and the notebooks as JSON. One conformance per answer, so the CLI and `/api/v1` print the
/// same bytes for the same question.
public protocol AnswerRendering: Sendable {
    /// The answer in `format`, in pieces (a long table streams row by row).
    func write(_ format: OutputFormat, to emit: (String) -> Void)
}

extension AnswerRendering {
    /// The answer in `format`, whole.
    public func rendered(_ format: OutputFormat) -> String {
        var text = ""
        write(format) { text += $0 }
        return text
    }
}

extension RatesQuestion.Answer: AnswerRendering {
    public func write(_ format: OutputFormat, to emit: (String) -> Void) {
        var table = Table(rates: rows, metric: metric, ranked: ranked, coverage: coverage)
        if let evidence { table = table.withEvidence(evidence, kinds: evidenceKinds) }
        table.write(format, to: emit)
    }
}

extension TrendQuestion.Answer: AnswerRendering {
    public func write(_ format: OutputFormat, to emit: (String) -> Void) {
        switch self {
        case .series(let result, let daily, let weekly, let evidence, let kinds):
            emit(TrendReport(result, daily: daily, weekly: weekly, evidence: evidence, kinds: kinds).render(format))
        case .sectors(let results, let evidence, let kinds):
            emit(TrendSectorReport(results, evidence: evidence, kinds: kinds).render(format))
        }
    }
}

extension CompareQuestion.Answer: AnswerRendering {
    public func write(_ format: OutputFormat, to emit: (String) -> Void) {
        emit(ComparisonReport(result, evidence: evidence, kinds: evidenceKinds).render(format))
    }
}

extension AnomalyReport: AnswerRendering {
    public func write(_ format: OutputFormat, to emit: (String) -> Void) { emit(AnomalyListReport(self).render(format)) }
}

extension DetectQuestion.Answer: AnswerRendering {
    public func write(_ format: OutputFormat, to emit: (String) -> Void) { emit(SeriesAnomalyReport(anomalies, method: method).render(format)) }
}

extension LaggingResult: AnswerRendering {
    public func write(_ format: OutputFormat, to emit: (String) -> Void) { emit(LaggingReport(self).render(format)) }
}

extension StatusResult: AnswerRendering {
    public func write(_ format: OutputFormat, to emit: (String) -> Void) { emit(StatusReport(self).render(format)) }
}

extension ReadinessQuestion.Answer: AnswerRendering {
    /// The table shows the basic requirements; CSV and JSON carry every criterion.
    public func write(_ format: OutputFormat, to emit: (String) -> Void) {
        Table(readiness: report, level: level, everyCriterion: format == .csv || format == .json).write(format, to: emit)
    }
}

extension Array: AnswerRendering where Element == Locality {
    public func write(_ format: OutputFormat, to emit: (String) -> Void) { Table(localities: self).write(format, to: emit) }
}

extension GapResult: AnswerRendering {
    public func write(_ format: OutputFormat, to emit: (String) -> Void) { emit(GapReport(self).render(format)) }
}

extension Explanation: AnswerRendering {
    public func write(_ format: OutputFormat, to emit: (String) -> Void) { emit(ExplanationReport(self).render(format)) }
}

extension TasksResult: AnswerRendering {
    public func write(_ format: OutputFormat, to emit: (String) -> Void) { Table(tasks: self).write(format, to: emit) }
}

extension MonthlyReport: AnswerRendering {
    /// JSON is the typed report, each explanation with its facts worded (the CLI's `--out F.json`);
    /// the other formats print its tables.
    public func write(_ format: OutputFormat, to emit: (String) -> Void) { emit(MonthlyReportDocument(self).render(format)) }
}
