import UptakeCore
import UptakeStoreAPI

/// What `uptake report` asks: one month (or any period) against a baseline, for the nation or one province.
public struct MonthlyReportRequest: Sendable {
    public var period: DayRange
    public var baseline: DayRange
    /// A province's code: the report is about it and its communes; `nil`: the nation and its provinces.
    public var province: String?
    public var calendar: WorkingCalendar
    /// How many of the units that changed most get their daily series drawn.
    public var changedMostCount: Int
    /// How many anomalies the list keeps (the count says how many were found).
    public var anomalyLimit: Int
    public var alpha: Double
    /// Where the map places each unit: shipped reference data, as the calendar is.
    public var points: LocalityPoints

    public init(period: DayRange, baseline: DayRange, province: String? = nil, calendar: WorkingCalendar = .vietnam,
                changedMostCount: Int = 4, anomalyLimit: Int = 25, alpha: Double = 0.05, points: LocalityPoints = .vietnam2025) {
        (self.period, self.baseline, self.province, self.calendar) = (period, baseline, province, calendar)
        (self.changedMostCount, self.anomalyLimit, self.alpha, self.points) = (changedMostCount, anomalyLimit, alpha, points)
    }
}

/// The parts of the report, in the order they are computed (for progress).
public enum ReportStage: String, Sendable, CaseIterable {
    case summary, ranking, funnel, readiness, anomalies, series, explanations
}

/// Computes a ``MonthlyReport`` from the store with the existing analyses (comparisons, rates,
/// the funnel, the anomaly scan, readiness). A part whose data are missing, or whose computation
/// fails, becomes a ``SectionGap``; the rest of the report stands.
public struct MonthlyReportBuilder: Sendable {
    public let store: any UptakeStore
    /// The root-cause hook: `nil` until `uptake explain`'s analysis is wired in.
    public let explainer: (any ReportExplainer)?

    public init(store: any UptakeStore, explainer: (any ReportExplainer)? = nil) {
        self.store = store
        self.explainer = explainer
    }

    public func build(_ request: MonthlyReportRequest, progress: (@Sendable (ReportStage) -> Void)? = nil) async throws -> MonthlyReport {
        let localities = try await store.localities()
        let scopeUnit: ReportUnit
        let scopeSelection: UnitSelection, peers: UnitSelection
        if let code = request.province {
            guard let p = localities.first(where: { $0.code == code && $0.level == .province }) else {
                throw QueryError("no province with code \(code)", hint: "a report covers the nation or one province: give a province code, e.g. 01", code: .notFound)
            }
            (scopeUnit, scopeSelection, peers) = (ReportUnit(p), .localities([code]), .communes(parentCode: code))
        } else {
            (scopeUnit, scopeSelection, peers) = (ReportUnit(code: "VN", name: "Việt Nam", level: .nation), .nation, .provinces)
        }
        var report = MonthlyReport(scope: scopeUnit, period: request.period, baseline: request.baseline,
                                   unitLevel: request.province == nil ? .province : .commune,
                                   summary: .missing(.noData), ranking: .missing(.noData), funnel: .missing(.noData), changedMost: .missing(.noData),
                                   monthOverMonth: .missing(.noData), anomalies: .missing(.noData), explanations: .missing(.noneFound),
                                   readinessGaps: .missing(.noReadiness), greenVersusReality: .missing(.noneFound),
                                   map: .missing(.noData))

        progress?(.summary)
        report.summary = await section { try await summary(scopeSelection, request) }
        guard report.summary.content != nil else { return report }   // nothing in the period: every part would say so

        progress?(.ranking)
        let comparison = try? await Comparer(store: store).compare(
            ComparisonRequest(metric: .onlineSubmission, units: peers, current: request.period, baseline: request.baseline,
                              calendar: request.calendar, alpha: request.alpha))
        let intervals = try? await rateIntervals(peers, request)
        progress?(.funnel)
        let lagging = try? await LaggingAnalyzer(store: store).lagging(LaggingRequest(metric: .onlineSubmission, units: peers, range: request.period))
        report.funnel = await section { try funnel(lagging) }
        progress?(.readiness)
        let readiness = try? await ReadinessCalculator(store: store).report(
            ReadinessRequest(asOf: request.period.last, level: request.province == nil ? .province : .commune, parent: request.province))
        let colours = mapColours(readiness)
        report.ranking = await section { try ranking(comparison, intervals, lagging, colours) }
        report.monthOverMonth = await section { try monthOverMonth(comparison, intervals) }
        report.yearOverYear = await section { try await yearOverYear(request) }
        report.map = await section { try map(comparison, localities, request) }
        report.readinessGaps = await section { try readinessGaps(readiness, request) }
        report.greenVersusReality = await section { try greenVersusReality(lagging, colours) }

        progress?(.anomalies)
        // Communes in either case: a commune's outage is what an official acts on; communes that fall
        // together are folded into one province event.
        let scanned: UnitSelection = request.province.map { .communes(parentCode: $0) } ?? .communes(parentCode: nil)
        let scan = try? await AnomalyDetector(store: store).detect(AnomalyRequest(units: scanned, range: request.period, calendar: request.calendar))
        report.anomalies = await section { try anomalyFindings(scan, request) }

        progress?(.series)
        report.changedMost = await section { try await changedMost(peers, request) }

        progress?(.explanations)
        report.explanations = await section { try await explanations(scan, lagging, request) }
        return report
    }

