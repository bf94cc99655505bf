import Foundation
import UptakeAnalysis
import UptakeCore

/// Vietnamese sentences, stating what `English` states: the same numbers (through
/// `Language.vi.numbers`: 32,73 %, 1.094, 31/7/2025), the same 95% intervals and p, the same hedges
/// ("beyond the noise": vượt ngoài mức dao động ngẫu nhiên; "unexplained": chưa rõ nguyên nhân).
/// Causes, criteria, systems, metrics and sectors are the Glossary's terms, never identifiers.
struct Vietnamese: EvidenceSentences {
    let e: Explanation

    init(_ e: Explanation) { self.e = e }

    static let numbers = Language.vi.numbers

    var place: String { "\(e.name) (\(e.locality))" }
    var noun: String { e.metric.term.vi }
    var capitalNoun: String { Self.capitalised(noun) }

    func summary() -> String {
        guard let t = e.fall else { return "\(place): không có số liệu \(noun) ở cả hai kỳ." }
        switch (e.mode, t.scale) {
        case (.gap, _):
            return "\(place): \(noun) \(Self.percent(t.observed, 2)) trong \(Self.period(e.window)), so với \(Self.percent(t.expected, 2)) của toàn quốc: "
                + "\(Self.signedPoints(t.estimate)) (\(Self.interval(Self.signedPoints(t.low), Self.signedPoints(t.high))); \(Self.p(t.pValue)))."
        case (.change, .difference):
            return "\(place): \(noun) \(Self.percent(t.observed, 2)) trong \(Self.period(e.window)), so với \(Self.percent(t.expected, 2)) trong \(baselinePeriod): "
                + "\(Self.signedPoints(t.estimate)) (\(Self.interval(Self.signedPoints(t.low), Self.signedPoints(t.high))); \(Self.p(t.pValue)))."
        case (.change, .ratio):
            let days = e.workingDays.map { " (\(Self.count($0)) ngày làm việc)" } ?? ""
            let baseDays = e.baselineWorkingDays.map { " (\(Self.count($0)) ngày làm việc)" } ?? ""
            return "\(place): bình quân \(Self.decimal(t.observed)) \(noun) mỗi ngày làm việc trong \(Self.period(e.window))\(days), so với "
                + "\(Self.decimal(t.expected)) trong \(baselinePeriod)\(baseDays): \(Self.ratioChange(t.estimate, t.low, t.high)); \(Self.p(t.pValue))."
        }
    }

    var baselinePeriod: String { e.baseline.map(Self.period) ?? "kỳ so sánh" }

    /// The test in words: "bình quân 7.231,9 mỗi ngày làm việc so với 9.912,3: thấp hơn 27 % (…); p < 0,0001".
    func measured(_ t: FallTest) -> String {
        switch t.scale {
        case .ratio:
            "bình quân \(Self.decimal(t.observed)) mỗi ngày làm việc so với \(Self.decimal(t.expected)): \(Self.ratioChange(t.estimate, t.low, t.high)); \(Self.p(t.pValue))"
        case .difference:
            "\(Self.percent(t.observed)) so với \(Self.percent(t.expected)): \(Self.signedPoints(t.estimate)) "
                + "(\(Self.interval(Self.signedPoints(t.low), Self.signedPoints(t.high)))); \(Self.p(t.pValue))"
        }
    }

    func fall(_ f: FallFact) -> String {
        let t = f.test
        if f.mode == .gap {
            switch t.verdict {
            case .fell: return "\(capitalNoun) thấp hơn mức toàn quốc, vượt ngoài mức dao động ngẫu nhiên (\(measured(t)))."
            case .steady: return "\(capitalNoun) không thấp hơn mức toàn quốc một cách có ý nghĩa thống kê (\(measured(t))): không có mức thiếu hụt nào cần giải thích."
            case .rose: return "\(capitalNoun) cao hơn mức toàn quốc (\(measured(t))): không có mức thiếu hụt nào cần giải thích."
            }
        }
        let when = "trong \(Self.period(e.window))" + (e.baseline.map { " so với \(Self.period($0))" } ?? "")
        switch t.verdict {
        case .fell: return "\(capitalNoun) giảm vượt ngoài mức dao động ngẫu nhiên \(when) (\(measured(t)))."
        case .steady:
            return "\(capitalNoun) không thay đổi vượt ngoài mức dao động ngẫu nhiên \(when) (\(measured(t))): không có mức giảm nào cần giải thích trong những ngày này."
        case .rose: return "\(capitalNoun) tăng \(when) (\(measured(t))): không có mức giảm nào cần giải thích trong những ngày này."
        }
    }

