import Foundation

/// A label or annotation template: text with `{{ name }}` placeholders (`{{ .name }}` and
/// `{{ $labels.name }}` are read the same way, for Prometheus users). Parsed when the rule file is
/// read, so an unknown placeholder is an error pointing at the file, not an empty string at 6 am.
public struct AlertTemplate: Sendable, Equatable, CustomStringConvertible {
    enum Part: Sendable, Equatable {
        case text(String)
        case variable(String)
    }

    let parts: [Part]
    public let source: String

    /// The placeholders every alert can fill.
    public static let variables: [String: String] = [
        "alertname": "the rule's name",
        "locality": "the locality's code",
        "name": "the locality's name",
        "province": "the province's code",
        "level": "province, commune or nation",
        "sector": "the sector (all when the rule is not per sector)",
        "metric": "the watched metric",
        "day": "the day evaluated",
        "value": "the metric's value that day",
        "kind": "the covering anomaly's kind",
        "severity": "the covering anomaly's severity",
        "score": "the covering anomaly's score (−log10 p)",
        "observed": "the anomaly's observed value over its days",
        "expected": "the anomaly's expected value over its days",
        "drop_percent": "how far observed is below expected, in percent",
        "since": "the first active day of the alert's episode (active_since): it does not move while the episode lasts",
        "anomaly_id": "the anomaly's id (uptake anomalies)",
        "incidents": "the incidents recorded at the place, counted",
        "explanation": "the top explanation (empty unless an explainer is wired)",
        "communes": "for a province's roll-up of small communes (roll_up): the communes, each with its observed and expected values",
    ]

    /// Parses `source`; the error names the placeholder and its offset in the text.
    public init(_ source: String) throws(TemplateError) {
        self.source = source
        var parts: [Part] = []
        var rest = Substring(source)
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex { parts.append(.text(String(rest[..<open.lowerBound]))) }
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                throw TemplateError(message: "a placeholder opened with {{ is not closed", offset: source.distance(from: source.startIndex, to: open.lowerBound))
            }
            var name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            for prefix in ["$labels.", ".Labels.", "."] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
            guard Self.variables[name] != nil else {
                throw TemplateError(message: "unknown placeholder {{ \(name) }}; known: \(Self.variables.keys.sorted().joined(separator: ", "))",
                                    offset: source.distance(from: source.startIndex, to: open.lowerBound))
            }
            parts.append(.variable(name))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    /// The text with every placeholder replaced (an unknown value: empty).
    public func render(_ values: [String: String]) -> String {
        parts.map { part in
            switch part {
            case .text(let t): t
            case .variable(let v): values[v] ?? ""
            }
        }.joined()
    }

    public var description: String { source }
}

/// A template that cannot be read: what is wrong, and where in the template's text.
public struct TemplateError: Error, Sendable {
    public var message: String
    public var offset: Int
}
