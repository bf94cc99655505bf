import UptakeCore

extension PeriodExpression: ParameterValue {
    /// A period (`2025-07`, `last-month`); a custom range is given as from/to, or as a baseline (``PeriodOrRange``).
    public init?(parameter text: String) { self.init(period: text) }
    public static var expected: String { "2025, 2025-Q3, 2025-07, 2025-W29, 2025-07-14 or \(RelativePeriod.allCases.map(\.rawValue).joined(separator: ", "))" }
}

/// A period or a custom range `2025-06-01..2025-06-30`, as baselines take them.
public struct PeriodOrRange: TextParameter, Hashable {
    public var expression: PeriodExpression
    public init(_ expression: PeriodExpression) { self.expression = expression }
    public init?(parameter text: String) {
        guard let expression = PeriodExpression(periodOrRange: text) else { return nil }
        self.expression = expression
    }
    public static var expected: String {
        "a period such as 2025-06, a range 2025-06-01..2025-06-30 or " + RelativePeriod.allCases.map(\.rawValue).joined(separator: ", ")
    }
    public var parameterText: String { expression.description }
}

/// Sector names, comma-separated (an empty value, as a form sends for "all sectors", is none).
public struct SectorNames: TextParameter, Hashable {
    public var sectors: [Sector]?
    public init(_ sectors: [Sector]?) { self.sectors = sectors }
    public init?(parameter text: String) {
        if text.isEmpty { sectors = nil; return }
        guard let list = Sector.list(text) else { return nil }
        sectors = list
    }
    public static var expected: String { "lowercase names, comma-separated, such as \(Sector.standard.map(\.name).joined(separator: ","))" }
    public var parameterText: String { sectors?.map(\.name).joined(separator: ",") ?? "" }
}

extension UnitQuery: ParameterGroup {
    enum CodingKeys: String, CodingKey { case level, locality, parent }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(level: try c.decodeIfPresent(LocalityLevel.self, forKey: .level) ?? .province,
                  locality: try c.decodeIfPresent(String.self, forKey: .locality),
                  parent: try c.decodeIfPresent(String.self, forKey: .parent))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(level, forKey: .level)
        try c.encodeIfPresent(locality, forKey: .locality)
        try c.encodeIfPresent(parent, forKey: .parent)
    }
}

extension PeriodSelection: ParameterGroup {
    enum CodingKeys: String, CodingKey { case period, asOf = "as-of", from, to, sector }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(period: try c.decodeIfPresent(PeriodExpression.self, forKey: .period),
                  asOf: try c.decodeIfPresent(Day.self, forKey: .asOf),
                  from: try c.decodeIfPresent(Day.self, forKey: .from),
                  to: try c.decodeIfPresent(Day.self, forKey: .to),
                  sectors: try c.decodeIfPresent(SectorNames.self, forKey: .sector)?.sectors)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(period, forKey: .period)
        try c.encodeIfPresent(asOf, forKey: .asOf)
        try c.encodeIfPresent(from, forKey: .from)
        try c.encodeIfPresent(to, forKey: .to)
        try c.encodeIfPresent(sectors.map(SectorNames.init), forKey: .sector)
    }
}