    func incidentPlace(_ p: IncidentPlace) -> String {
        switch p.relation {
        case .unit: "tại \(p.name ?? p.code)"
        case .province: "tại \(p.name ?? p.code) (cấp tỉnh)"
        case .nation: "trên toàn quốc"
        case .commune: "tại xã, phường mã \(p.code)"
        }
    }

    /// ", its province" of a commune's incident search.
    func province(_ included: Bool) -> String { included ? ", tỉnh, thành phố của đơn vị này" : "" }

    func group(_ p: PeerDifference) -> (unit: String, others: String) {
        let criterion = p.criterion.map { "tiêu chí “\($0.term.vi)”" } ?? "tiêu chí này"
        switch p.group {
        case .otherProvinces: return (e.name, "\(Self.count(p.groupSize)) tỉnh, thành phố còn lại")
        case .otherCommunes: return (e.name, "\(Self.count(p.groupSize)) xã, phường khác trong cùng tỉnh, thành phố")
        case .unchangedCommunes:
            return (p.unitSize == 1 && e.level == .commune ? e.name : "\(Self.count(p.unitSize)) xã, phường không còn đạt \(criterion)",
                    "\(Self.count(p.groupSize)) xã, phường không thay đổi về \(criterion)")
        case .otherSectors: return ("lĩnh vực \(p.sector?.term.vi ?? "?")", "\(Self.count(p.groupSize)) lĩnh vực còn lại")
        case .communesWithoutIncidents:
            return ("\(Self.count(p.unitSize)) xã, phường có ghi nhận sự cố", "\(Self.count(p.groupSize)) xã, phường còn lại của \(e.name)")
        }
    }

    func peerDifference(_ p: PeerDifference) -> String {
        let (unit, others) = group(p)
        let c = p.contrast
        let numbers: String
        if c.scale == .ratio {
            numbers = "tính bình quân ngày làm việc, \(unit) \(Self.relative(c.unitChange)), \(others) \(Self.relative(c.othersChange)); "
                + "chênh lệch giữa hai mức thay đổi (khác biệt kép) là \(Self.ratioChange(c.estimate, c.low, c.high)); \(Self.p(c.pValue))"
        } else {
            numbers = "\(unit) thay đổi \(Self.signedPoints(c.unitChange)), \(others) thay đổi \(Self.signedPoints(c.othersChange)); "
                + "chênh lệch giữa hai mức thay đổi (khác biệt kép) là \(Self.signedPoints(c.estimate)) "
                + "(\(Self.interval(Self.signedPoints(c.low), Self.signedPoints(c.high)))); \(Self.p(c.pValue))"
        }
        let none = c.scale == .ratio ? 1.0 : 0.0
        let reading = c.worse ? "\(unit) giảm nhiều hơn \(others)"
            : c.low > none ? "\(unit) có kết quả tốt hơn \(others)"
            : "xét trong mức dao động ngẫu nhiên, \(unit) không kém hơn \(others)"
        return "So với \(others) trong cùng những ngày: \(numbers): \(reading)."
    }