    /// Runs one part: its error becomes a gap (a query error's "not found" is missing data).
    func section<T>(_ body: () async throws -> ReportSection<T>) async -> ReportSection<T> {
        do { return try await body() } catch let e as any UptakeError where e.code == .notFound { return .missing(.noData) } catch { return .missing(.failed) }
    }

    // MARK: parts

    func summary(_ scope: UnitSelection, _ request: MonthlyReportRequest) async throws -> ReportSection<ReportSummary> {
        let comparer = Comparer(store: store)
        var rates: [RateFigure] = []
        var received: VolumeFigure?, resolved: VolumeFigure?, unit: ReportUnit?
        for metric in [Metric.onlineSubmission, .onlineResult, .sync, .onTime] {
            let result = try await comparer.compare(ComparisonRequest(metric: metric, units: scope, current: request.period, baseline: request.baseline,
                                                                      calendar: request.calendar, alpha: request.alpha))
            guard let row = result.rows.first else { return .missing(.noData) }
            if row.volume.current == 0, metric == .onlineSubmission { return .missing(.noData) }
            unit = unit ?? ReportUnit(row.locality)
            if metric == .onlineSubmission { received = Self.volume(row.volume) }
            if metric == .onlineResult { resolved = Self.volume(row.volume) }
            var figure = Self.rate(metric, row.rate)
            let current = try await RateCalculator(store: store).rates(RateRequest(metric: metric, units: scope, range: request.period, calendar: request.calendar))
            let baseline = try await RateCalculator(store: store).rates(RateRequest(metric: metric, units: scope, range: request.baseline, calendar: request.calendar))
            (figure.currentLow, figure.currentHigh) = (current.first?.low, current.first?.high)
            (figure.baselineLow, figure.baselineHigh) = (baseline.first?.low, baseline.first?.high)
            rates.append(figure)
        }
        guard let unit, let received, let resolved else { return .missing(.noData) }
        let report = ReportSummary(unit: request.province == nil ? ReportUnit(code: "VN", name: "Việt Nam", level: .nation) : unit,
                                   workingDays: request.calendar.workingDays(in: request.period),
                                   baselineWorkingDays: request.calendar.workingDays(in: request.baseline),
                                   received: received, resolved: resolved, rates: rates)
        return .present(report)
    }

    static func volume(_ v: VolumeChange) -> VolumeFigure {
        VolumeFigure(current: v.current, baseline: v.baseline, currentPerWorkingDay: v.currentPerWorkingDay, baselinePerWorkingDay: v.baselinePerWorkingDay,
                     relativeChange: v.relativeChange, significant: v.significant)
    }

    static func rate(_ metric: Metric, _ r: RateChange?) -> RateFigure {
        RateFigure(metric: metric, current: r?.current, currentLow: nil, currentHigh: nil, baseline: r?.baseline, baselineLow: nil, baselineHigh: nil,
                   change: r?.change, significant: r?.significant)
    }

