import UptakeCore
import UptakeStoreAPI

/// Scores each cause of the vocabulary from the evidence and words it. Pieces of evidence for one
/// cause combine as 1 − Π(1 − sᵢ); nothing is asserted without a piece of evidence, and
/// `unexplained` is scored against the best of the others.
///
/// The weights are set by hand (documented in docs/data-contract.md, "Explanations") and measured
/// on the planted events of the bundled dataset (benchmarks/explain).
struct CauseEvidence {
    let d: ExplainData
    let headline: Headline
    let contributors: [Contributor]
    var pieces: [RootCause: [(score: Double, sentence: String)]] = [:]
    var checked: [String] = []

    init(_ d: ExplainData, headline: Headline, contributors: [Contributor]) {
        self.d = d
        self.headline = headline
        self.contributors = contributors
    }

    mutating func add(_ cause: RootCause, _ score: Double, _ sentence: String) {
        pieces[cause, default: []].append((min(1, max(0, score)), sentence))
    }

    mutating func assess() {
        incidents()
        outageFingerprint()
        readiness()
        sectorFingerprints()
        calendar()
    }

    var place: String { "\(d.unit.name) (\(d.unit.code))" }
    var noun: String { Say.metricNoun(d.metric) }

    /// Causes best first, `unexplained` among them.
    func ranked() -> [CauseFinding] {
        var findings = pieces.map { cause, list in
            CauseFinding(cause: cause, score: 1 - list.reduce(1) { $0 * (1 - $1.score) }, evidence: list.map(\.sentence))
        }.filter { $0.score >= 0.01 }
        let best = findings.map(\.score).max() ?? 0
        let unexplained: CauseFinding
        if !headline.adverse {
            unexplained = CauseFinding(cause: .unexplained, score: 0.5, evidence: [
                "\(noun.prefix(1).uppercased() + noun.dropFirst()) did not move the bad way beyond the noise (\(headline.pValue.map(Say.p) ?? "no test")): there is no fall to explain."
            ] + checked)
        } else {
            unexplained = CauseFinding(cause: .unexplained, score: max(0.05, 0.9 * (1 - best)),
                                       evidence: [best < 0.3 ? "Nothing in the evidence accounts for it." : "Whatever the causes above do not account for."] + checked)
        }
        findings.append(unexplained)
        let order = Dictionary(uniqueKeysWithValues: RootCause.allCases.enumerated().map { ($1, $0) })
        return findings.sorted { ($0.score, -(order[$0.cause] ?? 0)) > ($1.score, -(order[$1.cause] ?? 0)) }
    }

    // MARK: Incidents

    /// The days an incident covers (its start to its end, or to the window's end when ongoing).
    func days(_ i: IncidentRecord) -> ClosedRange<Int> {
        let last = min(i.end?.day ?? d.windowRange.last, d.windowRange.last)
        return i.start.day.number...max(i.start.day.number, last.number)
    }

    func whereText(_ i: IncidentRecord) -> String {
        guard let l = i.locality else { return "nationwide" }
        if l == d.unit.code { return "at \(d.unit.name)" }
        if l == d.unit.parentCode { return "at its province \(d.parent?.name ?? l)" }
        return "at commune \(l)"
    }

