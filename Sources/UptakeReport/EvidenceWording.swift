import Foundation
import UptakeAnalysis
import UptakeCore

/// The one place where an explanation's evidence becomes sentences: each ``EvidenceFact`` kind,
/// the headline (``FallTest``) and what was checked. The analysis hands over facts with numbers;
/// everything an official reads is worded here, one type per language (`English`, `Vietnamese`),
/// both conforming to `EvidenceSentences`, so a language missing a sentence does not compile.
///
/// ```swift
/// let worded = EvidenceWording.worded(explanation)   // summary, causes[].evidence, checked filled
/// EvidenceWording.sentence(.noDaysOff, about: explanation)  // "No public holiday or bridge day in the window."
/// EvidenceWording.sentence(.noDaysOff, about: explanation, in: .vi)  // "Không có ngày nghỉ lễ, nghỉ bù trong kỳ."
/// ```
public enum EvidenceWording {
    /// The explanation with `summary`, each cause's `evidence` and `checked` worded from its facts.
    public static func worded(_ e: Explanation, in language: Language = .en) -> Explanation {
        var out = e
        out.summary = summary(e, in: language)
        for i in out.causes.indices { out.causes[i].evidence = out.causes[i].facts.map { sentence($0, about: e, in: language) } }
        out.checked = e.checks.map { sentence($0, about: e, in: language) }
        return out
    }

    /// One sentence saying what moved, from the explanation's fall test.
    public static func summary(_ e: Explanation, in language: Language = .en) -> String {
        sentences(e, in: language).summary()
    }

    /// One fact as a sentence about the place explained.
    public static func sentence(_ fact: EvidenceFact, about e: Explanation, in language: Language = .en) -> String {
        sentences(e, in: language).sentence(fact)
    }

    static func sentences(_ e: Explanation, in language: Language) -> any EvidenceSentences {
        switch language {
        case .en: English(e)
        case .vi: Vietnamese(e)
        }
    }
}

/// What each language says: the headline, every fact kind and the gap's sentences. One type per
/// language conforms (`English`, `Vietnamese`); each states the same numbers, intervals, p and hedges.
protocol EvidenceSentences {
    init(_ e: Explanation)
    /// One sentence saying what moved, from the explanation's fall test.
    func summary() -> String
    /// One fact as a sentence about the place explained (every ``EvidenceFact`` kind).
    func sentence(_ fact: EvidenceFact) -> String
    /// `gap`'s summary and the costliest children's sentences.
    static func worded(_ g: GapResult) -> GapResult
}

extension English: EvidenceSentences {}

/// English sentences. Numbers as an official would paste them: 32.7%, 0.74 points, 1,094 applications.
struct English {
    let e: Explanation

    init(_ e: Explanation) { self.e = e }

    var place: String { "\(e.name) (\(e.locality))" }
    var noun: String { Self.metricNoun(e.metric) }
    var capitalNoun: String { noun.prefix(1).uppercased() + noun.dropFirst() }

    func summary() -> String {
        guard let t = e.fall else { return "\(place): no \(noun) in either period." }
        switch (e.mode, t.scale) {
        case (.gap, _):
            return "\(place): \(noun) \(Self.percent(t.observed, 2)) in \(Self.range(e.window)) against the nation's \(Self.percent(t.expected, 2)), "
                + "\(Self.signedPoints(t.estimate)) (95% CI \(Self.signedPoints(t.low)) to \(Self.signedPoints(t.high)), \(Self.p(t.pValue)))."
        case (.change, .difference):
            return "\(place): \(noun) \(Self.percent(t.observed, 2)) in \(Self.range(e.window)) against \(Self.percent(t.expected, 2)) in \(e.baseline.map(Self.range) ?? "the baseline"), "
                + "\(Self.signedPoints(t.estimate)) (95% CI \(Self.signedPoints(t.low)) to \(Self.signedPoints(t.high)), \(Self.p(t.pValue)))."
        case (.change, .ratio):
            let days = e.workingDays.map { " (\($0) working days)" } ?? ""
            let baseDays = e.baselineWorkingDays.map { " (\($0))" } ?? ""
            return "\(place): \(Self.decimal(t.observed)) \(noun) per working day in \(Self.range(e.window))\(days) against "
                + "\(Self.decimal(t.expected)) in \(e.baseline.map(Self.range) ?? "the baseline")\(baseDays): \(Self.ratioChange(t.estimate, t.low, t.high)), \(Self.p(t.pValue))."
        }
    }

