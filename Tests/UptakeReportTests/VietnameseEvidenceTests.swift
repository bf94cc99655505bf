import Foundation
import Testing
@testable import UptakeAnalysis
import UptakeCore
import UptakeReport

/// Every evidence sentence, headline and gap sentence exists in Vietnamese: one fact of each kind (and
/// each reading) is worded, and none leaves an identifier, an English word or an English number in
/// the text an official reads.
@Suite struct VietnameseEvidenceTests {
    static let july = DayRange(period: "2025-07")!, june = DayRange(period: "2025-06")!
    static let first = Day(iso: "2025-06-30")!, last = Day(iso: "2025-07-31")!

    static func explanation(level: LocalityLevel = .province, metric: Metric = .received, mode: ExplanationMode = .change, fall: FallTest? = nil) -> Explanation {
        var e = Explanation(locality: level == .commune ? "26734" : "79", name: level == .commune ? "Sài Gòn" : "Hồ Chí Minh", level: level, metric: metric,
                            sectors: nil, mode: mode, window: july, baseline: mode == .change ? june : nil, reference: mode == .gap ? "VN" : nil, summary: "")
        e.fall = fall
        e.workingDays = 23
        e.baselineWorkingDays = 21
        return e
    }

    static let ratioFell = FallTest(scale: .ratio, observed: 7231.94, expected: 9912.3, estimate: 0.7296, low: 0.67, high: 0.80, pValue: 0.00001)
    static let ratioSteady = FallTest(scale: .ratio, observed: 980, expected: 1000, estimate: 0.98, low: 0.62, high: 1.12, pValue: 0.43)
    static let ratioRose = FallTest(scale: .ratio, observed: 1300, expected: 1000, estimate: 1.3, low: 1.1, high: .infinity, pValue: 0.002)
    static let rateFell = FallTest(scale: .difference, observed: 0.3273, expected: 0.4510, estimate: -0.1237, low: -0.1260, high: -0.1210, pValue: 0.00001)
    static let rateSteady = FallTest(scale: .difference, observed: 0.45, expected: 0.451, estimate: -0.001, low: -0.02, high: 0.018, pValue: 0.0512)
    static let rateRose = FallTest(scale: .difference, observed: 0.50, expected: 0.451, estimate: 0.049, low: 0.03, high: 0.07, pValue: 0.0003)

    static func contrast(_ scale: FallTest.Scale, worse: Bool) -> Contrast {
        scale == .ratio
            ? Contrast(scale: .ratio, unitChange: 0.62, othersChange: 0.98, estimate: 0.63, low: worse ? 0.5 : 0.9, high: worse ? 0.8 : 1.2, pValue: 0.001)
            : Contrast(scale: .difference, unitChange: -0.05, othersChange: 0.004, estimate: -0.054, low: worse ? -0.07 : 0.01, high: worse ? -0.04 : 0.02, pValue: 0.0021)
    }

