import Foundation
import UptakeCore

/// A template placeholder's value as data: a count, a rate, a day, a kind... Each annotation
/// language writes it its own way (``AlertValueStyle``): `7681` and `45.1%` in the plain
/// annotations, `7.681` and `45,1 %` in `summary_vi` (UptakeReport's Vietnamese style).
public enum AlertValue: Sendable, Equatable {
    /// Names, codes, ids: as they are.
    case text(String)
    /// A count, whole.
    case count(Double)
    /// A proportion, shown as a percentage with one decimal.
    case rate(Double)
    /// A percentage already times 100, whole (`drop_percent`: the template writes the sign).
    case percent(Double)
    /// The anomaly's score (−log10 p), one decimal.
    case score(Double)
    case day(Day)
    case level(LocalityLevel)
    /// `nil`: all sectors.
    case sector(Sector?)
    case kind(AnomalyKind)
    case severity(AnomalySeverity)
    /// A province's roll-up of small communes, each with its observed and expected values.
    case communes([RolledUpCommune], rate: Bool)
}

/// How one language writes template values. The plain annotations (`summary`) use
/// ``PlainAlertValues``; a language's annotations (`summary_vi`) the style given for it to
/// ``AlertCheck`` (UptakeReport's `AlertLanguages.styles`).
public protocol AlertValueStyle: Sendable {
    func text(_ value: AlertValue) -> String
}

/// The plain annotations' values, as the rule files have always read them: `7681`, `45.1%`,
/// `2025-07-01`, `level_shift`, and the roll-up's "Lương Tài (07412): 1 against 18 expected".
public struct PlainAlertValues: AlertValueStyle {
    public init() {}

    public func text(_ value: AlertValue) -> String {
        switch value {
        case .text(let s): s
        case .count(let x): String(format: "%.0f", x)
        case .rate(let x): String(format: "%.1f%%", x * 100)
        case .percent(let x): String(format: "%.0f", x)
        case .score(let x): String(format: "%.1f", x)
        case .day(let d): d.description
        case .level(let l): l.rawValue
        case .sector(let s): s?.name ?? "all"
        case .kind(let k): k.rawValue
        case .severity(let s): s.rawValue
        case .communes(let c, let rate): AlertRollUp.listing(c, rate: rate)
        }
    }
}

/// Annotations in more than one language. An annotation whose name ends in `_` and a language code
/// (`summary_vi`) is the text of the annotation without it (`summary`) in that language: its
/// placeholders are filled in that language's style, `{{ explanation }}` in that language. A
/// receiver with `language: vi` gets each annotation in Vietnamese under its plain name (`summary`
/// is `summary_vi`'s text; an annotation without a Vietnamese text stays as it is); a receiver
/// without `language` gets the plain annotations, as before. Either way no suffixed name is sent,
/// so a receiver (Alertmanager's templates, a chat hook) reads `summary` whatever its language.
public enum AnnotationLanguage {
    /// The languages an annotation or a receiver may name (UptakeReport's `Language`; a test keeps them equal).
    public static let codes = ["en", "vi"]
    /// The language of the plain annotations.
    public static let plain = "en"

    /// `("summary", "vi")` for `summary_vi`; `("summary", nil)` for `summary`.
    public static func split(_ key: String) -> (base: String, language: String?) {
        for code in codes where key.hasSuffix("_" + code) && key.count > code.count + 1 {
            return (String(key.dropLast(code.count + 1)), code)
        }
        return (key, nil)
    }

    /// The annotations a reader of `language` (`nil`: the plain language) gets.
    public static func resolved(_ annotations: [String: String], for language: String?) -> [String: String] {
        let wanted = language ?? plain
        var out: [String: String] = [:]
        for (key, text) in annotations where split(key).language == nil { out[key] = text }
        for (key, text) in annotations {
            let (base, code) = split(key)
            if code == wanted { out[base] = text }
        }
        return out
    }
}
