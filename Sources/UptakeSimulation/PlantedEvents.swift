import UptakeCore

/// The planted events with their evidence: truth rows, incidents and readiness changes, each tagged
/// with its province so that a province filter keeps exactly its own.
struct PlantedEvents: Sendable {
    var truth: [(province: String, event: TruthEvent)] = []
    /// `province == nil`: a nationwide incident, kept by every filter.
    var incidents: [(province: String?, record: IncidentRecord)] = []
    var readinessUpdates: [(province: String, record: ReadinessRecord)] = []

    static let outageCount = (inAllGreen: 4, elsewhere: 10)
    static let unlinkedCount = (haNoi: 4, elsewhere: 12)
    static let shiftProvince = "40", shiftStart = Day(valid: 2025, 8, 18), shiftFactor = 0.6
    static let portalProvince = "75", portalSpan = (Day(valid: 2025, 9, 8), Day(valid: 2025, 9, 26))
    static let julyFirst = Day(valid: 2025, 7, 1), julyLast = Day(valid: 2025, 7, 31)

    /// Communes whose civil-status software is not connected: 4 in Hà Nội (all green on the map),
    /// 12 elsewhere.
    static func unlinkedCommunes(provinces: [ProvincePlan], codes: [String], seed: UInt64) -> Set<String> {
        let haNoi = provinces.first { $0.code == CalibrationTargets.haNoi }?.communes ?? []
        let others = provinces.filter { $0.code != CalibrationTargets.haNoi }.flatMap(\.communes)
        return Set(pick(haNoi, unlinkedCount.haNoi, codes, seed, "unlinked") + pick(others, unlinkedCount.elsewhere, codes, seed, "unlinked"))
            .reduce(into: Set<String>()) { $0.insert(codes[$1]) }
    }

    /// The first `count` candidates in a seeded order.
    static func pick(_ candidates: [Int], _ count: Int, _ codes: [String], _ seed: UInt64, _ stream: String) -> [Int] {
        let keyed = candidates.map { (stableUnit(seed: seed, key: codes[$0], stream: stream), $0) }
        return keyed.sorted { $0 < $1 }.prefix(count).map(\.1)
    }

    static func plant(into plan: inout NationalPlan, seed: UInt64, range: DayRange, targets: CalibrationTargets,
                      unlinked: Set<String>, isHoliday: @escaping @Sendable (Day) -> Bool) -> PlantedEvents {
        var out = PlantedEvents()
        var builder = Builder(plan: plan, range: range, seed: seed, isHoliday: isHoliday)
        builder.outages(allGreen: Set(targets.allGreenProvinces))
        builder.unlinked(unlinked)
        builder.structuralSignature()
        builder.hoChiMinhDrop()
        builder.portalInstability()
        builder.levelShift()
        builder.signatureLapses()
        builder.maintenance()
        plan.communes = builder.plan.communes
        out.truth = builder.truth.filter { $0.event.end >= range.first && $0.event.start <= range.last }.map { item in
            var e = item.event
            e.start = max(e.start, range.first); e.end = min(e.end, range.last)
            return (item.province, e)
        }
        out.incidents = builder.incidents.filter { $0.record.start.day <= range.last && ($0.record.end?.day ?? range.last) >= range.first }
        out.incidents.sort { ($0.record.start.day, $0.record.locality ?? "") < ($1.record.start.day, $1.record.locality ?? "") }
        out.readinessUpdates = builder.readiness.filter { range.contains($0.record.day) }
        return out
    }
}

/// Builds the events one family at a time, each from its own seeded stream.
private struct Builder {
    var plan: NationalPlan
    let range: DayRange
    let seed: UInt64
    let isHoliday: (Day) -> Bool
    var truth: [(province: String, event: TruthEvent)] = []
    var incidents: [(province: String?, record: IncidentRecord)] = []
    var readiness: [(province: String, record: ReadinessRecord)] = []
    var used = Set<Int>()
    let codes: [String]
    let provinceCodes: [String]

    init(plan: NationalPlan, range: DayRange, seed: UInt64, isHoliday: @escaping (Day) -> Bool) {
        self.plan = plan; self.range = range; self.seed = seed; self.isHoliday = isHoliday
        codes = plan.communes.map(\.code)
        provinceCodes = plan.communes.map { plan.provinces[$0.province].code }
    }

    func provinceCode(_ commune: Int) -> String { provinceCodes[commune] }
    func instant(_ d: Day) -> Instant { Instant(day: d, text: d.description) }

    mutating func add(_ commune: Int, _ effect: Effect.Kind, _ first: Day, _ last: Day) {
        plan.communes[commune].effects.append(Effect(first: first.number, last: last.number, kind: effect))
    }