    /// One fact of each kind, each reading and each comparison group.
    static let facts: [EvidenceFact] = {
        let search = IncidentSearch(from: Day(iso: "2025-06-28")!, to: last, includesProvince: true)
        var out: [EvidenceFact] = []
        for (mode, test) in [(ExplanationMode.change, ratioFell), (.change, ratioSteady), (.change, ratioRose), (.gap, rateFell), (.gap, rateSteady), (.gap, rateRose),
                             (.change, rateFell), (.change, rateSteady)] {
            out.append(.fall(FallFact(metric: test.scale == .ratio ? .received : .onlineSubmission, mode: mode, test: test)))
        }
        out.append(.incidents(IncidentsRecorded(cause: .oneStopErrors, systems: [.oneStop, .network], kinds: [.outage, .error], count: 3,
                                                places: [IncidentPlace(relation: .unit, code: "26734", name: "Sài Gòn"), IncidentPlace(relation: .province, code: "79", name: "Hồ Chí Minh"),
                                                         IncidentPlace(relation: .nation, code: "VN", name: nil), IncidentPlace(relation: .commune, code: "26740", name: nil)],
                                                windowDays: 3, windowWorkingDays: 23, before: 1, leadDays: 3, errors: 1250)))
        out.append(.maintenance(MaintenanceWindows(cause: .softwareInstability, systems: [.publicServicePortal], starts: ["2025-07-05", "2025-07-12"])))
        for mode in [ExplanationMode.change, .gap] { out.append(.incidentCoverage(IncidentCoverage(mode: mode, volumeShare: 0.12, changeShare: 0.71))) }
        for test in [ratioFell, ratioSteady, ratioRose, rateFell] {
            out.append(.incidentDays(IncidentDayComparison(cause: .oneStopErrors, metric: test.scale == .ratio ? .received : .onlineSubmission, window: july,
                                                           incidentDays: 3, otherDays: 20, test: test)))
        }
        let groups: [ComparisonGroup] = [.otherProvinces, .otherCommunes, .unchangedCommunes, .otherSectors, .communesWithoutIncidents]
        for group in groups {
            for scale in [FallTest.Scale.ratio, .difference] {
                for worse in [true, false] {
                    out.append(.peerDifference(PeerDifference(cause: nil, metric: .received, group: group, groupSize: 33, unitSize: group == .unchangedCommunes ? 4 : 1,
                                                              criterion: group == .unchangedCommunes ? .digitalSignature : nil, sector: group == .otherSectors ? .land : nil,
                                                              contrast: contrast(scale, worse: worse))))
                }
            }
        }
        out.append(.outageFingerprint(OutageFingerprint(metric: .receivedOnline, fall: 0.64, sectors: 6, incidentRecorded: false)))
        out.append(.readinessLost(ReadinessLost(criterion: .supportStaff, communesChanged: 1, communes: 1, changeShare: nil, before: Day(iso: "2025-06-30")!, asOf: last)))
        out.append(.readinessLost(ReadinessLost(criterion: .digitalCertificate, communesChanged: 12, communes: 168, changeShare: 0.38, before: Day(iso: "2025-06-30")!, asOf: last)))
        out.append(.readinessStandingGap(ReadinessStandingGap(criterion: .civilStatusLinked, asOf: Day(iso: "2025-06-30")!)))
        out.append(.readinessUnmet(ReadinessUnmet(criterion: .digitalSignature, asOf: last)))
        out.append(.peersMeetingCriterion(PeersMeetingCriterion(criterion: .guidance, metric: .onlineSubmission, peers: 41, province: "Hồ Chí Minh", test: rateFell)))
        out.append(.nationalRegression(NationalRegression(criterion: "standard_procedures", metric: .onlineSubmission, lacking: 1094, units: 3321, coefficient: -0.031,
                                                          low: -0.04, high: -0.022, pValue: 0.00001, explainedAlone: 0.046)))
        out.append(.nationalRegression(NationalRegression(criterion: "staff_count", metric: .onlineSubmission, lacking: 12, units: 3321, coefficient: -0.01,
                                                          low: -0.03, high: 0.01, pValue: 0.31, explainedAlone: 0.001)))
        out.append(.lackingCommunesCost(LackingCommunesCost(criterion: .digitalDevices, lacking: 14, communes: 126, localShare: 0.111, nationalShare: 0.052,
                                                            points: -0.0074, shortfall: 1094.4)))
        out.append(.civilStatusResults(CivilStatusResults(returnedOnline: 1200, resolved: 15000, otherSectorsShare: 0.41, nationalShare: 0.35)))
        for reference in [ResultsNotSigned.Reference.baseline, .provinceCommunes, .nation] {
            out.append(.resultsNotSigned(ResultsNotSigned(reference: reference, referenceName: reference == .provinceCommunes ? "Hồ Chí Minh" : nil, resultRate: 0.12,
                                                          referenceResultRate: 0.43, submissionRate: 0.52, referenceSubmissionRate: 0.53)))
        }
        for reading in [DaysOff.Reading.none, .rate, .accountsForDrop, .fellPerWorkingDay] {
            out.append(.daysOff(DaysOff(days: 2, names: ["Quốc khánh (National Day)", "Nghỉ bù: Quốc khánh (National Day)"], workingDays: 20, calendarDays: 31,
                                        calendarFall: reading == .accountsForDrop ? 0.09 : nil, reading: reading)))
        }
        out.append(.noDaysOff)
        out.append(.noIncidents(search))
        out.append(.incidentsChecked(IncidentsChecked(search: search, count: 2, systems: [.network, .digitalSignature])))
        out.append(.readinessChecked(ReadinessChecked(asOf: last, unmet: [])))
        out.append(.readinessChecked(ReadinessChecked(asOf: last, unmet: [.digitalSignature, .reportedStatus])))
        out.append(.communesReadinessChecked(CommunesReadinessChecked(asOf: last, communes: 168, unmet: [])))
        out.append(.communesReadinessChecked(CommunesReadinessChecked(asOf: last, communes: 168,
                                                                      unmet: [CriterionCount(criterion: .oneStopFacility, communes: 3), CriterionCount(criterion: .onlineMeetings, communes: 9)])))
        out.append(.noReadiness(NoReadiness(asOf: last)))
        out.append(.uniformFall(UniformFall(metric: .received, sectors: [SectorChange(sector: .land, change: -0.21), SectorChange(sector: .civilStatus, change: -0.35)])))
        out.append(.unexplained(Unexplained(reading: .nothingAccounts)))
        out.append(.unexplained(Unexplained(reading: .remainder)))
        return out
    }()

