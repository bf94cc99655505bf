import UptakeCore

/// Decodes a ``Question`` from named text parameters (a URL's query): one decoder for every
/// endpoint, so an endpoint is one line. A parameter the question does not read is refused by name,
/// as is one given twice or a malformed value; a flag (`Bool`) absent is false, as on the command line.
///
/// ```swift
/// let q = try ParameterDecoder.decode(RatesQuestion.self, from: [("metric", "received"), ("period", "2025-07")])
/// ParameterDecoder.parameters(of: RatesQuestion.self)   // ["metric", "level", "locality", …]
/// ```
///
/// Written by hand: Foundation has no decoder for flat text pairs, and the refusals must name the
/// parameter in the words the CLI uses.
public enum ParameterDecoder {
    /// `Q` from `pairs`, refusing unknown, repeated and malformed parameters.
    public static func decode<Q: Decodable>(_ type: Q.Type, from pairs: [(String, String)]) throws(QueryError) -> Q {
        var values: [String: String] = [:]
        for (name, value) in pairs {
            guard values[name] == nil else { throw QueryError("parameter \"\(name)\" given twice", hint: "give it once") }
            values[name] = value
        }
        let reader = Reader(values)
        let question: Q
        do {
            question = try Q(from: reader)
        } catch let error as QueryError {
            throw error
        } catch {
            throw QueryError("cannot read the parameters: \(error)")
        }
        if let unknown = pairs.map(\.0).first(where: { !reader.asked.contains($0) }) {
            let allowed = reader.asked
            throw QueryError("unknown parameter \"\(unknown)\"", hint: allowed.isEmpty ? "this endpoint takes no parameters"
                             : "this endpoint takes \(allowed.joined(separator: ", "))")
        }
        return question
    }

    /// The parameters `Q` takes, in the order it reads them (what openapi.yaml must list).
    public static func parameters<Q: Decodable>(of type: Q.Type) -> [String] {
        let reader = Reader([:])
        _ = try? Q(from: reader)
        return reader.asked
    }

    /// The values, and the names asked for so far (in order, once each).
    final class Reader: Decoder {
        let values: [String: String]
        private(set) var asked: [String] = []
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        init(_ values: [String: String]) { self.values = values }

        func value(_ key: some CodingKey) -> String? {
            if !asked.contains(key.stringValue) { asked.append(key.stringValue) }
            return values[key.stringValue]
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            KeyedDecodingContainer(Container(reader: self))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw QueryError("parameters are named, not a list") }
        func singleValueContainer() throws -> any SingleValueDecodingContainer { throw QueryError("parameters are named, not one value") }
    }

    struct Container<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let reader: Reader
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { reader.values.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { reader.value(key) != nil }
        func decodeNil(forKey key: Key) throws -> Bool { reader.value(key) == nil }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
            guard let text = reader.value(key) else { return false }
            switch text {
            case "true", "": return true
            case "false": return false
            default: throw QueryError("invalid \(key.stringValue) \"\(text)\": expected true or false")
            }
        }

        func decode(_ type: String.Type, forKey key: Key) throws -> String { try text(key) }

        func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
            let text = try text(key)
            guard let value = Double(text), value.isFinite else { throw QueryError("invalid \(key.stringValue) \"\(text)\": expected a number") }
            return value
        }

        func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
            let text = try text(key)
            guard let value = Int(text) else { throw QueryError("invalid \(key.stringValue) \"\(text)\": expected a whole number") }
            return value
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            if let group = T.self as? any ParameterGroup.Type { return try group.init(from: reader) as! T }
            guard let valueType = T.self as? any ParameterValue.Type else {
                throw QueryError("parameter \(key.stringValue) cannot be given as text")  // a question declares only values and groups
            }
            let text = try text(key)
            guard let value = valueType.init(parameter: text) else {
                throw QueryError("invalid \(key.stringValue) \"\(text)\": expected \(valueType.expected)")
            }
            return value as! T
        }

        private func text(_ key: Key) throws -> String {
            guard let text = reader.value(key) else { throw QueryError("\(key.stringValue) is required") }
            return text
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            throw QueryError("parameters are not nested")
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw QueryError("parameters are not lists") }
        func superDecoder() throws -> any Decoder { reader }
        func superDecoder(forKey key: Key) throws -> any Decoder { reader }
    }
}