    /// The test in words: "7,231.9 per working day against 9,912.3: 27% lower (95% CI 20–33%), p < 0.0001".
    func measured(_ t: FallTest) -> String {
        switch t.scale {
        case .ratio:
            "\(Self.decimal(t.observed)) per working day against \(Self.decimal(t.expected)): \(Self.ratioChange(t.estimate, t.low, t.high)), \(Self.p(t.pValue))"
        case .difference:
            "\(Self.percent(t.observed)) against \(Self.percent(t.expected)): \(Self.signedPoints(t.estimate)) (95% CI \(Self.signedPoints(t.low)) to \(Self.signedPoints(t.high))), \(Self.p(t.pValue))"
        }
    }

    func fall(_ f: FallFact) -> String {
        let t = f.test
        if f.mode == .gap {
            switch t.verdict {
            case .fell: return "\(capitalNoun) is below the nation's beyond the noise (\(measured(t)))."
            case .steady: return "\(capitalNoun) is not significantly below the nation's (\(measured(t))): there is no shortfall to explain."
            case .rose: return "\(capitalNoun) is above the nation's (\(measured(t))): there is no shortfall to explain."
            }
        }
        // The periods are said: a month that did not fall can hold a few days that did (an anomaly).
        let when = "in \(Self.range(e.window))" + (e.baseline.map { " against \(Self.range($0))" } ?? "")
        switch t.verdict {
        case .fell: return "\(capitalNoun) fell beyond the noise \(when) (\(measured(t)))."
        case .steady: return "\(capitalNoun) did not change beyond the noise \(when) (\(measured(t))): there is no fall to explain over these days."
        case .rose: return "\(capitalNoun) rose \(when) (\(measured(t))): there is no fall to explain over these days."
        }
    }

    func incidentPlace(_ p: IncidentPlace) -> String {
        switch p.relation {
        case .unit: "at \(p.name ?? p.code)"
        case .province: "at its province \(p.name ?? p.code)"
        case .nation: "nationwide"
        case .commune: "at commune \(p.code)"
        }
    }

    var search: String { e.level == .commune ? ", its province" : "" }

    func group(_ p: PeerDifference) -> (unit: String, others: String) {
        // "the other province", not "the other 1 province".
        func others(_ word: String) -> String { p.groupSize == 1 ? "the other \(word)" : "the other \(Self.plural(p.groupSize, word))" }
        switch p.group {
        case .otherProvinces: return (e.name, others("province"))
        case .otherCommunes: return (e.name, others("commune") + " of its province")
        case .unchangedCommunes:
            return (p.unitSize == 1 && e.level == .commune ? e.name : "the \(Self.plural(p.unitSize, "commune")) where \(p.criterion?.rawValue ?? "it") was lost",
             "the \(Self.plural(p.groupSize, "commune")) where \(p.criterion?.rawValue ?? "it") did not change")
        case .otherSectors: return ("sector \(p.sector?.name ?? "?")", others("sector"))
        case .communesWithoutIncidents:
            return ("the \(Self.plural(p.unitSize, "commune")) where they were recorded", others("commune") + " of \(e.name)")
        }
    }

    func peerDifference(_ p: PeerDifference) -> String {
        let (unit, others) = group(p)
        let c = p.contrast
        let numbers: String
        if c.scale == .ratio {
            numbers = "per working day \(unit) went \(Self.relative(c.unitChange)), \(others) \(Self.relative(c.othersChange)); "
                + "the difference in differences is \(Self.ratioChange(c.estimate, c.low, c.high)), \(Self.p(c.pValue))"
        } else {
            numbers = "\(unit) moved \(Self.signedPoints(c.unitChange)), \(others) \(Self.signedPoints(c.othersChange)); "
                + "the difference in differences is \(Self.signedPoints(c.estimate)) (95% CI \(Self.signedPoints(c.low)) to \(Self.signedPoints(c.high))), \(Self.p(c.pValue))"
        }
        let none = c.scale == .ratio ? 1.0 : 0.0
        let reading = c.worse ? "\(unit) fell more than \(others)"
            : c.low > none ? "\(unit) did better than \(others)"
            : "\(unit) did no worse than \(others) beyond the noise"
        return "Against \(others) over the same days: \(numbers): \(reading)."
    }

