import Foundation

/// The languages an official reads Uptake in. Vietnamese is for the officials who receive what the
/// analysts send; English for the analysts' own terminals. Everything a person reads (the report, the
/// dashboard, notifications, tables) is worded per language in one place per kind of text; CSV and
/// JSON keep the data contract's identifiers, whatever the language.
///
/// ```swift
/// Language(acceptLanguage: "vi-VN,vi;q=0.9,en;q=0.8")   // .vi
/// Language.vi.numbers.percent(0.3273, 2)                   // "32,73 %"
/// ```
public enum Language: String, Sendable, Codable, CaseIterable {
    case en
    case vi

    /// The BCP 47 tag for `<html lang>` and `Content-Language`.
    public var tag: String { rawValue }

    /// The language's own name, as a language switch shows it.
    public var ownName: String {
        switch self {
        case .en: "English"
        case .vi: "Tiếng Việt"
        }
    }

    /// The best of ours for an HTTP `Accept-Language` header (RFC 9110 §12.5.4: tags by weight, `q=0`
    /// excluded, a prefix matching its subtags); `nil` when it names neither.
    public init?(acceptLanguage header: String) {
        var best: (language: Language, weight: Double)?
        for range in header.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(), !tag.isEmpty else { continue }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            guard weight > 0, let language = Language(rawValue: String(tag.split(separator: "-")[0])) else { continue }
            if weight > (best?.weight ?? 0) { best = (language, weight) }
        }
        guard let best else { return nil }
        self = best.language
    }

    /// The language's number and date style.
    public var numbers: NumberStyle { NumberStyle(language: self) }

    /// `en` or `vi` text picked by the language: for a short label beside its translation. Sentences
    /// belong in the language's own wording type (``EvidenceWording``), terms in ``Glossary``.
    public func pick(en: String, vi: String) -> String {
        switch self {
        case .en: en
        case .vi: vi
        }
    }
}