    mutating func incidents() {
        let lead = d.windowRange.first.advanced(by: -d.request.incidentLead)
        let touching = d.incidents.filter { i in i.start.day <= d.windowRange.last && (i.end?.day ?? d.windowRange.last) >= lead }
        if touching.isEmpty {
            checked.append("No incident recorded at \(place)\(d.unit.level == .commune ? ", its province" : "") or nationwide from \(lead) to \(d.windowRange.last).")
            return
        }
        let groups = Dictionary(grouping: touching) { RootCause(system: $0.system) }
        for cause in RootCause.allCases {
            guard let group = groups[cause] else { continue }
            let systems = Set(group.map { Say.system($0.system) }).sorted().joined(separator: "/")
            let real = group.filter { $0.kind != .maintenance }
            if real.isEmpty {
                add(cause, 0.03, "\(Say.plural(group.count, "scheduled \(systems) maintenance window")) (\(group.map { $0.start.text }.joined(separator: ", "))): maintenance, not counted as a fault.")
                continue
            }
            var windowDays = Set<Int>(), allDays = Set<Int>()
            for i in real {
                for n in days(i) {
                    let day = Day(number: n)
                    guard d.request.calendar.isWorkingDay(day) else { continue }
                    allDays.insert(n)
                    if d.windowRange.contains(day) { windowDays.insert(n) }
                }
            }
            let windowWorking = d.workingDaysWindow
            let kinds = Set(real.map(\.kind.rawValue)).sorted().joined(separator: "/")
            let places = Set(real.map(whereText)).sorted().joined(separator: ", ")
            let errors = real.compactMap(\.errors).reduce(0, +)
            var sentence = "\(Say.plural(real.count, "\(systems) incident")) (\(kinds)) recorded \(places) on \(windowDays.count) of the window's \(windowWorking) working days"
            let before = real.filter { $0.start.day < d.windowRange.first && ($0.end?.day ?? d.windowRange.first) < d.windowRange.first }.count
            if before > 0 { sentence += ", \(before) of them in the \(d.request.incidentLead) days before it" }
            if errors > 0 { sentence += "; \(Say.count(Double(errors))) errors logged" }
            var sentences = [sentence + "."]
            let (coverage, coverageSentence) = self.coverage(real)
            if let coverageSentence { sentences.append(coverageSentence) }
            var score = 0.35 + 0.15 * min(1, Double(windowDays.count) / Double(windowWorking))
            if let ratio = incidentDayComparison(allDays) {
                sentences.append(ratio.sentence)
                if ratio.adverse { score += 0.3 }
            }
            if headline.adverse {
                score += 0.15
            } else {
                score *= 0.4
                sentences.append("Yet \(noun) did not fall measurably over the window.")
            }
            score *= relevance(cause) * max(0.05, coverage)
            for (n, s) in sentences.enumerated() { add(cause, n == 0 ? score : 0, s) }
        }
        let count = touching.count
        checked.append("\(Say.plural(count, "incident")) recorded at \(place)\(d.unit.level == .commune ? ", its province" : "") or nationwide from \(lead) to \(d.windowRange.last) (\(Set(touching.map { Say.system($0.system) }).sorted().joined(separator: ", "))).")
    }

    /// How much of the place the incidents cover: 1 when one is recorded at the place or above it;
    /// else (incidents at some of a province's communes) the larger of those communes' share of the
    /// volume before the window and their share of the change (or gap), with the sentence saying so.
    func coverage(_ incidents: [IncidentRecord]) -> (Double, String?) {
        let codes = Set(incidents.map { $0.locality ?? "" })
        if codes.contains("") || codes.contains(d.unit.code) || d.unit.parentCode.map(codes.contains) == true || d.unit.level == .nation { return (1, nil) }
        let volume = { (s: CountSums) in Double(d.metric.fraction(s).map { $0.denominator ?? $0.numerator } ?? 0) }
        // The baseline's volumes: an outage empties the window's share of the very communes it hit.
        let children = d.childrenBefore.reduce(0) { $0 + volume($1.1) } > 0 ? d.childrenBefore : d.childrenWindow
        let total = children.reduce(0) { $0 + volume($1.1) }
        guard total > 0 else { return (0, nil) }
        let volumeShare = children.filter { codes.contains($0.0.code) }.reduce(0) { $0 + volume($1.1) } / total
        let before = Dictionary(d.childrenBefore.map { ($0.0.code, $0.1) }, uniquingKeysWith: { a, _ in a })
        let items = d.childrenWindow.map { (id: $0.0.code, name: Optional($0.0.name), sector: Sector?.none, window: $0.1) }
        let parts = (try? Where.dimension(.locality, items, before: { before[$0] ?? CountSums() }, reference: nil, d)) ?? []
        let changeShare = min(1, max(0, parts.filter { codes.contains($0.locality ?? "") }.compactMap(\.share).reduce(0, +)))
        let what = d.request.mode == .gap ? "gap" : "change"
        return (max(volumeShare, changeShare), "The communes where they were recorded handled \(Say.percent(volumeShare, 0)) of \(place)'s applications before the window "
                + "and account for \(Say.percent(changeShare, 0)) of the \(what).")
    }