    /// The units' online-submission intervals in both periods, by code.
    func rateIntervals(_ peers: UnitSelection, _ request: MonthlyReportRequest) async throws -> (current: [String: RateRow], baseline: [String: RateRow]) {
        let calculator = RateCalculator(store: store)
        let current = try await calculator.rates(RateRequest(metric: .onlineSubmission, units: peers, range: request.period, calendar: request.calendar))
        let baseline = try await calculator.rates(RateRequest(metric: .onlineSubmission, units: peers, range: request.baseline, calendar: request.calendar))
        return (Dictionary(current.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a }), Dictionary(baseline.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a }))
    }

    func mapColours(_ readiness: ReadinessReport?) -> [String: StatusColour] {
        guard let readiness else { return [:] }
        var colours: [String: StatusColour] = [:]
        for p in readiness.provinces { if let c = p.status { colours[p.locality.code] = c } }
        for c in readiness.communes { if let s = c.status { colours[c.locality.code] = s } }
        return colours
    }

    func figure(_ row: ComparisonRow, _ intervals: (current: [String: RateRow], baseline: [String: RateRow])?) -> RateFigure {
        var f = Self.rate(.onlineSubmission, row.rate)
        let c = intervals?.current[row.locality.code], b = intervals?.baseline[row.locality.code]
        (f.currentLow, f.currentHigh, f.baselineLow, f.baselineHigh) = (c?.low, c?.high, b?.low, b?.high)
        return f
    }

    func ranking(_ comparison: ComparisonResult?, _ intervals: (current: [String: RateRow], baseline: [String: RateRow])?,
                 _ lagging: LaggingResult?, _ colours: [String: StatusColour]) throws -> ReportSection<[RankedUnit]> {
        guard let comparison else { return .missing(.noData) }
        let laggingCodes = Set(lagging?.rows.filter(\.lagging).map(\.locality) ?? [])
        let withData = comparison.rows.filter { $0.rate?.current != nil }
        guard !withData.isEmpty else { return .missing(.noData) }
        let sorted = withData.sorted { ($0.rate?.current ?? 0, $1.locality.code) > ($1.rate?.current ?? 0, $0.locality.code) }
        return .present(sorted.enumerated().map { i, row in
            RankedUnit(unit: ReportUnit(row.locality), rank: i + 1, received: row.volume.current, rate: figure(row, intervals),
                       mapColour: colours[row.locality.code], lagging: laggingCodes.contains(row.locality.code))
        })
    }

    /// Every unit of the compared level, with data or not, at its point.
    func map(_ comparison: ComparisonResult?, _ localities: [Locality], _ request: MonthlyReportRequest) throws -> ReportSection<ReportMap> {
        guard let comparison else { return .missing(.noData) }
        let rows = Dictionary(comparison.rows.map { ($0.locality.code, $0) }, uniquingKeysWith: { a, _ in a })
        let units = localities.filter { request.province == nil ? $0.level == .province : ($0.level == .commune && $0.parentCode == request.province) }
        guard units.contains(where: { request.points[$0.code] != nil }) else { return .missing(.noData) }
        return .present(ReportMap(metric: .onlineSubmission, units: units.map { l in
            MapUnit(unit: ReportUnit(l), point: request.points[l.code], received: rows[l.code]?.volume.current ?? 0, rate: rows[l.code]?.rate?.current)
        }))
    }

    func monthOverMonth(_ comparison: ComparisonResult?, _ intervals: (current: [String: RateRow], baseline: [String: RateRow])?) throws -> ReportSection<[MonthOverMonthRow]> {
        guard let comparison else { return .missing(.noData) }
        let rows = comparison.rows.filter { $0.rate?.current != nil || $0.rate?.baseline != nil }
        guard !rows.isEmpty else { return .missing(.noData) }
        guard rows.contains(where: { $0.rate?.baseline != nil }) else { return .missing(.noBaselineData) }
        // Largest change first: what moved is what the reader looks for.
        let sorted = rows.sorted { (abs($0.rate?.change ?? 0), $1.locality.code) > (abs($1.rate?.change ?? 0), $0.locality.code) }
        return .present(sorted.map { MonthOverMonthRow(unit: ReportUnit($0.locality), rate: figure($0, intervals)) })
    }

    /// The funnel's limit curves sampled at 60 volumes from the smallest unit to the largest.
    func funnel(_ lagging: LaggingResult?) throws -> ReportSection<FunnelSection> {
        guard let lagging else { return .missing(.tooFewUnits) }
        let counts = lagging.rows.map { UnitCount(successes: $0.numerator, trials: $0.denominator) }
        let comparison = try FunnelComparison.compare(counts, target: lagging.target)
        let volumes = counts.map(\.trials).filter { $0 > 0 }.map(Double.init)
        guard let low = volumes.min(), let high = volumes.max() else { return .missing(.tooFewUnits) }
        let samples = (0..<60).map { low + (high - low) * Double($0) / 59 }
        let curves = try [0.95, 0.998].map { coverage in
            let limits = try samples.map { try comparison.limits(trials: $0, coverage: coverage) }
            return FunnelCurve(coverage: coverage, volumes: samples, lower: limits.map(\.lowerBound), upper: limits.map(\.upperBound))
        }
        return .present(FunnelSection(metric: lagging.metric, target: lagging.target, overdispersion: lagging.overdispersion,
                                      units: lagging.rows, curves: curves))
    }

    func readinessGaps(_ readiness: ReadinessReport?, _ request: MonthlyReportRequest) throws -> ReportSection<ReadinessGaps> {
        guard let readiness, readiness.total.communes > 0, readiness.total.unreported < readiness.total.communes else { return .missing(.noReadiness) }
        let total = readiness.total
        let criteria = ReadinessCriterion.flags.compactMap { c in total.share(c).map { CriterionShare(criterion: c, share: $0) } }
            .sorted { ($0.share, $0.criterion.rawValue) < ($1.share, $1.criterion.rawValue) }
        let groups = request.province == nil ? readiness.provinces : []
        let behind = groups.filter { $0.communes > 0 }
            .sorted { ($0.meetingAllShare ?? 1, $0.locality.code) < ($1.meetingAllShare ?? 1, $1.locality.code) }
            .prefix(5)
            .map { p in
                UnitReadinessGap(unit: ReportUnit(p.locality), communes: p.communes, meetingAll: p.meetingAll, unreported: p.unreported,
                                 weakest: ReadinessCriterion.flags.compactMap { c in p.share(c).map { CriterionShare(criterion: c, share: $0) } }
                                     .filter { $0.share < 1 }   // every commune meets it: no gap to name
                                     .min { ($0.share, $0.criterion.rawValue) < ($1.share, $1.criterion.rawValue) })
            }
        return .present(ReadinessGaps(asOf: request.period.last, communes: total.communes, meetingAll: total.meetingAll,
                                      criteria: criteria, furthestBehind: Array(behind)))
    }

    /// Reported green, yet lagging its peers in the funnel.
    func greenVersusReality(_ lagging: LaggingResult?, _ colours: [String: StatusColour]) throws -> ReportSection<[GreenVersusReality]> {
        guard let lagging else { return .missing(.tooFewUnits) }
        guard !colours.isEmpty else { return .missing(.noReadiness) }
        let found = lagging.rows.filter { $0.lagging && colours[$0.locality] == .green }.compactMap { row in
            row.rate.map { GreenVersusReality(unit: ReportUnit(code: row.locality, name: row.name, level: row.level), rate: $0, target: lagging.target, qValue: row.qValue) }
        }
        return found.isEmpty ? .missing(.noneFound) : .present(found)
    }

    func anomalyFindings(_ scan: AnomalyReport?, _ request: MonthlyReportRequest) throws -> ReportSection<AnomalyFindings> {
        guard let scan else { return .missing(.failed) }
        guard !scan.anomalies.isEmpty else { return .missing(.noneFound) }
        let top = scan.anomalies.sorted { ($0.score, $1.id) > ($1.score, $0.id) }.prefix(request.anomalyLimit)
        return .present(AnomalyFindings(anomalies: Array(top), total: scan.anomalies.count, seriesScanned: scan.seriesScanned))
    }

    /// The units whose received per working day changed most clearly, with their daily series
    /// over both periods, the 7-day mean, days off and the anomalies of a scan over the same days.
    func changedMost(_ peers: UnitSelection, _ request: MonthlyReportRequest) async throws -> ReportSection<[ReportSeries]> {
        let volumes = try await Comparer(store: store).compare(ComparisonRequest(metric: .received, units: peers, current: request.period, baseline: request.baseline,
                                                                                 calendar: request.calendar, alpha: request.alpha))
        // The significant changes first, so that a small commune's noisy swing does not push out a
        // large unit's real fall; among them the largest relative change (at provinces' volumes nearly
        // every change is significant, and ordering by p alone showed flat series of -7%); then by p.
        func precedes(_ a: ComparisonRow, _ b: ComparisonRow) -> Bool {
            let pa = a.volume.test?.pValue ?? 1, pb = b.volume.test?.pValue ?? 1
            let sa = pa < request.alpha ? 0 : 1, sb = pb < request.alpha ? 0 : 1
            let ca = -abs(a.volume.relativeChange ?? 0), cb = -abs(b.volume.relativeChange ?? 0)
            return (sa, ca, pa, a.locality.code) < (sb, cb, pb, b.locality.code)
        }
        let ranked = volumes.rows.filter { $0.volume.relativeChange != nil && $0.volume.current > 0 }.sorted(by: precedes).prefix(request.changedMostCount)
        guard !ranked.isEmpty else { return .missing(volumes.rows.contains { $0.volume.baseline > 0 } ? .noData : .noBaselineData) }
        let range = DayRange(first: min(request.baseline.first, request.period.first), last: max(request.baseline.last, request.period.last))
        let codes = ranked.map(\.locality.code)
        let series = try await store.dailySeries(SeriesQuery(metric: .received, units: .localities(codes), range: range))
        let scan = try await AnomalyDetector(store: store).detect(AnomalyRequest(units: .localities(codes), range: range, calendar: request.calendar,
                                                                                  foldProvinceEvents: false))
        let change = Dictionary(ranked.map { ($0.locality.code, $0.volume.relativeChange) }, uniquingKeysWith: { a, _ in a })
        let test = Dictionary(ranked.map { ($0.locality.code, $0.volume.test) }, uniquingKeysWith: { a, _ in a })
        return .present(series.map { s in
            ReportSeries(unit: ReportUnit(s.locality), metric: .received, first: s.first, values: s.numerator.map { $0.isNaN ? nil : $0 },
                         mean7: Self.trailingMean(s.numerator, window: 7, minimum: 4),
                         daysOff: Self.daysOff(s.days, request.calendar), anomalies: scan.anomalies.filter { $0.locality == s.locality.code },
                         relativeChange: change[s.locality.code] ?? nil,
                         significant: (test[s.locality.code] ?? nil)?.significant, pValue: (test[s.locality.code] ?? nil)?.pValue)
        })
    }

    /// The mean of the last `window` calendar days that have data, when at least `minimum` of them do.
    static func trailingMean(_ values: [Double], window: Int, minimum: Int) -> [Double?] {
        values.indices.map { i in
            let slice = values[max(0, i - window + 1)...i].filter { !$0.isNaN }
            return i >= window - 1 && slice.count >= minimum ? slice.reduce(0, +) / Double(slice.count) : nil
        }
    }

    /// Holidays, bridge and compensatory days as runs of consecutive days with one name.
    static func daysOff(_ range: DayRange, _ calendar: WorkingCalendar) -> [DayRun] {
        var runs: [DayRun] = []
        for day in range.first...range.last {
            guard let h = calendar.holiday(on: day) else { continue }
            if let last = runs.last, last.last.advanced(by: 1) == day { runs[runs.count - 1].last = day } else { runs.append(DayRun(first: day, last: day, name: h.name)) }
        }
        return runs
    }

    /// Every locality flagged by the scan or the funnel, with the incidents at hand, and the
    /// explainer's findings when there is one.
    func explanations(_ scan: AnomalyReport?, _ lagging: LaggingResult?, _ request: MonthlyReportRequest) async throws -> ReportSection<[FlaggedLocality]> {
        var flagged: [String: FlaggedLocality] = [:]
        var order: [String] = []
        for a in scan?.anomalies.sorted(by: { ($0.score, $1.id) > ($1.score, $0.id) }) ?? [] {
            if flagged[a.locality] == nil {
                order.append(a.locality)
                flagged[a.locality] = FlaggedLocality(unit: ReportUnit(code: a.locality, name: a.name, level: a.level), reasons: [.anomaly], anomalyIDs: [], incidents: [])
            }
            flagged[a.locality]?.anomalyIDs.append(a.id)
            for i in a.incidents where !(flagged[a.locality]?.incidents.contains(i) ?? true) { flagged[a.locality]?.incidents.append(i) }
        }
        for row in lagging?.rows.filter(\.lagging) ?? [] {
            if flagged[row.locality] == nil {
                order.append(row.locality)
                flagged[row.locality] = FlaggedLocality(unit: ReportUnit(code: row.locality, name: row.name, level: row.level), reasons: [], anomalyIDs: [], incidents: [])
            }
            flagged[row.locality]?.reasons.append(.lagging)
        }
        guard !order.isEmpty else { return .missing(.noneFound) }
        var out = order.prefix(request.anomalyLimit).compactMap { flagged[$0] }
        guard let explainer else { return .present(out) }
        // Two explanations at a time, each on its own reader connection (the machine has 2 cores);
        // each lands in its locality's place, so the order is the scan's whatever finishes first.
        await withTaskGroup(of: (Int, FlaggedLocality).self) { group in
            var next = 0
            func start() {
                guard next < out.count else { return }
                let (i, f) = (next, out[next])
                next += 1
                group.addTask { (i, await Self.explained(f, by: explainer, request)) }
            }
            start()
            start()
            for await (i, f) in group {
                out[i] = f
                start()
            }
        }
        return .present(out)
    }

    /// One locality that cannot be explained (no data in the baseline, say) does not sink the report: it says why.
    static func explained(_ flagged: FlaggedLocality, by explainer: any ReportExplainer, _ request: MonthlyReportRequest) async -> FlaggedLocality {
        var f = flagged
        do { f.explanation = try await explainer.explain(f, period: request.period, baseline: request.baseline) } catch {
            f.explanationFailure = (error as? any UptakeError)?.message ?? "\(error)"
        }
        return f
    }
}