    /// The kind of each case, exhaustively: a new ``EvidenceFact`` case does not compile here until
    /// it has a sample above (and the sample's Vietnamese is checked below).
    static func kind(_ fact: EvidenceFact) -> String {
        switch fact {
        case .fall, .incidents, .maintenance, .incidentCoverage, .incidentDays, .peerDifference, .outageFingerprint, .readinessLost, .readinessStandingGap,
             .readinessUnmet, .peersMeetingCriterion, .nationalRegression, .lackingCommunesCost, .civilStatusResults, .resultsNotSigned, .daysOff, .noDaysOff,
             .noIncidents, .incidentsChecked, .readinessChecked, .communesReadinessChecked, .noReadiness, .uniformFall, .unexplained: fact.kind
        }
    }

    @Test func everyKindHasASample() {
        #expect(Set(Self.facts.map(Self.kind)).count == 24)
    }

    /// What a reader of Vietnamese must never meet: an identifier, an English word, an English number or date.
    static func problems(_ text: String) -> [String] {
        var out: [String] = []
        let words = text.split { !$0.isLetter && $0 != "_" && $0 != "-" }.map(String.init)
        let english: Set<String> = ["the", "of", "at", "in", "against", "points", "working", "day", "days", "incident", "incidents", "applications", "fell", "rose",
                                    "noise", "CI", "nationwide", "commune", "communes", "province", "sector", "sectors", "readiness", "true", "false", "lower",
                                    "higher", "unexplained", "recorded", "rate", "online", "window", "baseline", "National", "Day", "unchanged", "unbounded"]
        let identifiers = Set(RootCause.allCases.map(\.rawValue) + Metric.allCases.map(\.rawValue) + ReadinessCriterion.allCases.map(\.rawValue)
                              + IncidentSystem.allCases.map(\.rawValue) + IncidentKind.allCases.map(\.rawValue))
        for w in words where w.contains("_") || english.contains(w) || identifiers.contains(w) { out.append("word \(w)") }
        for (pattern, what) in [(#"\d\.\d{1,2}(?!\d)"#, "a decimal point"), (#"\d%"#, "a percent sign without its space"),
                                (#"\d,\d{3}(?!\d)"#, "a thousands comma"), (#"\d{4}-\d{2}-\d{2}"#, "an ISO date"), (#"\d\.\.\d"#, "an English range")] {
            if text.range(of: pattern, options: .regularExpression) != nil { out.append(what) }
        }
        if text != text.precomposedStringWithCanonicalMapping { out.append("not NFC") }
        return out
    }

    @Test func everyFactIsWordedInVietnamese() {
        for level in [LocalityLevel.province, .commune] {
            for mode in [ExplanationMode.change, .gap] {
                let e = Self.explanation(level: level, mode: mode)
                for fact in Self.facts {
                    let sentence = EvidenceWording.sentence(fact, about: e, in: .vi)
                    #expect(Self.problems(sentence).isEmpty, "\(fact.kind): \(Self.problems(sentence)): \(sentence)")
                    #expect(sentence != EvidenceWording.sentence(fact, about: e, in: .en), "\(fact.kind) is not translated")
                }
            }
        }
    }

    @Test(arguments: [(ExplanationMode.change, Metric.received, ratioFell), (.change, .onlineSubmission, rateFell), (.gap, .onlineSubmission, rateSteady)])
    func everyHeadlineIsWordedInVietnamese(mode: ExplanationMode, metric: Metric, test: FallTest) {
        let e = Self.explanation(metric: metric, mode: mode, fall: test)
        let summary = EvidenceWording.summary(e, in: .vi)
        #expect(Self.problems(summary).isEmpty, "\(Self.problems(summary)): \(summary)")
        let none = EvidenceWording.summary(Self.explanation(metric: metric, mode: mode), in: .vi)
        #expect(Self.problems(none).isEmpty && none.hasSuffix("không có số liệu \(metric.term.vi) ở cả hai kỳ."), "\(none)")
    }

    /// Read and checked against the English beside it: the same numbers, interval, p and hedge.
    @Test func sentencesReadAsWritten() {
        let change = Self.explanation(fall: Self.ratioFell)
        #expect(EvidenceWording.summary(change, in: .en)
            == "Hồ Chí Minh (79): 7,231.9 applications received per working day in 2025-07-01..2025-07-31 (23 working days) against 9,912.3 in 2025-06-01..2025-06-30 (21): 27% lower (95% CI 20–33%), p < 0.0001.")
        #expect(EvidenceWording.summary(change, in: .vi)
            == "Hồ Chí Minh (79): bình quân 7.231,9 hồ sơ tiếp nhận mỗi ngày làm việc trong kỳ 1/7/2025–31/7/2025 (23 ngày làm việc), so với 9.912,3 trong kỳ 1/6/2025–30/6/2025 (21 ngày làm việc): thấp hơn 27 % (khoảng tin cậy 95 %: 20–33 %); p < 0,0001.")
        let gap = Self.explanation(metric: .onlineSubmission, mode: .gap, fall: Self.rateFell)
        #expect(EvidenceWording.summary(gap, in: .vi)
            == "Hồ Chí Minh (79): tỷ lệ hồ sơ trực tuyến 32,73 % trong kỳ 1/7/2025–31/7/2025, so với 45,10 % của toàn quốc: -12,37 điểm % (khoảng tin cậy 95 %: từ -12,60 điểm % đến -12,10 điểm %; p < 0,0001).")
        let steady = EvidenceFact.fall(FallFact(metric: .received, mode: .change, test: Self.ratioSteady))
        #expect(EvidenceWording.sentence(steady, about: change, in: .vi)
            == "Hồ sơ tiếp nhận không thay đổi vượt ngoài mức dao động ngẫu nhiên trong kỳ 1/7/2025–31/7/2025 so với kỳ 1/6/2025–30/6/2025 (bình quân 980,0 mỗi ngày làm việc so với 1.000,0: thấp hơn 2 % (khoảng tin cậy 95 %: từ thấp hơn 38 % đến cao hơn 12 %); p = 0,4300): không có mức giảm nào cần giải thích trong những ngày này.")
        let commune = Self.explanation(level: .commune)
        let incidents = Self.facts.first { $0.kind == "incidents" }!
        #expect(EvidenceWording.sentence(incidents, about: commune, in: .vi)
            == "3 sự cố hệ thống một cửa điện tử / mạng, đường truyền (lỗi, ngừng hoạt động) được ghi nhận trên toàn quốc, tại Hồ Chí Minh (cấp tỉnh), tại Sài Gòn, tại xã, phường mã 26740, vào 3 trong 23 ngày làm việc của kỳ, trong đó 1 sự cố xảy ra trong 3 ngày trước kỳ; ghi nhận 1.250 lỗi.")
        let cost = Self.facts.first { $0.kind == "lacking_communes_cost" }!
        #expect(EvidenceWording.sentence(cost, about: change, in: .vi)
            == "14 trong số 126 xã, phường (11,1 %; toàn quốc: 5,2 %) chưa có trang thiết bị số; so với tỷ lệ toàn quốc, các xã, phường này khiến Hồ Chí Minh (79) mất 0,74 điểm % (tương đương 1.094 hồ sơ).")
        #expect(EvidenceWording.sentence(.unexplained(Unexplained(reading: .nothingAccounts)), about: change, in: .vi)
            == "Không có bằng chứng nào giải thích được mức thay đổi này.")
        let daysOff = Self.facts.first { if case .daysOff(let d) = $0 { d.reading == .accountsForDrop } else { false } }!
        #expect(EvidenceWording.sentence(daysOff, about: change, in: .vi)
            == "Kỳ có 2 ngày nghỉ (Quốc khánh; Nghỉ bù: Quốc khánh): 20 ngày làm việc trên 31 ngày. Tính bình quân ngày theo lịch, hồ sơ tiếp nhận thấp hơn kỳ so sánh 9 %, nhưng tính bình quân ngày làm việc thì không giảm: lịch nghỉ giải thích mức giảm; đây là điều dự kiến, không phải sự cố.")
    }

    /// A uniform fall with a small sector that rose within the noise names that sector, its change
    /// and its test, and says "no sector's change differed beyond the noise", not "all fell".
    @Test func aUniformFallNamesTheSectorThatDidNotFall() {
        let change = Self.explanation(fall: Self.ratioFell)
        let fact = EvidenceFact.uniformFall(UniformFall(metric: .received, sectors: [
            SectorChange(sector: .land, change: -0.21, pValue: 0.61), SectorChange(sector: .civilStatus, change: -0.35, pValue: 0.2),
            SectorChange(sector: .social, change: 0.826, pValue: 0.19)]))
        #expect(EvidenceWording.sentence(fact, about: change, in: .en)
            == "2 of 3 sectors fell, by 21% to 35% per working day; social did not (+83% per working day, p = 0.1900 against the other sectors); "
            + "no sector's change differed from the others' beyond the noise: the fall is Hồ Chí Minh's as a whole, not a sector's.")
        #expect(EvidenceWording.sentence(fact, about: change, in: .vi)
            == "2/3 lĩnh vực giảm, mức giảm từ 21 % đến 35 % tính bình quân ngày làm việc; lĩnh vực bảo trợ xã hội không giảm (+83 % tính bình quân ngày làm việc, p = 0,1900 so với các lĩnh vực khác); "
            + "không lĩnh vực nào thay đổi khác các lĩnh vực còn lại vượt quá mức dao động ngẫu nhiên: mức giảm là của toàn Hồ Chí Minh, không phải của riêng một lĩnh vực.")
    }

    /// `worded(_:in:)` fills the summary, each cause's evidence and what was checked in the language asked.
    @Test func anExplanationIsWordedWhole() {
        var e = Self.explanation(fall: Self.ratioFell)
        e.causes = [CauseFinding(cause: .oneStopErrors, score: 0.7, facts: Array(Self.facts.prefix(12))), CauseFinding(cause: .unexplained, score: 0.27, facts: [.unexplained(Unexplained(reading: .remainder))])]
        e.checks = [.noDaysOff, Self.facts.first { $0.kind == "incidents_checked" }!]
        let vi = EvidenceWording.worded(e, in: .vi), en = EvidenceWording.worded(e)
        #expect(vi.causes.map(\.evidence.count) == en.causes.map(\.evidence.count) && vi.checked.count == 2)
        for text in [vi.summary] + vi.causes.flatMap(\.evidence) + vi.checked { #expect(Self.problems(text).isEmpty, "\(text)") }
        #expect(vi.checked[0] == "Không có ngày nghỉ lễ, nghỉ bù trong kỳ.")
        #expect(en.checked[0] == "No public holiday or bridge day in the window.", "English unchanged")
    }
}