    func sentence(_ fact: EvidenceFact) -> String {
        switch fact {
        case .fall(let f):
            return fall(f)
        case .incidents(let i):
            let systems = Self.systems(i.systems, separator: " / ")
            let kinds = Set(i.kinds.map(\.term.vi)).sorted().joined(separator: ", ")
            let places = Set(i.places.map(incidentPlace)).sorted().joined(separator: ", ")
            var s = "\(Self.count(i.count)) sự cố \(systems) (\(kinds)) được ghi nhận \(places), "
                + "vào \(Self.count(i.windowDays)) trong \(Self.count(i.windowWorkingDays)) ngày làm việc của kỳ"
            if i.before > 0 { s += ", trong đó \(Self.count(i.before)) sự cố xảy ra trong \(Self.count(i.leadDays)) ngày trước kỳ" }
            if i.errors > 0 { s += "; ghi nhận \(Self.count(Double(i.errors))) lỗi" }
            return s + "."
        case .maintenance(let m):
            let starts = m.starts.map { Day(iso: $0).map(Self.numbers.date) ?? $0 }.joined(separator: ", ")
            return "\(Self.count(m.starts.count)) đợt \(IncidentKind.maintenance.term.vi) \(Self.systems(m.systems, separator: " / ")) theo kế hoạch (\(starts)): "
                + "là bảo trì, không tính là sự cố."
        case .incidentCoverage(let c):
            return "Các xã, phường có ghi nhận sự cố tiếp nhận \(Self.percent(c.volumeShare, 0)) số hồ sơ của \(place) trước kỳ "
                + "và chiếm \(Self.percent(c.changeShare, 0)) mức \(c.mode == .gap ? "chênh lệch" : "thay đổi")."
        case .incidentDays(let c):
            let t = c.test
            let numbers = t.scale == .ratio
                ? "\(noun) bình quân \(Self.decimal(t.observed)) mỗi ngày, so với \(Self.decimal(t.expected)) trong \(Self.count(c.otherDays)) ngày làm việc còn lại của kỳ: "
                    + "\(Self.ratioChange(t.estimate, t.low, t.high)); \(Self.p(t.pValue))"
                : "\(noun) là \(Self.percent(t.observed)), so với \(Self.percent(t.expected)) trong \(Self.count(c.otherDays)) ngày làm việc còn lại của kỳ: "
                    + "\(Self.signedPoints(t.estimate)) (\(Self.interval(Self.signedPoints(t.low), Self.signedPoints(t.high)))); \(Self.p(t.pValue))"
            let reading = switch t.verdict {
            case .fell: "những ngày có sự cố kém hơn"
            case .steady: "những ngày có sự cố không kém hơn ngoài mức dao động ngẫu nhiên, nên các sự cố không giải thích được mức giảm"
            case .rose: "những ngày có sự cố tốt hơn"
            }
            return "Trong \(Self.count(c.incidentDays)) ngày có sự cố của kỳ, \(numbers): \(reading)."
        case .peerDifference(let p):
            return peerDifference(p)
        case .outageFingerprint(let o):
            return "\(Self.capitalised(o.metric.term.vi)) giảm \(Self.percent(o.fall, 0)) tính bình quân ngày làm việc, đồng thời ở cả \(Self.count(o.sectors)) lĩnh vực: "
                + "dấu hiệu để lại khi \(IncidentSystem.oneStop.term.vi) \(IncidentKind.outage.term.vi). Không có sự cố nào được ghi nhận."
        case .readinessLost(let r):
            if r.communes == 1, e.level == .commune {
                return "Tiêu chí “\(r.criterion.term.vi)” chuyển từ đạt (ngày \(Self.date(r.before))) sang không đạt (ngày \(Self.date(r.asOf))) tại \(place): "
                    + "tiêu chí này không còn được đáp ứng giữa hai kỳ."
            }
            return "Tiêu chí “\(r.criterion.term.vi)” chuyển từ đạt sang không đạt tại \(Self.count(r.communesChanged)) trong số \(Self.count(r.communes)) xã, phường "
                + "từ ngày \(Self.date(r.before)) đến ngày \(Self.date(r.asOf)); các xã, phường này chiếm \(Self.percent(r.changeShare ?? 0, 0)) mức thay đổi."
        case .readinessStandingGap(let r):
            return "Tiêu chí “\(r.criterion.term.vi)” đã không đạt tại \(place) vào ngày \(Self.date(r.asOf)), cuối kỳ so sánh: "
                + "đây là hạn chế sẵn có, tự nó không giải thích được sự thay đổi."
        case .readinessUnmet(let r):
            return "\(place) báo cáo chưa có \(r.criterion.term.vi) tính đến ngày \(Self.date(r.asOf)) (tiêu chí chưa đạt)."
        case .peersMeetingCriterion(let p):
            let t = p.test
            return "\(Self.capitalised(p.metric.term.vi)) tại \(e.name) là \(Self.percent(t.observed)), so với \(Self.percent(t.expected)) "
                + "tại \(Self.count(p.peers)) xã, phường của \(p.province ?? "cùng tỉnh, thành phố") đạt tiêu chí “\(p.criterion.term.vi)”: "
                + "\(Self.signedPoints(t.estimate)) (\(Self.interval(Self.signedPoints(t.low), Self.signedPoints(t.high))))."
        case .nationalRegression(let r):
            let criterion = ReadinessCriterion(rawValue: r.criterion).map(\.term.vi) ?? r.criterion.replacingOccurrences(of: "_", with: " ")
            return "Trên toàn quốc, \(Self.count(r.lacking)) xã, phường chưa đạt tiêu chí “\(criterion)” có \(r.metric.term.vi) chênh \(Self.signedPoints(r.coefficient)) "
                + "so với các xã, phường đạt tiêu chí này, khi giữ nguyên các tiêu chí khác (\(Self.interval(Self.signedPoints(r.low), Self.signedPoints(r.high))); \(Self.p(r.pValue))); "
                + "riêng tiêu chí này giải thích \(Self.percent(r.explainedAlone)) mức biến thiên giữa \(Self.count(r.units)) xã, phường (bình phương tối thiểu có trọng số)."
        case .lackingCommunesCost(let c):
            return "\(Self.count(c.lacking)) trong số \(Self.count(c.communes)) xã, phường (\(Self.percent(c.localShare)); toàn quốc: \(Self.percent(c.nationalShare))) "
                + "chưa có \(c.criterion.term.vi); so với tỷ lệ toàn quốc, các xã, phường này khiến \(place) mất \(Self.points(c.points)) "
                + "(tương đương \(Self.count(c.shortfall)) hồ sơ)."
        case .civilStatusResults(let c):
            let nation = c.nationalShare.map { " (toàn quốc: \(Self.percent($0)))" } ?? ""
            return "Kết quả \(Sector.civilStatus.term.vi) trả trực tuyến: \(Self.count(c.returnedOnline)) trên \(Self.count(c.resolved)) hồ sơ "
                + "(\(Self.percent(c.returnedOnline / c.resolved)))\(nation), trong khi các lĩnh vực khác trả trực tuyến \(Self.percent(c.otherSectorsShare)): "
                + "dấu hiệu của tình trạng \(RootCause.civilStatusUnlinked.term.vi)."
        case .resultsNotSigned(let r):
            let reference = switch r.reference {
            case .baseline: "trong \(baselinePeriod)"
            case .provinceCommunes: "tại các xã, phường khác của \(r.referenceName ?? "cùng tỉnh, thành phố")"
            case .nation: "trên toàn quốc"
            }
            return "\(Self.capitalised(Metric.onlineResult.term.vi)) (ngoài lĩnh vực \(Sector.civilStatus.term.vi)) \(Self.percent(r.resultRate)) so với "
                + "\(Self.percent(r.referenceResultRate)) \(reference), trong khi hồ sơ nộp trực tuyến vẫn giữ mức "
                + "(\(Self.percent(r.submissionRate)) so với \(Self.percent(r.referenceSubmissionRate))): kết quả không ký số được thì không trả trực tuyến được."
        case .daysOff(let d):
            let names = d.names.map(Self.holidayName).joined(separator: "; ")
            let text = "Kỳ có \(Self.count(d.days)) ngày nghỉ (\(names)): \(Self.count(d.workingDays)) ngày làm việc trên \(Self.count(d.calendarDays)) ngày"
            switch d.reading {
            case .none: return text + "."
            case .rate: return text + "; ngày nghỉ tác động đến số lượng hồ sơ nhiều hơn đến tỷ lệ."
            case .accountsForDrop:
                return text + ". Tính bình quân ngày theo lịch, \(noun) thấp hơn kỳ so sánh \(Self.percent(d.calendarFall ?? 0, 0)), "
                    + "nhưng tính bình quân ngày làm việc thì không giảm: lịch nghỉ giải thích mức giảm; đây là điều dự kiến, không phải sự cố."
            case .fellPerWorkingDay: return text + "; ngay cả tính bình quân ngày làm việc, \(noun) vẫn giảm, nên ngày nghỉ không giải thích được toàn bộ mức giảm."
            }
        case .noDaysOff:
            return "Không có \(RootCause.holiday.term.vi) trong kỳ."
        case .noIncidents(let s):
            return "Không có sự cố nào được ghi nhận tại \(place)\(province(s.includesProvince)) hoặc trên toàn quốc "
                + "từ ngày \(Self.date(s.from)) đến ngày \(Self.date(s.to))."
        case .incidentsChecked(let c):
            return "\(Self.count(c.count)) sự cố được ghi nhận tại \(place)\(province(c.search.includesProvince)) hoặc trên toàn quốc "
                + "từ ngày \(Self.date(c.search.from)) đến ngày \(Self.date(c.search.to)) (\(Self.systems(c.systems, separator: "; ")))."
        case .readinessChecked(let r):
            return r.unmet.isEmpty ? "Điều kiện bảo đảm của \(place) tính đến ngày \(Self.date(r.asOf)): đạt tất cả các tiêu chí."
                : "Điều kiện bảo đảm của \(place) tính đến ngày \(Self.date(r.asOf)): chưa đạt: \(r.unmet.map(\.term.vi).joined(separator: "; "))."
        case .communesReadinessChecked(let r):
            let head = "Điều kiện bảo đảm của \(Self.count(r.communes)) xã, phường thuộc \(place) tính đến ngày \(Self.date(r.asOf))"
            return r.unmet.isEmpty ? head + ": đạt tất cả các tiêu chí."
                : head + ", số xã, phường chưa đạt: \(r.unmet.map { "\($0.criterion.term.vi): \(Self.count($0.communes))" }.joined(separator: "; "))."
        case .noReadiness(let r):
            return "Không có số liệu về điều kiện bảo đảm của \(place) tính đến ngày \(Self.date(r.asOf))."
        case .uniformFall(let u):
            let changes = u.fell.map(\.change)
            let lo = changes.min() ?? 0, hi = changes.max() ?? 0
            let range = e.metric.isRate
                ? "mức giảm từ \(Self.points(hi)) đến \(Self.points(lo))"
                : "mức giảm từ \(Self.percent(-hi, 0)) đến \(Self.percent(-lo, 0)) tính bình quân ngày làm việc"
            let whole = "mức giảm là của toàn \(e.name), không phải của riêng một lĩnh vực."
            if u.didNotFall.isEmpty {
                return "Cả \(Self.count(u.sectors.count)) lĩnh vực đều giảm, \(range), không lĩnh vực nào giảm nhiều hơn các lĩnh vực khác một cách có ý nghĩa thống kê: "
                    + whole
            }
            let others = u.didNotFall.map { c in
                let change = e.metric.isRate ? "+" + Self.points(c.change) : "+" + Self.percent(c.change, 0) + " tính bình quân ngày làm việc"
                return "lĩnh vực \(c.sector.term.vi) không giảm (\(change), \(c.pValue.map(Self.p) ?? "chưa kiểm định") so với các lĩnh vực khác)"
            }
            return "\(Self.count(u.fell.count))/\(Self.count(u.sectors.count)) lĩnh vực giảm, \(range); \(others.joined(separator: "; ")); "
                + "không lĩnh vực nào thay đổi khác các lĩnh vực còn lại vượt quá mức dao động ngẫu nhiên: " + whole
        case .unexplained(let u):
            switch u.reading {
            case .nothingAccounts: return "Không có bằng chứng nào giải thích được mức thay đổi này."
            case .remainder: return "Phần mà các nguyên nhân nêu trên không giải thích được."
            }
        }
    }

