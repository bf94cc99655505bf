import UptakeCore

/// Where a change or a gap came from: the unit's children (communes of a province, provinces of the
/// nation) and its sectors, each dimension best first.
enum Where {
    static func contributors(_ d: ExplainData, top: Int) throws -> [Contributor] {
        let children = d.childrenWindow.map { (id: $0.0.code, name: Optional($0.0.name), sector: Sector?.none, window: $0.1) }
        let childrenBefore = Dictionary(d.childrenBefore.map { ($0.0.code, $0.1) }, uniquingKeysWith: { a, _ in a })
        let sectors = d.sectorsWindow.map { (id: $0.0.name, name: String?.none, sector: Optional($0.0), window: $0.1) }
        let sectorsBefore = Dictionary(d.sectorsBefore.map { ($0.0.name, $0.1) }, uniquingKeysWith: { a, _ in a })
        let nationSectors = Dictionary(d.nationSectors.map { ($0.0.name, $0.1) }, uniquingKeysWith: { a, _ in a })
        var out: [Contributor] = []
        if !children.isEmpty {
            out += try dimension(.locality, children, before: { childrenBefore[$0] ?? CountSums() }, reference: nil, d).prefix(top)
        }
        // A commune's sectors always; a province's or the nation's too, after its children.
        let sectorReference: ((String) -> CountSums)? = d.request.mode == .gap ? { nationSectors[$0] ?? CountSums() } : nil
        if sectors.count > 1 {
            out += try dimension(.sector, sectors, before: { sectorsBefore[$0] ?? CountSums() }, reference: sectorReference, d).prefix(top)
        }
        return out
    }

    typealias Child = (id: String, name: String?, sector: Sector?, window: CountSums)

    static func dimension(_ dim: ContributorDimension, _ items: [Child], before: (String) -> CountSums,
                          reference: ((String) -> CountSums)?, _ d: ExplainData) throws -> [Contributor] {
        let metric = d.metric
        func make(_ c: Child) -> Contributor {
            Contributor(dimension: dim, locality: dim == .locality ? c.id : nil, name: c.name, sector: c.sector, baseline: nil, current: nil,
                        contribution: 0, share: nil, shortfall: nil, surprise: nil, selected: nil)
        }
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        if d.request.mode == .gap {
            let nationRate = d.metric.value(d.nation) ?? 0
            if dim == .sector, let reference {
                // Unit by sector against the nation by sector: the exact within + mix split of the gap.
                let parts = try RateChangeDecomposition(items.map { c in
                    (id: c.id, baseline: counts(reference(c.id), metric), current: counts(c.window, metric))
                })
                let gap = parts.totalChange
                return parts.contributions.compactMap { p -> Contributor? in
                    guard let c = byID[p.id] else { return nil }
                    var k = make(c)
                    k.current = metric.value(c.window)
                    k.baseline = metric.value(reference(p.id))
                    (k.contribution, k.share) = (p.total, gap != 0 ? p.total / gap : nil)
                    return k
                }.sorted { ($0.contribution, $0.sector?.name ?? "") < ($1.contribution, $1.sector?.name ?? "") }
            }
            let gap = try RateGap(items.map { c in
                let f = metric.fraction(c.window)
                return (id: c.id, numerator: Double(f?.numerator ?? 0), denominator: Double(f?.denominator ?? 0))
            }, reference: nationRate)
            return gap.contributions.compactMap { g -> Contributor? in
                guard let c = byID[g.id] else { return nil }
                var k = make(c)
                (k.current, k.baseline, k.contribution, k.share, k.shortfall) = (g.rate, nationRate, g.points, g.share, g.shortfall)
                return k
            }
        }
        if metric.isRate {
            let parts = try RateChangeDecomposition(items.map { c in (id: c.id, baseline: counts(before(c.id), metric), current: counts(c.window, metric)) })
            let change = parts.totalChange
            return parts.contributions.compactMap { p -> Contributor? in
                guard let c = byID[p.id] else { return nil }
                var k = make(c)
                k.current = metric.value(c.window)
                k.baseline = metric.value(before(p.id))
                (k.contribution, k.share) = (p.total, change != 0 ? p.total / change : nil)
                return k
            }.sorted { (abs($0.contribution), $1.locality ?? $1.sector?.name ?? "") > (abs($1.contribution), $0.locality ?? $0.sector?.name ?? "") }
        }
        // A volume: Adtributor, the baseline scaled to the window's working days.
        let scale = Double(d.workingDaysWindow) / Double(d.workingDaysBefore)
        let attribution = VolumeAttribution(items.map { c in
            (id: c.id, expected: Double(metric.fraction(before(c.id))?.numerator ?? 0) * scale, observed: Double(metric.fraction(c.window)?.numerator ?? 0))
        })
        return attribution.contributions.compactMap { a -> Contributor? in
            guard let c = byID[a.id] else { return nil }
            var k = make(c)
            (k.baseline, k.current, k.contribution, k.share) = (a.expected, a.observed, a.observed - a.expected, a.share)
            (k.surprise, k.selected) = (a.surprise, a.selected)
            return k
        }
    }

    static func counts(_ s: CountSums, _ metric: Metric) -> RateCounts {
        let f = metric.fraction(s)
        let den = Double(f?.denominator ?? 0)
        return RateCounts(numerator: min(Double(f?.numerator ?? 0), den), denominator: den)
    }
}
