import UptakeAnalysis
import UptakeCore

/// Alert annotations for readers of each language: the styles that fill `summary_vi` and the other
/// Vietnamese annotations (``AnnotationLanguage``). The CLI and the server hand them to the alert
/// check with the explainer (``RootCauseExplainer``, whose `{{ explanation }}` is worded in each language).
public enum AlertLanguages {
    /// A style for each language but the plain one (whose values the analysis writes as rule files always read them).
    public static let styles: [String: any AlertValueStyle] = Dictionary(
        uniqueKeysWithValues: Language.allCases.filter { $0.rawValue != AnnotationLanguage.plain }.map { ($0.rawValue, AlertValueWords(language: $0)) })
}

/// Template values in a reader's language: `7.681`, `45,1 %`, `1/7/2025`, `thay đổi mức`, and the
/// roll-up's "Lương Tài (07412): 1 so với 18 dự kiến".
struct AlertValueWords: AlertValueStyle {
    let language: Language

    func text(_ value: AlertValue) -> String {
        let numbers = language.numbers
        switch value {
        case .text(let s): return s
        case .count(let x): return numbers.integer(Int64(x.rounded()))
        case .rate(let x): return numbers.percent(x, 1)
        case .percent(let x): return numbers.decimal(x, 0)
        case .score(let x): return numbers.decimal(x, 1)
        case .day(let d): return numbers.date(d)
        case .level(let l): return l.term.text(language)
        case .sector(let s): return (s ?? .all).term.text(language)
        case .kind(let k): return k.term.text(language)
        case .severity(let s): return severity(s)
        case .communes(let communes, let rate):
            func shown(_ x: Double) -> String { rate ? numbers.percent(x, 1) : numbers.integer(Int64(x.rounded())) }
            return communes.map { c in
                var s = "\(c.name) (\(c.code))"
                if let o = c.observed, let e = c.expected { s += ": " + language.pick(en: "\(shown(o)) against \(shown(e)) expected", vi: "\(shown(o)) so với \(shown(e)) dự kiến") }
                return s
            }.joined(separator: "; ")
        }
    }

    /// The anomaly's severity (the scan's: minor from −log10 p 3, major 5, critical 8).
    func severity(_ s: AnomalySeverity) -> String {
        switch s {
        case .none: language.pick(en: "none", vi: "không đáng kể")
        case .minor: language.pick(en: "minor", vi: "nhẹ")
        case .major: language.pick(en: "major", vi: "nghiêm trọng")
        case .critical: language.pick(en: "critical", vi: "rất nghiêm trọng")
        }
    }
}
