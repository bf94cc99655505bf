import Foundation
import UptakeCore

/// A request's query parameters, named as the CLI's options (`metric`, `as-of`, `false-flags`), read
/// once: an unknown or repeated parameter, or a malformed value, is an `invalid_query` problem naming
/// it, never a silent default.
public struct QueryParameters: Sendable {
    private var values: [String: String]

    /// `pairs` as they came; `allowed` the names the endpoint takes (its OpenAPI parameters).
    public init(_ pairs: [(String, String)], allowed: [String]) throws(QueryError) {
        var values: [String: String] = [:]
        for (name, value) in pairs {
            guard allowed.contains(name) else {
                throw QueryError("unknown parameter \"\(name)\"", hint: allowed.isEmpty ? "this endpoint takes no parameters"
                                 : "this endpoint takes \(allowed.joined(separator: ", "))")
            }
            guard values[name] == nil else { throw QueryError("parameter \"\(name)\" given twice", hint: "give it once") }
            values[name] = value
        }
        self.values = values
    }

    /// The name-value pairs of a URL's query, decoded as a form encodes them (`+` a space, `%XX` a byte).
    public static func pairs(_ query: String?) -> [(String, String)] {
        guard let query, !query.isEmpty else { return [] }
        return query.split(separator: "&").map { part in
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (decode(pair[0]), pair.count > 1 ? decode(pair[1]) : "")
        }
    }

    /// `+` as a space and `%XX` as a byte; text with a malformed escape, or whose bytes are not
    /// UTF-8, is taken as it came (with its `+` as spaces). Byte by byte rather than through
    /// Foundation's `removingPercentEncoding`, which was an eighth of a kept answer's CPU in perf.
    static func decode(_ part: Substring) -> String {
        let utf8 = part.utf8
        let percent = UInt8(ascii: "%"), plus = UInt8(ascii: "+"), space = UInt8(ascii: " ")
        guard utf8.contains(where: { $0 == percent || $0 == plus }) else { return String(part) }
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        let raw = Array(utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        var i = 0, malformed = false
        while i < raw.count {
            switch raw[i] {
            case plus: bytes.append(space); i += 1
            case percent:
                if i + 2 < raw.count, let high = hex(raw[i + 1]), let low = hex(raw[i + 2]) {
                    bytes.append(high << 4 | low); i += 3
                } else {
                    malformed = true; bytes.append(percent); i += 1
                }
            default: bytes.append(raw[i]); i += 1
            }
        }
        guard !malformed, let text = String(validating: bytes, as: UTF8.self) else {
            return String(decoding: raw.map { $0 == plus ? space : $0 }, as: UTF8.self)  // as it came, + as spaces
        }
        return text
    }

    /// Every parameter as `name=value`, sorted: the same question however its parameters were ordered.
    public var normalised: [String] { values.map { "\($0.key)=\($0.value)" }.sorted() }

    /// Every parameter as a name-value pair, for ``ParameterDecoder``.
    var pairs: [(String, String)] { values.map { ($0.key, $0.value) } }

    /// The text of `name`, if given (an empty value counts as given).
    public func string(_ name: String) -> String? { values[name] }

    /// A CLI flag: `true` or `false` (absent is false).
    public func flag(_ name: String) throws(QueryError) -> Bool {
        guard let text = values[name] else { return false }
        switch text {
        case "true", "": return true
        case "false": return false
        default: throw QueryError("invalid \(name) \"\(text)\": expected true or false")
        }
    }
}
