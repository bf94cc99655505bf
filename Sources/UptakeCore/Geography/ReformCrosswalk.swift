/// The units data were filed in: today's (since the 1 July 2025 reform) or the pre-reform ones.
///
/// A closed choice, as the CLI's `--units` and the data contract spell it.
public enum UnitVintage: String, Sendable, Codable, CaseIterable {
    /// The 34 provinces and 3,321 communes of 1 July 2025.
    case current
    /// The 63 provinces and 10,040 communes, wards and communeless districts before the reform (data dated up to 2025-06-30).
    case pre2025 = "pre-2025"

    /// The last day pre-reform units were in force.
    public static let lastPreReformDay = Day(valid: 2025, 6, 30)
}

/// The 2025 reform at commune level: each pre-reform commune or ward, its pre-reform province, and
/// the post-reform commune(s) it went into.
///
/// An old unit "went whole" into one new commune, or was **divided** between several (the source
/// gives one row per new unit, and no share). Old provinces map to new provinces exactly (each of
/// the 63 went whole into one of the 34), so anything summed to a province folds without loss.
/// Pure reference data, shipped in the binary as ``vietnam2025`` like the locality points.
///
/// ```swift
/// let unit = ReformCrosswalk.vietnam2025["00007"]   // Phường Cống Vị, Hà Nội
/// unit?.parts.map(\.communeCode)                      // ["00008", "00025"]: divided
/// ```
public struct ReformCrosswalk: Sendable {
    /// One pre-reform commune or ward (or one of the five island districts that had no commune,
    /// by its 3-digit district code: Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo).
    public struct OldUnit: Sendable, Equatable {
        public var code: String
        public var name: String
        public var provinceCode: String
        public var provinceName: String
        public var districtCode: String
        public var districtName: String
        /// The post-reform communes it went into, by code (one when it went whole).
        public var parts: [String]
        /// The post-reform province of every part.
        public var newProvinceCode: String
        public var isDivided: Bool { parts.count > 1 }
    }

    /// The old units in the file's order; ``index(ofCode:)`` finds one by code.
    public let units: [OldUnit]
    private let indexByCode: [String: Int]
    /// Each pre-reform province's code → the post-reform province's code.
    public let provinceMap: [String: String]

    public subscript(code: String) -> OldUnit? { indexByCode[code].map { units[$0] } }

    /// The position of an old unit in ``units`` (what an ingest keys its rows by).
    public func index(ofCode code: String) -> Int? { indexByCode[code] }

    /// A line that does not read as the crosswalk's ten columns, or that contradicts an earlier one.
    public struct LineError: Error, Equatable {
        public var line: Int
        public var text: String
    }

    /// Parses `old_province_code,old_province,old_district_code,old_district,old_commune_code,
    /// old_commune,divided,new_province_code,new_commune_code,new_commune` rows (a header first).
    /// Rows of one old code are gathered wherever they are; a unit whose rows disagree on `divided`,
    /// a repeated row, or an old province split between two new ones is an error.
    public static func parse(csv: String) -> Result<ReformCrosswalk, LineError> {
        var units: [OldUnit] = []
        var index: [String: Int] = [:]
        var divided: [String: Bool] = [:]
        var provinces: [String: String] = [:]
        for (i, line) in csv.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).enumerated().dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let error = LineError(line: i + 1, text: String(line))
            guard f.count == 10, f[0].count == 2, f[2].count == 3, f[4].count == 5 || f[4].isEmpty, f[8].count == 5, f[7].count == 2,
                  ["true", "false"].contains(f[6]) else {
                return .failure(error)
            }
            // Five island districts had no communes: the district itself is the unit, by its 3-digit code.
            let (code, name) = f[4].isEmpty ? (f[2], f[3]) : (f[4], f[5])
            if let p = provinces[f[0]], p != f[7] { return .failure(error) }
            provinces[f[0]] = f[7]
            let isDivided = f[6] == "true"
            if let d = divided[code], d != isDivided { return .failure(error) }
            divided[code] = isDivided
            if let at = index[code] {
                guard isDivided, !units[at].parts.contains(f[8]) else { return .failure(error) }
                units[at].parts.append(f[8])
            } else {
                index[code] = units.count
                units.append(OldUnit(code: code, name: name, provinceCode: f[0], provinceName: f[1], districtCode: f[2],
                                     districtName: f[3], parts: [f[8]], newProvinceCode: f[7]))
            }
        }
        for i in units.indices { units[i].parts.sort() }
        return .success(ReformCrosswalk(units: units, indexByCode: index, provinceMap: provinces))
    }

    /// The reform of 1 July 2025 (datasets/vn-commune-crosswalk-2025.csv): 10,040 old units, 471 divided.
    public static let vietnam2025: ReformCrosswalk = {
        switch parse(csv: shippedVietnam2025Text) {
        case .success(let crosswalk): return crosswalk
        case .failure(let e): preconditionFailure("the shipped crosswalk does not parse at line \(e.line): \(e.text)")
        }
    }()
}
