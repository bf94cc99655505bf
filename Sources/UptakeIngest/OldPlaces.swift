import UptakeCore
import UptakeStoreAPI

/// Where an incident or readiness row filed in pre-reform units goes in today's units (issue 26).
///
/// An old commune or ward that went whole goes to the commune it went into; a divided one to every
/// commune it went into (the store marks those rows allocated); an old district's or province's code
/// to today's province. The store keeps the old code beside each row, so the old units can still be
/// told apart. Each code a file names gets a number, which the row validator resolves it to, standing
/// for the ids of today's units in ``targets``.
final class OldPlaces {
    private let crosswalk = ReformCrosswalk.vietnam2025
    private let directory: LocalityDirectory
    /// Each old district's code → today's province's code (every commune of a district was in one province).
    private let provinceOfDistrict: [String: String]
    private var numberByCode: [String: Int] = [:]
    /// Today's locality ids, by the number ``resolve(_:)`` gave the old code; 0 is no locality
    /// (a nationwide incident), as it is for today's ids.
    private(set) var targets: [[Int]] = [[0]]

    init(directory: LocalityDirectory) {
        self.directory = directory
        var districts: [String: String] = [:]
        for unit in crosswalk.units { districts[unit.districtCode] = unit.newProvinceCode }
        provinceOfDistrict = districts
    }

    /// The number of an old unit's code, or nil for a code the crosswalk does not know or whose
    /// units today's tree lacks.
    func resolve(_ code: String) -> Int? {
        if let number = numberByCode[code] { return number }
        guard let ids = todaysIDs(code) else { return nil }
        targets.append(ids)
        numberByCode[code] = targets.count - 1
        return targets.count - 1
    }

    private func todaysIDs(_ code: String) -> [Int]? {
        // An old commune's 5 digits, or an island district's 3 (units of their own in the crosswalk).
        if let unit = crosswalk[code] {
            let ids = unit.parts.compactMap { directory.id(forCode: $0) }
            return ids.count == unit.parts.count ? ids : nil
        }
        guard let province = crosswalk.provinceMap[code] ?? provinceOfDistrict[code], let id = directory.id(forCode: province) else { return nil }
        return [id]
    }

    static let unknownHint = "a file in pre-reform units names an old commune or ward (5 digits, old_commune_code in datasets/vn-commune-crosswalk-2025.csv), an old district (3 digits) or an old province (2 digits); today's units must be loaded (uptake init)"
}
