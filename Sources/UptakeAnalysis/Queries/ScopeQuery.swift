import UptakeCore
import UptakeStoreAPI

/// How a caller spells its parameters in messages: the CLI says `--period` (it defines that
/// spelling itself), the server `period`. The words of every message are otherwise the same, so an
/// analyst meets one wording in both.
public struct ParameterSpelling: Sendable {
    public var prefix: String
    public init(prefix: String) { self.prefix = prefix }
    /// `name` in a URL's query.
    public static let query = ParameterSpelling(prefix: "")
    public func callAsFunction(_ name: String) -> String { prefix + name }
}

/// Which units a question looks at, as the user gave them (codes or names), checked and resolved
/// here for the CLI and the server alike.
public struct UnitQuery: Sendable, Equatable {
    public var level: LocalityLevel
    public var locality: String?
    public var parent: String?

    public init(level: LocalityLevel = .province, locality: String? = nil, parent: String? = nil) {
        self.level = level
        self.locality = locality
        self.parent = parent
    }

    /// Refuses combinations that contradict each other.
    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        if locality != nil, parent != nil { throw QueryError("give either \(name("locality")) or \(name("parent")), not both") }
        if level == .nation, locality != nil || parent != nil {
            throw QueryError("\(name("level")) nation covers every locality: leave out \(name(locality != nil ? "locality" : "parent"))")
        }
    }

    /// The units, with the locality and parent given as codes or names (resolved on the store's list).
    public func units(_ store: any UptakeStore) async throws -> UnitSelection {
        guard locality != nil || parent != nil else { return units }
        var copy = self
        let all = try await store.localities()
        if let locality { copy.locality = try LocalityLookup.find(locality, in: all).code }
        if let parent { copy.parent = try LocalityLookup.find(parent, in: all).code }
        return copy.units
    }

    /// The units as given (codes taken as they are).
    public var units: UnitSelection {
        if let locality { return level == .commune ? .communes(parentCode: locality) : .localities([locality]) }
        if let parent { return .communes(parentCode: parent) }
        switch level {
        case .nation: return .nation
        case .province: return .provinces
        case .commune: return .communes(parentCode: nil)
        }
    }
}