    func sentence(_ fact: EvidenceFact) -> String {
        switch fact {
        case .fall(let f):
            return fall(f)
        case .incidents(let i):
            let systems = Set(i.systems.map(Self.system)).sorted().joined(separator: "/")
            let places = Set(i.places.map(incidentPlace)).sorted().joined(separator: ", ")
            var s = "\(Self.plural(i.count, "\(systems) incident")) (\(i.kinds.map(\.rawValue).sorted().joined(separator: "/"))) recorded \(places) "
                + "on \(i.windowDays) of the window's \(i.windowWorkingDays) working days"
            if i.before > 0 { s += ", \(i.before) of them in the \(i.leadDays) days before it" }
            if i.errors > 0 { s += "; \(Self.count(Double(i.errors))) errors logged" }
            return s + "."
        case .maintenance(let m):
            let systems = Set(m.systems.map(Self.system)).sorted().joined(separator: "/")
            return "\(Self.plural(m.starts.count, "scheduled \(systems) maintenance window")) (\(m.starts.joined(separator: ", "))): maintenance, not counted as a fault."
        case .incidentCoverage(let c):
            return "The communes where they were recorded handled \(Self.percent(c.volumeShare, 0)) of \(place)'s applications before the window "
                + "and account for \(Self.percent(c.changeShare, 0)) of the \(c.mode == .gap ? "gap" : "change")."
        case .incidentDays(let c):
            let t = c.test
            let numbers = t.scale == .ratio
                ? "\(noun) averaged \(Self.decimal(t.observed)) a day against \(Self.decimal(t.expected)) on the window's other \(c.otherDays) working days: \(Self.ratioChange(t.estimate, t.low, t.high)), \(Self.p(t.pValue))"
                : "\(noun) was \(Self.percent(t.observed)) against \(Self.percent(t.expected)) on the window's other \(c.otherDays) working days: "
                    + "\(Self.signedPoints(t.estimate)) (95% CI \(Self.signedPoints(t.low)) to \(Self.signedPoints(t.high))), \(Self.p(t.pValue))"
            let reading = switch t.verdict {
            case .fell: "incident days were worse"
            case .steady: "incident days were no worse beyond the noise, so the incidents do not account for a fall"
            case .rose: "incident days were better"
            }
            return "On the window's \(Self.plural(c.incidentDays, "incident day")) \(numbers): \(reading)."
        case .peerDifference(let p):
            return peerDifference(p)
        case .outageFingerprint(let o):
            return "\(Self.metricNoun(o.metric).prefix(1).uppercased() + Self.metricNoun(o.metric).dropFirst()) fell \(Self.percent(o.fall, 0)) per working day, in all \(o.sectors) sectors at once: "
                + "the mark a one-stop system outage leaves. No incident recorded."
        case .readinessLost(let r):
            if r.communes == 1, e.level == .commune {
                return "\(r.criterion.rawValue) went from true (as of \(r.before)) to false (as of \(r.asOf)) at \(place): \(Self.phrase(r.criterion)) was lost between the periods."
            }
            return "\(r.criterion.rawValue) went from true to false at \(Self.plural(r.communesChanged, "commune")) of \(r.communes) between \(r.before) and \(r.asOf); "
                + "together they account for \(Self.percent(r.changeShare ?? 0, 0)) of the change."
        case .readinessStandingGap(let r):
            return "\(r.criterion.rawValue) already false at \(place) as of \(r.asOf), the baseline's end: a standing gap, which does not by itself explain a change."
        case .readinessUnmet(let r):
            return "\(place) reports no \(Self.phrase(r.criterion).replacingOccurrences(of: "a ", with: "")) as of \(r.asOf) (\(r.criterion.rawValue) false)."
        case .peersMeetingCriterion(let p):
            let t = p.test
            return "\(Self.metricNoun(p.metric).prefix(1).uppercased() + Self.metricNoun(p.metric).dropFirst()) \(Self.percent(t.observed)) at \(e.name) against \(Self.percent(t.expected)) "
                + "at the \(p.peers) communes of \(p.province ?? "its province") that meet it: "
                + "\(Self.signedPoints(t.estimate)) (95% CI \(Self.signedPoints(t.low)) to \(Self.signedPoints(t.high)))."
        case .nationalRegression(let r):
            return "Nationally, the \(Self.count(Double(r.lacking))) communes lacking \(ReadinessCriterion(rawValue: r.criterion).map(Self.phrase) ?? r.criterion) have \(Self.metricNoun(r.metric)) "
                + "\(Self.signedPoints(r.coefficient)) against those meeting it, the other criteria held fixed (95% CI \(Self.signedPoints(r.low)) to \(Self.signedPoints(r.high)), \(Self.p(r.pValue))); "
                + "alone it explains \(Self.percent(r.explainedAlone)) of the variation between the \(Self.count(Double(r.units))) communes (weighted least squares)."
        case .lackingCommunesCost(let c):
            return "\(Self.plural(c.lacking, "commune")) of \(c.communes) (\(Self.percent(c.localShare)); nationally \(Self.percent(c.nationalShare))) lack \(Self.phrase(c.criterion)); "
                + "against the nation's rate they cost \(place) \(Self.points(c.points)) (\(Self.count(c.shortfall)) applications)."
        case .civilStatusResults(let c):
            let nation = c.nationalShare.map { " (nationally \(Self.percent($0)))" } ?? ""
            return "Civil-status results returned online: \(Self.count(c.returnedOnline)) of \(Self.count(c.resolved)) (\(Self.percent(c.returnedOnline / c.resolved)))\(nation), "
                + "while the other sectors returned \(Self.percent(c.otherSectorsShare)) online: the mark of civil-status software not linked to the national database."
        case .resultsNotSigned(let r):
            let reference = switch r.reference {
            case .baseline: "in \(e.baseline.map(Self.range) ?? "the baseline")"
            case .provinceCommunes: "at the other communes of \(r.referenceName ?? "its province")"
            case .nation: "nationally"
            }
            return "Results returned online (outside civil status) \(Self.percent(r.resultRate)) against \(Self.percent(r.referenceResultRate)) \(reference), while online submissions held "
                + "(\(Self.percent(r.submissionRate)) against \(Self.percent(r.referenceSubmissionRate))): results that cannot be signed are not returned online."
        case .daysOff(let d):
            let text = "\(Self.plural(d.days, "day")) off in the window (\(d.names.joined(separator: ", "))): \(d.workingDays) working days in \(d.calendarDays)"
            switch d.reading {
            case .none: return text + "."
            case .rate: return text + "; a holiday moves volumes more than rates."
            case .accountsForDrop:
                return text + ". Per calendar day \(noun) were \(Self.percent(d.calendarFall ?? 0, 0)) lower than in the baseline, but per working day they did not fall: "
                    + "the calendar accounts for the drop; expected, not a fault."
            case .fellPerWorkingDay: return text + "; even per working day \(noun) fell, so the days off do not account for all of it."
            }
        case .noDaysOff:
            return "No public holiday or bridge day in the window."
        case .noIncidents(let s):
            return "No incident recorded at \(place)\(s.includesProvince ? ", its province" : "") or nationwide from \(s.from) to \(s.to)."
        case .incidentsChecked(let c):
            return "\(Self.plural(c.count, "incident")) recorded at \(place)\(c.search.includesProvince ? ", its province" : "") or nationwide from \(c.search.from) to \(c.search.to) "
                + "(\(Set(c.systems.map(Self.system)).sorted().joined(separator: ", ")))."
        case .readinessChecked(let r):
            return r.unmet.isEmpty ? "Readiness of \(place) as of \(r.asOf): every criterion met."
                : "Readiness of \(place) as of \(r.asOf): not met: \(r.unmet.map(Self.name).joined(separator: ", "))."
        case .communesReadinessChecked(let r):
            return r.unmet.isEmpty ? "Readiness of \(place)'s \(r.communes) communes as of \(r.asOf): every criterion met."
                : "Readiness of \(place)'s \(r.communes) communes as of \(r.asOf), communes not meeting: \(r.unmet.map { "\(Self.name($0.criterion)) \($0.communes)" }.joined(separator: ", "))."
        case .noReadiness(let r):
            return "No readiness recorded for \(place) as of \(r.asOf)."
        case .uniformFall(let u):
            let changes = u.fell.map(\.change)
            let lo = changes.min() ?? 0, hi = changes.max() ?? 0
            let range = e.metric.isRate
                ? "by \(Self.points(hi)) to \(Self.points(lo))"
                : "by \(Self.percent(-hi, 0)) to \(Self.percent(-lo, 0)) per working day"
            let whole = "the fall is \(e.name)'s as a whole, not a sector's."
            if u.didNotFall.isEmpty {
                return "All \(u.sectors.count) sectors fell, \(range), none significantly more than the others: " + whole
            }
            // A sector that did not fall is named with its change and test: it is within the noise.
            let others = u.didNotFall.map { c in
                let change = e.metric.isRate ? "+" + Self.points(c.change) : "+" + Self.percent(c.change, 0) + " per working day"
                return "\(c.sector.name) did not (\(change), \(c.pValue.map(Self.p) ?? "untested") against the other sectors)"
            }
            return "\(u.fell.count) of \(u.sectors.count) sectors fell, \(range); \(others.joined(separator: "; ")); "
                + "no sector's change differed from the others' beyond the noise: " + whole
        case .unexplained(let u):
            switch u.reading {
            case .nothingAccounts: return "Nothing in the evidence accounts for it."
            case .remainder: return "Whatever the causes above do not account for."
            }
        }
    }

