/// A statistic that cannot be computed from the data or parameters given: what was wrong, in words.
public struct StatisticsError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