/// `gap`'s summary and the costliest children's sentences in Vietnamese.
@Suite struct VietnameseGapWordingTests {
    static func result(low: Double, high: Double, versus: String = "VN") -> GapResult {
        let day = { (s: String) in Day(iso: s)! }
        return GapResult(locality: "01", name: "Hà Nội", versus: versus, versusName: versus == "VN" ? "Việt Nam" : "Hải Phòng", metric: .onlineSubmission,
                         start: day("2025-07-01"), end: day("2025-07-31"), numerator: 1, denominator: 3, versusNumerator: 1, versusDenominator: 2,
                         rate: 0.3273, versusRate: 0.4510, difference: -0.1237, low: low, high: high, statistic: -30, pValue: low < 0 && high < 0 ? 0.00001 : 0.2,
                         summary: "", sentences: [],
                         contributors: [Contributor(dimension: .locality, locality: "00364", name: "Thanh Xuân", sector: nil, baseline: 0.451, current: 0.30,
                                                    contribution: -0.0074, share: 0.06, shortfall: 1094.4, surprise: nil, selected: nil),
                                        Contributor(dimension: .sector, locality: nil, name: nil, sector: .land, baseline: 0.4, current: 0.3, contribution: -0.01,
                                                    share: 0.1, shortfall: nil, surprise: nil, selected: nil)])
    }

