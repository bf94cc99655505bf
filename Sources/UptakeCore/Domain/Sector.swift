import Foundation

/// A procedure group. The contract names common ones but leaves the set open, so this is a
/// validated string rather than an enum: lowercase ASCII letters, digits and underscores.
public struct Sector: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let name: String

    /// `nil` when `name` is not a lowercase identifier of 1 to 40 characters.
    public init?(_ name: some StringProtocol) {
        guard Sector.isValid(name.utf8) else { return nil }
        self.name = String(name)
    }

    public static func isValid(_ bytes: some Collection<UInt8>) -> Bool {
        guard (1...40).contains(bytes.count) else { return false }
        return bytes.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }

    /// A comma-separated list of sector names (`land,business`; spaces around names ignored), or
    /// `nil` when it names no sector or any name is not a valid sector name.
    public static func list(_ text: some StringProtocol) -> [Sector]? {
        let names = text.split(separator: ",")
        let list = names.compactMap { Sector($0.trimmingCharacters(in: .whitespaces)) }
        return list.isEmpty || list.count != names.count ? nil : list
    }

    public var description: String { name }
    public static func < (lhs: Sector, rhs: Sector) -> Bool { lhs.name < rhs.name }

    /// Rows without a sector count under `all`.
    public static let all = Sector(unchecked: "all")
    public static let civilStatus = Sector(unchecked: "civil_status")
    public static let land = Sector(unchecked: "land")
    public static let business = Sector(unchecked: "business")
    public static let social = Sector(unchecked: "social")
    public static let certification = Sector(unchecked: "certification")
    public static let justice = Sector(unchecked: "justice")

    /// The six sectors the data contract names, in its order.
    public static let standard: [Sector] = [.civilStatus, .land, .business, .social, .certification, .justice]

    private init(unchecked: String) { self.name = unchecked }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let sector = Sector(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a sector name: \(text)"))
        }
        self = sector
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