    /// How much an incident of the system can move the metric: a signing or civil-status fault
    /// stops results, not receipts.
    func relevance(_ cause: RootCause) -> Double {
        let results = d.metric == .onlineResult || d.metric == .resolvedOnline
        switch cause {
        case .missingDigitalSignature: return results ? 1 : 0.3
        case .civilStatusUnlinked: return results ? 1 : 0.5
        default: return 1
        }
    }

    /// The metric on incident working days against the other working days of baseline and window.
    func incidentDayComparison(_ incidentDays: Set<Int>) -> (sentence: String, adverse: Bool)? {
        guard let series = d.daily else { return nil }
        var on = (x: 0.0, n: 0.0, days: 0, values: [Double]()), off = (x: 0.0, n: 0.0, days: 0, values: [Double]())
        for (i, y) in series.numerator.enumerated() where y.isFinite {
            let day = series.first.advanced(by: i)
            guard d.request.calendar.isWorkingDay(day) else { continue }
            let den = series.denominator?[i] ?? 1
            if incidentDays.contains(day.number) { on.x += y; on.n += den; on.days += 1; on.values.append(y) }
            else { off.x += y; off.n += den; off.days += 1; off.values.append(y) }
        }
        guard on.days > 0, off.days > 0 else { return nil }
        if d.metric.isRate {
            guard on.n > 0, off.n > 0, let t = try? TwoProportionDifference(Int64(on.x), of: Int64(on.n), versus: Int64(off.x), of: Int64(off.n)) else { return nil }
            return ("On the \(Say.plural(on.days, "incident day")) \(noun) was \(Say.percent(t.rate1)) against \(Say.percent(t.rate2)) on the other \(off.days) working days: "
                    + "\(Say.signedPoints(t.difference)) (95% CI \(Say.signedPoints(t.low)) to \(Say.signedPoints(t.high))).", t.high < 0)
        }
        guard on.x + off.x > 0 else { return nil }
        let phi = dispersion([on.values, off.values])
        guard let r = try? PoissonRateRatio(count1: on.x, exposure1: Double(on.days), count2: off.x, exposure2: Double(off.days), dispersion: phi) else { return nil }
        return ("On the \(Say.plural(on.days, "incident day")) \(noun) averaged \(Say.decimal(on.x / Double(on.days))) a day against \(Say.decimal(off.x / Double(off.days))) "
                + "on the other \(off.days) working days: \(Say.ratioChange(r.ratio, r.low, r.high)).", r.high < 1)
    }

    func dispersion(_ groups: [[Double]]) -> Double { Headline.pearsonDispersion(groups) }