    @Test func theGapReadsAsWritten() {
        let w = EvidenceWording.worded(Self.result(low: -0.1260, high: -0.1210), in: .vi)
        #expect(w.summary == "Hà Nội (01): tỷ lệ hồ sơ trực tuyến 32,73 % so với Việt Nam (VN) 45,10 % trong kỳ 1/7/2025–31/7/2025: -12,37 điểm % (khoảng tin cậy 95 %: từ -12,60 điểm % đến -12,10 điểm %; p < 0,0001).")
        #expect(w.sentences == ["Thanh Xuân khiến Hà Nội mất 0,74 điểm %: 1.094 hồ sơ lẽ ra đã được nộp trực tuyến nếu đạt tỷ lệ toàn quốc."])
        let en = EvidenceWording.worded(Self.result(low: -0.1260, high: -0.1210))
        #expect(en.sentences == ["Thanh Xuân costs Hà Nội 0.74 points: 1,094 applications that would have been online at the national rate."], "English unchanged")
    }

    @Test func everyGapSentenceIsVietnamese() {
        for (low, high, versus) in [(-0.13, -0.12, "VN"), (-0.2, 0.01, "VN"), (-0.13, -0.12, "31")] {
            let w = EvidenceWording.worded(Self.result(low: low, high: high, versus: versus), in: .vi)
            for text in [w.summary] + w.sentences { #expect(VietnameseEvidenceTests.problems(text).isEmpty, "\(text)") }
            #expect(w.summary.hasSuffix(low < 0 && high > 0 ? "; khác biệt không có ý nghĩa thống kê." : ")."), "\(w.summary)")
            #expect(w.sentences.allSatisfy { $0.hasSuffix(versus == "VN" ? "nếu đạt tỷ lệ toàn quốc." : "nếu đạt tỷ lệ của Hải Phòng.") }, "\(w.sentences)")
        }
    }
}

/// `explain --lang vi` and `gap --lang vi`: the text an official reads is Vietnamese throughout (the
/// heading, the causes by the Glossary, the evidence, the table's labels and notes); JSON stays the
/// contract's, in English, whatever the language.
@Suite struct VietnameseExplanationTextTests {
    @Test func anExplanationReadsInVietnamese() async throws {
        let store = await ReportFixture.store()
        let e = try await Explainer(store: store).explain(ExplainRequest(locality: "79", window: DayRange(period: "2025-07")!, baseline: DayRange(period: "2025-06")!,
                                                                          metric: .received))
        for format in [OutputFormat.table, .markdown] {
            let text = e.rendered(format, in: .vi)
            for line in text.split(separator: "\n") where !line.allSatisfy({ "─ ".contains($0) }) {
                #expect(VietnameseEvidenceTests.problems(String(line)).isEmpty, "\(format): \(VietnameseEvidenceTests.problems(String(line))): \(line)")
            }
            #expect(text.contains("Hồ Chí Minh (79) · hồ sơ tiếp nhận · 1/7/2025–31/7/2025 so với 1/6/2025–30/6/2025"), "\(text)")
            #expect(e.causes.allSatisfy { text.contains($0.cause.term.vi.prefix(1).uppercased() + $0.cause.term.vi.dropFirst()) }, "\(text)")
        }
        #expect(e.rendered(.json, in: .vi) == e.rendered(.json), "JSON is the same in every language")
        #expect(e.rendered(.table).contains("Causes, best first:"), "the analyst's text is as before")
    }

    @Test func aGapReadsInVietnamese() async throws {
        let store = await ReportFixture.store()
        let g = try await GapAnalyzer(store: store).gap(GapRequest(locality: "01", window: DayRange(period: "2025-07")!))
        let text = g.rendered(.table, in: .vi)
        for line in text.split(separator: "\n") where !line.allSatisfy({ "─ ".contains($0) }) {
            #expect(VietnameseEvidenceTests.problems(String(line)).isEmpty, "\(VietnameseEvidenceTests.problems(String(line))): \(line)")
        }
        #expect(text.hasPrefix("Hà Nội (01): tỷ lệ hồ sơ trực tuyến "), "\(text)")
        #expect(g.rendered(.json, in: .vi) == g.rendered(.json))
    }
}