    mutating func event(_ province: String, _ id: String, _ kind: PlantedKind, _ cause: PlantedCause, _ locality: String,
                        _ sector: Sector?, _ metric: Metric, _ start: Day, _ end: Day, _ text: String) {
        truth.append((province, TruthEvent(id: id, kind: kind, cause: cause, locality: locality, sector: sector,
                                           metric: metric, start: start, end: end, description: text)))
    }

    /// The first working day on or after `day`.
    func workingDay(from day: Day) -> Day {
        var d = day
        while d.isWeekend || isHoliday(d) { d = d.advanced(by: 1) }
        return d
    }

    /// One-stop outages of 1–4 days; four in all-green provinces (trouble behind a green map colour);
    /// about one in five without an incident row (not every outage is logged).
    mutating func outages(allGreen: Set<String>) {
        let all = Array(plan.communes.indices)
        let green = all.filter { allGreen.contains(provinceCode($0)) }
        let other = all.filter { !allGreen.contains(provinceCode($0)) }
        let chosen = PlantedEvents.pick(green, PlantedEvents.outageCount.inAllGreen, codes, seed, "outage")
            + PlantedEvents.pick(other, PlantedEvents.outageCount.elsewhere, codes, seed, "outage")
        var rng = SimulationRandom(seed: seed, key: "national", stream: "outages")
        let first = Day(valid: 2025, 2, 10)
        for (n, c) in chosen.enumerated() {
            used.insert(c)
            let start = workingDay(from: first.advanced(by: rng.next(below: 250)))
            let end = start.advanced(by: rng.next(below: 4))
            add(c, .outage, start, end)
            add(c, .lateness, end.advanced(by: 1), end.advanced(by: 14))
            let code = codes[c]
            let logged = n != 2 && rng.nextUnit() < 0.85
            event(provinceCode(c), "outage-\(pad(n + 1))", .drop, .oneStopErrors, code, nil, .received, start, end,
                  "One-stop system outage at \(code) for \(start.distance(to: end) + 1) day(s)"
                  + (logged ? "; incident logged." : "; no incident was logged."))
            if logged {
                incidents.append((provinceCode(c), IncidentRecord(start: instant(start), end: instant(end), locality: code, system: .oneStop,
                                                                  kind: .outage, errors: Int64(20 + rng.next(below: 300)),
                                                                  note: "one-stop system unavailable")))
            }
        }
    }

    /// Civil-status software not connected: civil-status results never returned online.
    mutating func unlinked(_ set: Set<String>) {
        let chosen = plan.communes.indices.filter { set.contains(codes[$0]) }
        for (n, c) in chosen.enumerated() {
            used.insert(c)
            let code = codes[c]
            event(provinceCode(c), "unlinked-\(pad(n + 1))", .lowOutlier, .civilStatusUnlinked, code, .civilStatus, .onlineResult,
                  range.first, range.last, "Civil-status software at \(code) not connected to the national database: no civil-status result returned online.")
            if n % 2 == 0 {
                let start = max(range.first, PlantedEvents.julyFirst)
                incidents.append((provinceCode(c), IncidentRecord(start: instant(start), end: nil, locality: code, system: .civilStatus,
                                                                  kind: .error, errors: nil, note: "civil-status link to the national database not established")))
            }
        }
    }

    /// Communes lacking a digital signature or certificate return few results online, throughout.
    mutating func structuralSignature() {
        var n = 0
        for c in plan.communes.indices where plan.communes[c].readiness.lacksSignature {
            n += 1
            let code = codes[c]
            event(provinceCode(c), "signature-missing-\(pad(n, 4))", .lowOutlier, .missingDigitalSignature, code, nil, .onlineResult,
                  range.first, range.last, "\(code) lacks a digital signature or certificate: online results at about 30% of its province's level.")
        }
    }

    /// Hồ Chí Minh City: repeated one-stop errors after 1 July cut receipts by about a third.
    mutating func hoChiMinhDrop() {
        guard let p = plan.provinceIndex[CalibrationTargets.hoChiMinh] else { return }
        let (jul1, jul31) = (PlantedEvents.julyFirst, PlantedEvents.julyLast)
        for c in plan.provinces[p].communes {
            add(c, .volume(0.68), jul1, jul31)
            add(c, .volume(0.85), jul31.advanced(by: 1), jul31.advanced(by: 14))
        }
        event("79", "hcmc-july-drop", .drop, .oneStopErrors, "79", nil, .received, jul1, jul31,
              "Hồ Chí Minh City: repeated one-stop system errors after the 1 July reorganisation; daily receipts about 32% below June.")
        var rng = SimulationRandom(seed: seed, key: "79", stream: "incidents")
        var d = jul1
        while d <= jul31 {
            if !d.isWeekend && rng.nextUnit() < 0.4 {
                incidents.append(("79", IncidentRecord(start: instant(d), end: instant(d), locality: "79", system: .oneStop, kind: .error,
                                                       errors: Int64(150 + rng.next(below: 800)), note: "repeated one-stop system errors")))
            }
            d = d.advanced(by: 1)
        }
    }