    // MARK: Numbers and names, through Language.vi.numbers

    static func percent(_ p: Double, _ digits: Int = 1) -> String { numbers.percent(p, digits) }
    /// A size in points, unsigned: "0,74 điểm %".
    static func points(_ d: Double) -> String { numbers.decimal(abs(d) * 100, 2) + " điểm %" }
    static func signedPoints(_ d: Double) -> String {
        guard d.isFinite else { return d > 0 ? "+∞" : "−∞" }
        return numbers.points(d)
    }
    static func count(_ x: Double) -> String { numbers.integer(Int64(x.rounded())) }
    static func count(_ n: Int) -> String { numbers.integer(n) }
    static func decimal(_ x: Double, _ digits: Int = 1) -> String { numbers.decimal(x, digits) }
    static func p(_ p: Double) -> String { numbers.p(p) }
    static func date(_ d: Day) -> String { numbers.date(d) }
    /// "kỳ 1/7/2025–31/7/2025", or "ngày 5/7/2025" for one day.
    static func period(_ r: DayRange) -> String { r.first == r.last ? "ngày \(numbers.date(r.first))" : "kỳ \(numbers.range(r))" }
    /// "khoảng tin cậy 95 %: từ a đến b".
    static func interval(_ low: String, _ high: String) -> String { "khoảng tin cậy \(numbers.percent(0.95, 0)): từ \(low) đến \(high)" }

