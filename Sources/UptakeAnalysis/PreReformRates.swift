import UptakeCore
import UptakeStoreAPI

/// Rates in the units the data were filed in before the reform (`rates` asked in pre-2025 units): the
/// 63 old provinces, the 10,040 old communes and wards, or the nation, summed from the pre-reform rows
/// as filed, so a former province (Bình Dương, 74) can be followed up to its merger. No allocation is
/// involved: every row stays in its own unit. Codes only (names are today's units').
struct PreReformRates {
    let preReform: any PreReformStore
    let crosswalk = ReformCrosswalk.vietnam2025

    /// The old units `query` names: the nation, every old province, every old commune (of one old
    /// province with `parent` or `locality` at commune level), or one old province or commune by code.
    func units(_ query: UnitQuery, _ name: ParameterSpelling) throws -> [Locality] {
        let provinces = oldProvinces()
        func commune(_ u: ReformCrosswalk.OldUnit) -> Locality {
            Locality(code: u.code, parentCode: u.provinceCode, level: .commune, name: u.name)
        }
        if let code = query.locality, query.level != .commune {
            if let p = provinces.first(where: { $0.code == code }) { return [p] }
            if let u = crosswalk[code] { return [commune(u)] }
            throw QueryError("no pre-reform province or commune has the code \"\(code)\"",
                             hint: "give an old province's 2-digit code or an old commune's 5-digit code, as in datasets/vn-commune-crosswalk-2025.csv")
        }
        switch query.level {
        case .nation: return [Locality(code: "VN", parentCode: nil, level: .nation, name: "Việt Nam")]
        case .province: return provinces
        case .commune:
            let parent = query.parent ?? query.locality
            if let parent, !provinces.contains(where: { $0.code == parent }) {
                throw QueryError("no pre-reform province has the code \"\(parent)\"", hint: "give one of the 63 old provinces' 2-digit codes")
            }
            return crosswalk.units.filter { parent == nil || $0.provinceCode == parent }.sorted { $0.code < $1.code }.map(commune)
        }
    }

    /// The 63 old provinces by code, named as the crosswalk names them.
    func oldProvinces() -> [Locality] {
        var seen: [String: String] = [:]
        for u in crosswalk.units where seen[u.provinceCode] == nil { seen[u.provinceCode] = u.provinceName }
        return seen.keys.sorted().map { Locality(code: $0, parentCode: nil, level: .province, name: seen[$0] ?? $0) }
    }

    func rates(_ request: RateRequest, units: [Locality]) async throws -> [RateRow] {
        let periods = request.range.periods(request.grain)
        let old = try await preReform.preReformSums(periods: periods, sectors: request.sectors)
        // Sums per period: by old unit code, by old province code, and the nation.
        var byUnit = [[String: CountSums]](repeating: [:], count: periods.count)
        var byProvince = byUnit
        var nation = [CountSums](repeating: CountSums(), count: periods.count)
        for o in old {
            let unit = crosswalk.units[o.unit]
            byUnit[o.period][unit.code, default: CountSums()] += o.sums
            byProvince[o.period][unit.provinceCode, default: CountSums()] += o.sums
            nation[o.period] += o.sums
        }
        let provinceNames = Dictionary(uniqueKeysWithValues: oldProvinces().map { ($0.code, $0.name) })
        let coverage = try await preReform.preReformSpan()
        var rows: [RateRow] = []
        for unit in units {
            for (p, period) in periods.enumerated() {
                let sums: CountSums
                switch unit.level {
                case .nation: sums = nation[p]
                case .province: sums = byProvince[p][unit.code] ?? CountSums()
                case .commune: sums = byUnit[p][unit.code] ?? CountSums()
                }
                var row = try RateCalculator.row(for: UnitPeriodSums(locality: unit, period: period, sums: sums), request)
                if unit.level == .commune, let parent = unit.parentCode { (row.provinceCode, row.provinceName) = (parent, provinceNames[parent]) }
                row.sector = request.sectors.map { $0.map(\.name).joined(separator: ",") }
                row.partial = RateCalculator.isPartial(row, coverage: coverage)
                rows.append(row)
            }
        }
        return request.rank ? RateCalculator.ranked(rows) : rows
    }
}