    /// Đồng Nai: the public-service portal unstable for three weeks; online share and sync fall.
    mutating func portalInstability() {
        let code = PlantedEvents.portalProvince
        guard let p = plan.provinceIndex[code] else { return }
        let (start, end) = PlantedEvents.portalSpan
        for c in plan.provinces[p].communes { add(c, .portal, start, end) }
        event(code, "portal-instability-75", .rateDrop, .softwareInstability, code, nil, .onlineSubmission, start, end,
              "Đồng Nai: public-service portal unstable; online submissions and synchronisation fall province-wide.")
        incidents.append((code, IncidentRecord(start: instant(start), end: instant(end), locality: code, system: .publicServicePortal,
                                               kind: .degraded, errors: nil, note: "portal slow and intermittently unavailable")))
        var rng = SimulationRandom(seed: seed, key: code, stream: "incidents")
        var d = start
        while d <= end {
            if !d.isWeekend && rng.nextUnit() < 0.5 {
                incidents.append((code, IncidentRecord(start: instant(d), end: instant(d), locality: code, system: .publicServicePortal,
                                                       kind: .error, errors: Int64(40 + rng.next(below: 400)), note: "submission errors")))
            }
            d = d.advanced(by: 1)
        }
    }

    /// Nghệ An: about a third of communes lose support staff from 18 August; receipts fall 40% and stay down.
    mutating func levelShift() {
        let code = PlantedEvents.shiftProvince
        guard let p = plan.provinceIndex[code] else { return }
        let start = PlantedEvents.shiftStart
        let last = Day(valid: 2099, 12, 31)
        for c in plan.provinces[p].communes where !used.contains(c) && stableUnit(seed: seed, key: codes[c], stream: "shift") < 0.35 {
            used.insert(c)
            add(c, .volume(PlantedEvents.shiftFactor), start, last)
            event(code, "level-shift-\(codes[c])", .levelShift, .supportStaffShortage, codes[c], nil, .received, start, last,
                  "\(codes[c]): support staff reassigned from 18 August 2025; receipts down about 40% from then on.")
            readiness.append((code, ReadinessRecord(day: start, locality: codes[c], criterion: .supportStaff, value: .flag(false))))
        }
    }

    /// Six communes whose digital signature lapses for 10–20 days in August–October.
    mutating func signatureLapses() {
        let candidates = plan.communes.indices.filter {
            !used.contains($0) && !plan.communes[$0].readiness.lacksSignature && provinceCode($0) != CalibrationTargets.haNoi
        }
        var rng = SimulationRandom(seed: seed, key: "national", stream: "signature-lapses")
        for (n, c) in PlantedEvents.pick(candidates, 6, codes, seed, "lapse").enumerated() {
            used.insert(c)
            let start = workingDay(from: Day(valid: 2025, 8, 4).advanced(by: rng.next(below: 60)))
            let end = start.advanced(by: 9 + rng.next(below: 11))
            let code = codes[c], province = provinceCode(c)
            add(c, .signatureLapse, start, end)
            event(province, "signature-lapse-\(pad(n + 1))", .rateDrop, .missingDigitalSignature, code, nil, .onlineResult, start, end,
                  "\(code): digital-signature certificate lapsed; no results returned online until it was renewed.")
            readiness.append((province, ReadinessRecord(day: start, locality: code, criterion: .digitalSignature, value: .flag(false))))
            readiness.append((province, ReadinessRecord(day: end.advanced(by: 1), locality: code, criterion: .digitalSignature, value: .flag(true))))
            if n < 4 {
                incidents.append((province, IncidentRecord(start: instant(start), end: instant(end), locality: code, system: .digitalSignature,
                                                           kind: .error, errors: Int64(5 + rng.next(below: 60)), note: "signing certificate expired")))
            }
        }
    }

    /// Nationwide Sunday maintenance windows: evidence with no effect, as in real logs.
    mutating func maintenance() {
        for (m, d) in [(3, 16), (6, 15), (9, 21)] {
            let day = Day(valid: 2025, m, d)
            incidents.append((nil, IncidentRecord(start: Instant(day: day, text: "\(day)T22:00:00+07:00"),
                                                  end: Instant(day: day, text: "\(day)T23:59:00+07:00"), locality: nil,
                                                  system: .publicServicePortal, kind: .maintenance, errors: nil, note: "scheduled maintenance")))
        }
    }

    func pad(_ n: Int, _ width: Int = 2) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
