import UptakeCore
import UptakeStoreAPI

/// Readiness in the units it was filed in before the reform (`readiness` asked in pre-2025 units): the
/// 63 old provinces and the 10,040 old communes and wards, each with the values filed under its own
/// code (as ``PreReformRates`` does for applications). No allocation is involved: a divided unit's
/// rows, copied to each commune it went into, count once. Rows filed under an old district that is
/// not a unit of its own (a 3-digit code other than an island district's) have no place at these
/// two levels and are left out; they are read in today's units.
struct PreReformReadiness {
    let preReform: any PreReformStore
    let crosswalk = ReformCrosswalk.vietnam2025

    /// The old provinces (all, or the one `parent` names) and their old communes, with their values.
    func states(asOf day: Day?, parent: String?) async throws -> [LocalityReadiness] {
        let provinces = PreReformRates(preReform: preReform).oldProvinces().filter { parent == nil || $0.code == parent }
        if let parent, provinces.isEmpty {
            throw QueryError("no pre-reform province has the code \"\(parent)\"", hint: "give one of the 63 old provinces' 2-digit codes")
        }
        let filed = Dictionary(try await preReform.preReformReadiness(asOf: day).map { ($0.code, $0.values) }, uniquingKeysWith: { a, _ in a })
        let communes = crosswalk.units.filter { parent == nil || $0.provinceCode == parent }
            .map { Locality(code: $0.code, parentCode: $0.provinceCode, level: .commune, name: $0.name) }
        return (provinces + communes).map { LocalityReadiness(locality: $0, values: filed[$0.code] ?? [:]) }
    }
}