    /// A volume that stops in every sector at once on working days is what a one-stop outage leaves,
    /// logged or not: "no incident recorded" is said, not guessed around.
    mutating func outageFingerprint() {
        guard !d.metric.isRate, d.request.mode == .change, headline.adverse, let v = headline.value, let r = headline.reference, r > 0, v / r <= 0.25 else { return }
        guard pieces[.oneStopErrors] == nil else { return }
        let scale = Double(d.workingDaysWindow) / Double(d.workingDaysBefore)
        let before = Dictionary(d.sectorsBefore.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        var judged = 0, stopped = 0
        for (s, w) in d.sectorsWindow {
            let expected = Double(d.metric.fraction(before[s] ?? CountSums())?.numerator ?? 0) * scale
            guard expected >= 3 else { continue }
            judged += 1
            if Double(d.metric.fraction(w)?.numerator ?? 0) <= 0.4 * expected { stopped += 1 }
        }
        guard judged > 0, stopped == judged else { return }
        add(.oneStopErrors, 0.55, "\(noun.prefix(1).uppercased() + noun.dropFirst()) fell \(Say.percent(1 - v / r, 0)) per working day, in all \(judged) sectors at once: "
            + "the mark a one-stop system outage leaves. No incident recorded.")
    }

    // MARK: Readiness

    func flags(_ list: [LocalityReadiness]) -> [String: [ReadinessCriterion: Bool]] {
        var out: [String: [ReadinessCriterion: Bool]] = [:]
        for r in list {
            var f: [ReadinessCriterion: Bool] = [:]
            for (c, v) in r.values { if case .flag(let b) = v { f[c] = b } }
            out[r.locality.code] = f
        }
        return out
    }

    static let causeCriteria: [ReadinessCriterion] = [.civilStatusLinked, .digitalSignature, .digitalCertificate, .supportStaff, .digitalDevices,
                                                      .standardProcedures, .guidance]

    func name(_ c: ReadinessCriterion) -> String { c.rawValue.replacingOccurrences(of: "_", with: " ") }

    /// What a place lacks, in words: "a linked civil-status database".
    func phrase(_ c: ReadinessCriterion) -> String {
        switch c {
        case .civilStatusLinked: "a linked civil-status database"
        case .digitalSignature: "a digital signature"
        case .digitalCertificate: "a digital certificate"
        case .supportStaff: "support staff"
        case .digitalDevices: "digital devices"
        case .standardProcedures: "standardised procedures"
        case .guidance: "guidance for applicants"
        case .onlineMeetings: "online meetings"
        case .oneStopFacility: "a one-stop facility"
        case .reportedStatus: "a reported status"
        }
    }

    mutating func readiness() {
        let now = flags(d.readinessNow).filter { !$0.value.isEmpty }, before = flags(d.readinessBefore)
        if now.isEmpty {
            checked.append("No readiness recorded for \(place) as of \(d.windowRange.last).")
            return
        }
        let regression = d.request.mode == .gap ? nationalRegression() : nil
        if d.unit.level == .commune {
            let own = now[d.unit.code] ?? [:]
            let lacking = Self.causeCriteria.filter { own[$0] == false }
            checked.append(lacking.isEmpty ? "Readiness of \(place) as of \(d.windowRange.last): every criterion met."
                           : "Readiness of \(place) as of \(d.windowRange.last): not met: \(lacking.map(name).joined(separator: ", ")).")
            for c in lacking {
                guard let cause = RootCause(criterion: c) else { continue }
                if d.request.mode == .change {
                    communeChange(c, cause, wasMet: before[d.unit.code]?[c] == true)
                } else {
                    communeGap(c, cause, now: now, regression: regression)
                }
            }
        } else {
            groupReadiness(now: now, before: before, regression: regression)
        }
    }

    /// Prior knowledge of which criterion can move which metric, for a change (no regression).
    func priorRelevance(_ c: ReadinessCriterion) -> Double {
        let results = d.metric == .onlineResult || d.metric == .resolvedOnline
        switch c {
        case .civilStatusLinked, .digitalSignature, .digitalCertificate: return results ? 1 : 0.3
        case .supportStaff: return 1
        default: return d.metric.isRate ? 0.8 : 0.5
        }
    }

    mutating func communeChange(_ c: ReadinessCriterion, _ cause: RootCause, wasMet: Bool) {
        if wasMet {
            let score = (0.55 + (headline.adverse ? 0.3 : 0)) * priorRelevance(c)
            add(cause, score, "\(c.rawValue) went from true (as of \(d.baseline.last)) to false (as of \(d.windowRange.last)) at \(place): \(phrase(c)) was lost between the periods.")
        } else {
            add(cause, 0.08, "\(c.rawValue) already false at \(place) as of \(d.baseline.last), the baseline's end: a standing gap, which does not by itself explain a change.")
        }
    }

    mutating func communeGap(_ c: ReadinessCriterion, _ cause: RootCause, now: [String: [ReadinessCriterion: Bool]], regression: CriterionRegression?) {
        var score = 0.2
        var sentences = ["\(place) reports no \(phrase(c).replacingOccurrences(of: "a ", with: "")) as of \(d.windowRange.last) (\(c.rawValue) false)."]
        let peers = d.nationalCommunes.filter { $0.0.parentCode == d.unit.parentCode && $0.0.code != d.unit.code && now[$0.0.code]?[c] == true }
        let pooled = peers.reduce(CountSums()) { $0 + $1.1 }
        if let u = d.metric.fraction(d.window), let p = d.metric.fraction(pooled), let ud = u.denominator, let pd = p.denominator, ud > 0, pd > 0,
           let t = try? TwoProportionDifference(u.numerator, of: ud, versus: p.numerator, of: pd) {
            sentences.append("\(noun.prefix(1).uppercased() + noun.dropFirst()) \(Say.percent(t.rate1)) at \(d.unit.name) against \(Say.percent(t.rate2)) at the \(peers.count) communes of \(d.parent?.name ?? "its province") that meet it: "
                             + "\(Say.signedPoints(t.difference)) (95% CI \(Say.signedPoints(t.low)) to \(Say.signedPoints(t.high))).")
            if t.high < 0 { score += 0.35 * min(1, -t.difference / max(0.05, 0.5 * t.rate2)) }
        }
        if let regression, let effect = regression.effect(c.rawValue) {
            sentences.append(nationalSentence(effect, regression))
            if effect.high < 0 { score += 0.35 } else { score *= 0.5 }
        }
        for (n, s) in sentences.enumerated() { add(cause, n == 0 ? score : 0, s) }
    }

    func nationalSentence(_ e: CriterionEffect, _ r: CriterionRegression) -> String {
        "Nationally, the \(Say.count(Double(e.lacking))) communes lacking \(ReadinessCriterion(rawValue: e.criterion).map(phrase) ?? e.criterion) have \(noun) "
            + "\(Say.signedPoints(e.coefficient)) against those meeting it, the other criteria held fixed (95% CI \(Say.signedPoints(e.low)) to \(Say.signedPoints(e.high)), \(Say.p(e.pValue))); "
            + "alone it explains \(Say.percent(e.explainedAlone)) of the variation between the \(Say.count(Double(r.units))) communes (weighted least squares)."
    }

    /// A province's (or the nation's) communes: those whose criterion changed (a change), or those
    /// lacking it and what they cost against the nation (a gap).
    mutating func groupReadiness(now: [String: [ReadinessCriterion: Bool]], before: [String: [ReadinessCriterion: Bool]], regression: CriterionRegression?) {
        let children = d.childrenWindow.filter { $0.0.level == .commune }
        let communes = children.map(\.0.code)
        guard !communes.isEmpty else { return }
        var lines: [String] = []
        for c in Self.causeCriteria {
            guard let cause = RootCause(criterion: c) else { continue }
            let lacking = communes.filter { now[$0]?[c] == false }
            guard !lacking.isEmpty else { continue }
            lines.append("\(name(c)) \(lacking.count)")
            if d.request.mode == .change {
                let flipped = lacking.filter { before[$0]?[c] == true }
                guard !flipped.isEmpty else { continue }
                let set = Set(flipped)
                let all = try? Where.dimension(.locality, children.map { (id: $0.0.code, name: Optional($0.0.name), sector: Sector?.none, window: $0.1) },
                                               before: { code in d.childrenBefore.first { $0.0.code == code }?.1 ?? CountSums() }, reference: nil, d)
                let share = (all ?? []).filter { set.contains($0.locality ?? "") }.compactMap(\.share).reduce(0, +)
                let score = (0.3 + 0.6 * min(1, max(0, share))) * (headline.adverse ? 1 : 0.4) * priorRelevance(c)
                add(cause, score, "\(c.rawValue) went from true to false at \(Say.plural(flipped.count, "commune")) of \(communes.count) between \(d.baseline.last) and \(d.windowRange.last); "
                    + "together they account for \(Say.percent(share, 0)) of the change.")
            } else if let regression, let effect = regression.effect(c.rawValue),
                      let gap = try? RateGap(children.map { ch in
                          let f = d.metric.fraction(ch.1)
                          return (id: ch.0.code, numerator: Double(f?.numerator ?? 0), denominator: Double(f?.denominator ?? 0))
                      }, reference: d.metric.value(d.nation) ?? 0) {
                let set = Set(lacking)
                let cost = gap.contributions.filter { set.contains($0.id) }
                let points = cost.reduce(0) { $0 + $1.points }, shortfall = cost.reduce(0) { $0 + $1.shortfall }
                let nationalShare = Double(effect.lacking) / Double(max(1, regression.units))
                let localShare = Double(lacking.count) / Double(communes.count)
                var score = 0.05
                if points < 0, gap.gap < 0 { score += 0.8 * min(1, points / gap.gap) * (effect.high < 0 ? 1 : effect.low > 0 ? 0 : 0.3) }
                if localShare > 1.5 * nationalShare, effect.high < 0 { score += 0.1 }
                add(cause, score, "\(Say.plural(lacking.count, "commune")) of \(communes.count) (\(Say.percent(localShare)); nationally \(Say.percent(nationalShare))) lack \(phrase(c)); "
                    + "against the nation's rate they cost \(place) \(Say.points(points)) (\(Say.count(max(0, shortfall))) applications).")
                add(cause, 0, nationalSentence(effect, regression))
            }
        }
        checked.append(lines.isEmpty ? "Readiness of \(place)'s \(communes.count) communes as of \(d.windowRange.last): every criterion met."
                       : "Readiness of \(place)'s \(communes.count) communes as of \(d.windowRange.last), communes not meeting: \(lines.joined(separator: ", ")).")
    }

    func nationalRegression() -> CriterionRegression? {
        guard d.metric.isRate else { return nil }
        let flagsByCode = flags(d.nationalReadiness)
        let criteria = ReadinessCriterion.flags
        let rows = d.nationalCommunes.compactMap { l, s -> (numerator: Double, denominator: Double, lacks: [Bool])? in
            guard let f = d.metric.fraction(s), let den = f.denominator, den > 0, let own = flagsByCode[l.code], !own.isEmpty else { return nil }
            return (Double(f.numerator), Double(den), criteria.map { own[$0] == false })
        }
        return try? CriterionRegression(criteria: criteria.map(\.rawValue), rows: rows)
    }

    // MARK: Sector fingerprints

    mutating func sectorFingerprints() {
        guard d.metric == .onlineResult || d.metric == .resolvedOnline else { return }
        let results = { (s: CountSums) in (x: Double(s.resolvedOnline), n: Double(s.resolvedWithOnline)) }
        let submissions = { (s: CountSums) in (x: Double(s.receivedOnline), n: Double(s.received)) }
        let civil = d.sectorsWindow.first { $0.0 == .civilStatus }?.1
        let others = d.sectorsWindow.filter { $0.0 != .civilStatus }.reduce(CountSums()) { $0 + $1.1 }
        if let civil {
            let cs = results(civil), ot = results(others)
            if cs.n >= 20, ot.n > 0, cs.x / cs.n < 0.02, ot.x / ot.n >= 0.03 {
                let nationCivil = d.nationSectors.first { $0.0 == .civilStatus }.map { results($0.1) }
                let nationText = nationCivil.map { $0.n > 0 ? " (nationally \(Say.percent($0.x / $0.n)))" : "" } ?? ""
                add(.civilStatusUnlinked, 0.6, "Civil-status results returned online: \(Say.count(cs.x)) of \(Say.count(cs.n)) (\(Say.percent(cs.x / cs.n)))\(nationText), "
                    + "while the other sectors returned \(Say.percent(ot.x / ot.n)) online: the mark of civil-status software not linked to the national database.")
            }
        }
        // Results not returned online while submissions continue: signing, outside civil status.
        let reference: (CountSums, String)
        if d.request.mode == .change {
            reference = (d.sectorsBefore.filter { $0.0 != .civilStatus }.reduce(CountSums()) { $0 + $1.1 }, "in \(Say.range(d.baseline))")
        } else if d.unit.level == .commune {
            let peers = d.nationalCommunes.filter { $0.0.parentCode == d.unit.parentCode && $0.0.code != d.unit.code }.reduce(CountSums()) { $0 + $1.1 }
            reference = (peers, "at the other communes of \(d.parent?.name ?? "its province")")
        } else {
            reference = (d.nationSectors.filter { $0.0 != .civilStatus }.reduce(CountSums()) { $0 + $1.1 }, "nationally")
        }
        let r1 = results(others), r0 = results(reference.0), s1 = submissions(others), s0 = submissions(reference.0)
        guard r1.n >= 20, r0.n > 0, s1.n > 0, s0.n > 0, r0.x > 0, s0.x > 0 else { return }
        let resultRatio = (r1.x / r1.n) / (r0.x / r0.n), submissionRatio = (s1.x / s1.n) / (s0.x / s0.n)
        let limit = d.request.mode == .change ? 0.3 : 0.5
        guard resultRatio <= limit, submissionRatio >= 0.75,
              let t = try? TwoProportionDifference(Int64(r1.x), of: Int64(r1.n), versus: Int64(r0.x), of: Int64(r0.n)), t.high < 0 else { return }
        add(.missingDigitalSignature, d.request.mode == .change ? 0.6 : 0.5,
            "Results returned online (outside civil status) \(Say.percent(t.rate1)) against \(Say.percent(t.rate2)) \(reference.1), while online submissions held "
            + "(\(Say.percent(s1.x / s1.n)) against \(Say.percent(s0.x / s0.n))): results that cannot be signed are not returned online.")
    }

    // MARK: Calendar

    mutating func calendar() {
        var holidays: [Holiday] = []
        var day = d.windowRange.first
        while day <= d.windowRange.last {
            if let h = d.request.calendar.holiday(on: day) { holidays.append(h) }
            day = day.advanced(by: 1)
        }
        guard !holidays.isEmpty else {
            checked.append("No public holiday or bridge day in the window.")
            return
        }
        let names = Array(Set(holidays.map(\.name))).sorted().joined(separator: ", ")
        let text = "\(Say.plural(holidays.count, "day")) off in the window (\(names)): \(d.workingDaysWindow) working days in \(d.windowRange.dayCount)"
        checked.append(text + ".")
        // Against the nation the calendar is the same on both sides: it explains no gap.
        guard d.request.mode == .change else { return }
        guard !d.metric.isRate, d.request.mode == .change, let f1 = d.metric.fraction(d.window), let f0 = d.metric.fraction(d.before), f0.numerator > 0 else {
            add(.holiday, 0.1, text + "; a holiday moves volumes more than rates.")
            return
        }
        let perDay1 = Double(f1.numerator) / Double(d.windowRange.dayCount), perDay0 = Double(f0.numerator) / Double(d.baseline.dayCount)
        let calendarRatio = perDay1 / perDay0
        if calendarRatio < 0.9, !headline.adverse {
            add(.holiday, 0.85, text + ". Per calendar day \(noun) were \(Say.percent(1 - calendarRatio, 0)) lower than in the baseline, but per working day they did not fall: "
                + "the calendar accounts for the drop; expected, not a fault.")
        } else if headline.adverse {
            add(.holiday, 0.2, text + "; even per working day \(noun) fell, so the days off do not account for all of it.")
        } else {
            add(.holiday, 0.3, text + ".")
        }
    }
}