    // MARK: Numbers and names

    static func percent(_ p: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f%%", p * 100) }
    static func points(_ d: Double) -> String { String(format: "%.2f points", abs(d) * 100) }
    static func signedPoints(_ d: Double) -> String {
        guard d.isFinite else { return d > 0 ? "+∞" : "−∞" }
        return String(format: "%@%.2f points", d < 0 ? "−" : "+", abs(d) * 100)
    }
    static func count(_ x: Double) -> String {
        let i = Int64(x.rounded())
        let digits = String(i.magnitude)
        var out = ""
        for (n, c) in digits.enumerated() {
            if n > 0, (digits.count - n) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (i < 0 ? "−" : "") + out
    }
    static func decimal(_ x: Double, _ digits: Int = 1) -> String {
        let text = String(format: "%.\(digits)f", abs(x))
        let parts = text.split(separator: ".", maxSplits: 1)
        return (x < 0 ? "−" : "") + count(Double(parts[0]) ?? 0) + (parts.count > 1 ? "." + parts[1] : "")
    }
    static func p(_ p: Double) -> String { p < 0.0001 ? "p < 0.0001" : String(format: "p = %.4f", p) }
    static func range(_ r: DayRange) -> String { r.first == r.last ? "\(r.first)" : "\(r.first)..\(r.last)" }
    static func plural(_ n: Int, _ word: String) -> String { "\(count(Double(n))) \(word)\(n == 1 ? "" : "s")" }

    /// A ratio as a change: 0.73 → "27% lower", 1.05 → "5% higher", 1 → "unchanged".
    static func relative(_ r: Double) -> String {
        guard r.isFinite else { return "unbounded" }
        let pct = (r - 1) * 100
        if abs(pct) < 0.5 { return "unchanged" }
        return pct < 0 ? String(format: "%.0f%% lower", -pct) : String(format: "%.0f%% higher", pct)
    }

    /// "61% lower (95% CI 55–66%)" for a ratio 0.39 with interval 0.34–0.45; an interval that
    /// crosses 1 is said in full: "7% lower (95% CI 38% lower to 12% higher)".
    static func ratioChange(_ r: Double, _ low: Double, _ high: Double) -> String {
        func side(_ x: Double) -> String {
            guard x.isFinite else { return "unbounded" }
            return x < 1 ? String(format: "%.0f%% lower", (1 - x) * 100) : String(format: "%.0f%% higher", (x - 1) * 100)
        }
        if low < 1, high > 1 { return "\(side(r)) (95% CI \(side(low)) to \(side(high)))" }
        if r < 1 {
            return String(format: "%.0f%% lower (95%% CI %.0f–%.0f%%)", (1 - r) * 100, (1 - high) * 100, (1 - low) * 100)
        }
        let hiText = high.isFinite ? String(format: "%.0f%%", (high - 1) * 100) : "∞"
        return String(format: "%.0f%% higher (95%% CI %.0f%%–%@)", (r - 1) * 100, (low - 1) * 100, hiText)
    }

    static func metricNoun(_ m: Metric) -> String {
        switch m {
        case .received: "applications received"
        case .receivedOnline: "online submissions"
        case .resolved: "applications resolved"
        case .resolvedOnline: "results returned online"
        case .onlineSubmission: "the online-submission rate"
        case .onlineResult: "the online-result rate"
        case .sync: "the sync rate"
        case .onTime: "the on-time rate"
        case .onlineSubmission766: "the 766 indicator"
        }
    }

    static func system(_ s: IncidentSystem) -> String {
        switch s {
        case .oneStop: "one-stop"
        case .publicServicePortal: "public-service-portal"
        case .civilStatus: "civil-status"
        case .digitalSignature: "digital-signature"
        case .network: "network"
        case .other: "software"
        }
    }

    static func name(_ c: ReadinessCriterion) -> String { c.rawValue.replacingOccurrences(of: "_", with: " ") }

    /// What a place lacks, in words: "a linked civil-status database".
    static func phrase(_ c: ReadinessCriterion) -> String {
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
}