    /// A ratio as a change: 0.73 → "giảm 27 %", 1.05 → "tăng 5 %", 1 → "không đổi".
    static func relative(_ r: Double) -> String {
        guard r.isFinite else { return "tăng không giới hạn" }
        let pct = (r - 1) * 100
        if abs(pct) < 0.5 { return "không đổi" }
        return pct < 0 ? "giảm \(whole(-pct))" : "tăng \(whole(pct))"
    }

    /// "thấp hơn 61 % (khoảng tin cậy 95 %: 55–66 %)" for a ratio 0.39 with interval 0.34–0.45; an
    /// interval crossing 1 is said in full: "thấp hơn 7 % (khoảng tin cậy 95 %: từ thấp hơn 38 % đến cao hơn 12 %)".
    static func ratioChange(_ r: Double, _ low: Double, _ high: Double) -> String {
        func side(_ x: Double) -> String {
            guard x.isFinite else { return "không giới hạn" }
            return x < 1 ? "thấp hơn \(whole((1 - x) * 100))" : "cao hơn \(whole((x - 1) * 100))"
        }
        let level = "khoảng tin cậy \(numbers.percent(0.95, 0))"
        if low < 1, high > 1 { return "\(side(r)) (\(level): từ \(side(low)) đến \(side(high)))" }
        if r < 1 { return "thấp hơn \(whole((1 - r) * 100)) (\(level): \(numbers.decimal((1 - high) * 100, 0))–\(whole((1 - low) * 100)))" }
        let hiText = high.isFinite ? whole((high - 1) * 100) : "∞"
        return "cao hơn \(whole((r - 1) * 100)) (\(level): \(whole((low - 1) * 100))–\(hiText))"
    }

    /// A percentage already times 100, rounded: "27 %".
    static func whole(_ pct: Double) -> String { numbers.percent(pct / 100, 0) }

    static func systems(_ s: [IncidentSystem], separator: String) -> String { Set(s.map(\.term.vi)).sorted().joined(separator: separator) }

    /// The calendar's names carry an English gloss in brackets ("Tết Nguyên đán (Lunar New Year)"):
    /// a reader of Vietnamese gets the Vietnamese name alone.
    static func holidayName(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards),
              name[open.upperBound...].unicodeScalars.allSatisfy(\.isASCII) else { return name }
        return String(name[..<open.lowerBound])
    }

    static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
