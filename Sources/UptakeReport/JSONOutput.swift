import Foundation

/// Any JSON value, for tables whose columns are only known at run time. Encoded by `JSONEncoder`
/// like every other result, so nesting works and nothing is lost silently.
public enum JSONValue: Sendable, Equatable, Encodable {
    case string(String)
    case integer(Int64)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let s): var c = encoder.singleValueContainer(); try c.encode(s)
        case .integer(let i): var c = encoder.singleValueContainer(); try c.encode(i)
        case .number(let d): var c = encoder.singleValueContainer(); try c.encode(d)
        case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
        case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
        case .array(let a): var c = encoder.unkeyedContainer(); for v in a { try c.encode(v) }
        case .object(let o):
            var c = encoder.container(keyedBy: Key.self)
            for (k, v) in o { try c.encode(v, forKey: Key(k)) }
        }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// The one JSON writer of every command: pretty, keys sorted (plain code-point order, so stable
/// for notebooks and tests), slashes unescaped, NaN and infinities refused rather than printed.
public enum JSONOutput {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The value as text, ending in a newline. A value that cannot be encoded (a NaN that slipped
    /// through) is a programming error, reported as such instead of printing `null`.
    public static func render(_ value: some Encodable) -> String {
        do {
            return String(decoding: try encoder().encode(value), as: UTF8.self) + "\n"
        } catch {
            preconditionFailure("a result could not be encoded as JSON: \(error)")
        }
    }
}
