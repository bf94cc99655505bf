/// The level of an administrative unit. The nation is the implicit root above the provinces.
public enum LocalityLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case nation, province, commune

    public static func < (lhs: LocalityLevel, rhs: LocalityLevel) -> Bool { lhs.depth < rhs.depth }
    var depth: Int { switch self { case .nation: 0; case .province: 1; case .commune: 2 } }
}

/// An administrative unit: a province (2-digit code) or a commune, ward or special zone (5-digit code).
public struct Locality: Hashable, Sendable, Codable {
    public var code: String
    public var parentCode: String?
    public var level: LocalityLevel
    public var name: String
    public var fullName: String?
    public var nameEn: String?
    public var unitType: String?

    public init(code: String, parentCode: String?, level: LocalityLevel, name: String,
                fullName: String? = nil, nameEn: String? = nil, unitType: String? = nil) {
        self.code = code
        self.parentCode = parentCode
        self.level = level
        self.name = name
        self.fullName = fullName
        self.nameEn = nameEn
        self.unitType = unitType
    }

    /// The code the nation carries in outputs.
    public static let nationCode = "VN"
    public static let nation = Locality(code: nationCode, parentCode: nil, level: .nation, name: "Việt Nam",
                                        fullName: "Cộng hòa Xã hội chủ nghĩa Việt Nam", nameEn: "Vietnam")
}
