import ArgumentParser
import UptakeAnalysis
import UptakeCore

/// `--sector land,business`: sector names, comma-separated, checked as names when parsed (whether
/// the database has them is checked when the command runs).
struct SectorList: ExpressibleByArgument, CustomStringConvertible {
    let sectors: [Sector]

    init?(argument: String) {
        guard let sectors = Sector.list(argument) else { return nil }
        self.sectors = sectors
    }

    var description: String { sectors.map(\.name).joined(separator: ",") }
}

/// A locality as typed, a code or a name: resolved on the store's list when the command runs
/// (``LocalityLookup``), since names need the list.
struct LocalitySelector: ExpressibleByArgument, CustomStringConvertible {
    let text: String

    init?(argument: String) {
        guard !argument.allSatisfy(\.isWhitespace) else { return nil }
        text = argument
    }

    private init(unchecked text: String) { self.text = text }

    /// The nation, as `gap --versus` defaults to it.
    static let nation = LocalitySelector(unchecked: "nation")

    var description: String { text }

    /// The locality named, by code or name.
    func find(in localities: [Locality]) throws -> Locality { try LocalityLookup.find(text, in: localities) }

    /// Its code, or ``Locality/nationCode`` for the nation's names (VN, nation, Việt Nam).
    func code(in localities: [Locality]) throws -> String { try LocalityLookup.code(text, in: localities) }
}
