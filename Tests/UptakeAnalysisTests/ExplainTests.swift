import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI
import UptakeTestSupport

/// A small nation in memory: provinces 01 (communes 00001–00003) and 02 (00004–00005), three
/// sectors, June–September 2025, each commune-sector with a steady weekday pattern.
enum ExplainWorld {
    static let provinces = [Locality(code: "01", parentCode: nil, level: .province, name: "Alpha"),
                            Locality(code: "02", parentCode: nil, level: .province, name: "Beta")]
    static let communes = [("00001", "01", "One"), ("00002", "01", "Two"), ("00003", "01", "Three"), ("00004", "02", "Four"), ("00005", "02", "Five")]
        .map { Locality(code: $0.0, parentCode: $0.1, level: .commune, name: $0.2) }
    static let sectors = [Sector.civilStatus, .land, .business]
    static let range = DayRange(first: Day(valid: 2025, 6, 1), last: Day(valid: 2025, 9, 30))

    /// `effect(commune, sector, day)` scales the day's receipts; `resultShare` gives results returned online.
    static func store(effect: (String, Sector, Day) -> Double = { _, _, _ in 1 },
                      resultShare: (String, Sector, Day) -> Double = { _, _, _ in 0.4 }) async -> InMemoryStore {
        let store = InMemoryStore(localities: provinces + communes)
        var rows: [ApplicationRecord] = []
        var day = range.first
        while day <= range.last {
            let working = WorkingCalendar.vietnam.isWorkingDay(day)
            for (ci, c) in communes.enumerated() {
                for (si, s) in sectors.enumerated() {
                    let base = working ? Double(20 + 5 * ci + 3 * si + (day.number % 5)) : 1
                    let received = Int64((base * effect(c.code, s, day)).rounded())
                    let online = received * Int64(30 + 2 * ci) / 100
                    let resolved = received
                    let resolvedOnline = Int64((Double(resolved) * resultShare(c.code, s, day)).rounded())
                    rows.append(ApplicationRecord(day: day, locality: c.code, sector: s,
                                                  counts: ApplicationCounts(received: received, receivedOnline: online, resolved: resolved, resolvedOnline: resolvedOnline)))
                }
            }
            day = day.advanced(by: 1)
        }
        await store.insert(rows)
        return store
    }

    static func readiness(_ store: InMemoryStore, day: Day = Day(valid: 2025, 6, 1), except: [(String, ReadinessCriterion, Day)] = []) async {
        var rows: [ReadinessRecord] = []
        for c in communes { for k in ReadinessCriterion.flags { rows.append(ReadinessRecord(day: day, locality: c.code, criterion: k, value: .flag(true))) } }
        for (code, k, d) in except { rows.append(ReadinessRecord(day: d, locality: code, criterion: k, value: .flag(false))) }
        await store.insert(readiness: rows)
    }

    static let outage = DayRange(first: Day(valid: 2025, 7, 15), last: Day(valid: 2025, 7, 17))
}

@Suite struct ExplainTests {
    func outageStore(incidentAt place: String?) async -> InMemoryStore {
        let store = await ExplainWorld.store(effect: { c, _, d in c == "00002" && ExplainWorld.outage.contains(d) ? 0.02 : 1 })
        await ExplainWorld.readiness(store)
        if let place {
            await store.insert(incidents: [IncidentRecord(start: Instant(day: ExplainWorld.outage.first, text: "2025-07-15"),
                                                          end: Instant(day: ExplainWorld.outage.last, text: "2025-07-17"),
                                                          locality: place == "nation" ? nil : place, system: .oneStop, kind: .outage, errors: 40)])
        }
        return store
    }

    /// A 3-day outage at commune 00002 with its one-stop incident: one_stop_errors first. The
    /// incident covers the whole window, so there are no other window days to compare with: the
    /// evidence is the commune's fall against the other communes of its province over the same days
    /// (+ 0.3 since issue 24's calibration: 0.15 + 0.15 + 0.3 + 0.1 = 0.7; `unexplained` 0.9 × 0.3).
    @Test func outageWithIncident() async throws {
        let store = await outageStore(incidentAt: "00002")
        let e = try await Explainer(store: store).explain(ExplainRequest(locality: "00002", window: ExplainWorld.outage, metric: .received))
        #expect(e.mode == .change)
        #expect(e.fall?.verdict == .fell)
        let top = try #require(e.causes.first)
        #expect(top.cause == .oneStopErrors)
        #expect(abs(top.score - 0.7) < 1e-9, "0.15 + 0.15 × 3/3 + 0.3 (fell more than its peers) + 0.1 (the window fell)")
        guard case .incidents(let recorded)? = top.facts.first else { Issue.record("first fact: \(top.facts)"); return }
        #expect(recorded.count == 1 && recorded.windowDays == 3 && recorded.windowWorkingDays == 3 && recorded.kinds == [.outage])
        #expect(recorded.places == [IncidentPlace(relation: .unit, code: "00002", name: "Two")])
        let peers = top.facts.compactMap { if case .peerDifference(let p) = $0 { p } else { nil } }
        #expect(peers.first?.group == .otherCommunes && peers.first?.groupSize == 2)
        #expect(peers.first?.contrast.worse == true)
        #expect(!top.facts.contains { if case .incidentDays = $0 { true } else { false } })
        #expect(e.contributors.allSatisfy { $0.dimension == .sector })
    }

    /// A network incident at 00002 that ended the day before the outage's window (inside the 3 lead
    /// days) touches none of the window's days: it is listed, but nothing measured over the window
    /// (00002 against its province's other communes included) is counted for it, and `unexplained`
    /// comes first (issue 24: such a decoy came first through the peers' comparison, at 0.55).
    @Test func anIncidentThatEndedBeforeTheWindowIsNotCredited() async throws {
        let store = await outageStore(incidentAt: nil)
        await store.insert(incidents: [IncidentRecord(start: Instant(day: Day(valid: 2025, 7, 11), text: "2025-07-11"),
                                                      end: Instant(day: Day(valid: 2025, 7, 14), text: "2025-07-14"),
                                                      locality: "00002", system: .network, kind: .outage, errors: 5)])
        let e = try await Explainer(store: store).explain(ExplainRequest(locality: "00002", window: ExplainWorld.outage, metric: .received))
        #expect(e.causes.first?.cause == .unexplained, "\(e.causes.map { ($0.cause, $0.score) })")
        let network = try #require(e.causes.first { $0.cause == .network })
        #expect(network.score < 0.3)
        guard case .incidents(let recorded)? = network.facts.first else { Issue.record("\(network.facts)"); return }
        #expect(recorded.windowDays == 0 && recorded.before == 1)
        #expect(!network.facts.contains { if case .peerDifference = $0 { true } else { false } })
    }

    /// The same incident logged at the province (an ancestor), or nationwide, still counts and says where.
    @Test func incidentAtAncestor() async throws {
        for (place, relation) in [("01", IncidentPlace.Relation.province), ("nation", .nation)] {
            let store = await outageStore(incidentAt: place)
            let e = try await Explainer(store: store).explain(ExplainRequest(locality: "00002", window: ExplainWorld.outage, metric: .received))
            #expect(e.causes.first?.cause == .oneStopErrors)
            guard case .incidents(let recorded)? = e.causes.first?.facts.first else { Issue.record("\(place): \(e.causes)"); continue }
            #expect(recorded.places.map(\.relation) == [relation], "\(place)")
        }
    }

    /// No incident logged: nothing recorded accounts for the fall, so `unexplained` comes first
    /// (issue 24); every sector stopping at once is said second, as what an outage leaves, with "no
    /// incident recorded" carried as a fact (0.25, under the 0.3 at which `unexplained` says nothing
    /// accounts). A fall of one sector only, with nothing logged, is unexplained with no fingerprint.
    @Test func noIncidentRecorded() async throws {
        let store = await outageStore(incidentAt: nil)
        let e = try await Explainer(store: store).explain(ExplainRequest(locality: "00002", window: ExplainWorld.outage, metric: .received))
        #expect(e.causes.map(\.cause).prefix(2) == [.unexplained, .oneStopErrors], "\(e.causes.map { ($0.cause, $0.score) })")
        #expect(e.causes.first?.facts.first == .unexplained(Unexplained(reading: .nothingAccounts)))
        #expect(e.causes.dropFirst().first?.facts.contains { if case .outageFingerprint(let o) = $0 { !o.incidentRecorded && o.sectors == 3 } else { false } } == true)
        let oneSector = await ExplainWorld.store(effect: { c, s, d in c == "00002" && s == .land && ExplainWorld.outage.contains(d) ? 0 : 1 })
        await ExplainWorld.readiness(oneSector)
        let u = try await Explainer(store: oneSector).explain(ExplainRequest(locality: "00002", window: ExplainWorld.outage, metric: .received))
        #expect(u.causes.first?.cause == .unexplained)
        #expect(u.checks.contains(.noIncidents(IncidentSearch(from: Day(valid: 2025, 7, 12), to: Day(valid: 2025, 7, 17), includesProvince: true))))
        #expect(u.contributors.first?.sector == .land)
    }

    /// The week of 2 September 2025 (National Day: 1 and 2 September off): fewer receipts per
    /// calendar day, none fewer per working day: the holiday explains it.
    @Test func holidayExplainsTheDrop() async throws {
        let store = await ExplainWorld.store()
        await ExplainWorld.readiness(store)
        let week = DayRange(first: Day(valid: 2025, 9, 1), last: Day(valid: 2025, 9, 7))
        let e = try await Explainer(store: store).explain(ExplainRequest(locality: "01", window: week, baseline: DayRange(first: Day(valid: 2025, 8, 18), last: Day(valid: 2025, 8, 24)), metric: .received))
        #expect(e.causes.first?.cause == .holiday)
        guard case .daysOff(let off)? = e.causes.first?.facts.first else { Issue.record("\(e.causes)"); return }
        #expect(off.days == 2 && off.reading == .accountsForDrop)
    }

    /// Commune 00002 loses its support staff on 1 July. When every commune of its province falls 30%
    /// in July, 00002 included, the loss is not what moved it: set against the communes that kept
    /// theirs over the same days it fell no more, and `unexplained` comes first (the old score, 0.85,
    /// put support_staff_shortage first). When 00002 alone falls 60%, the loss comes first.
    @Test(arguments: [(0.7, RootCause.unexplained, false), (0.4, .supportStaffShortage, true)])
    func readinessLossIsSetAgainstCommunesThatKeptIt(ownEffect: Double, first: RootCause, worse: Bool) async throws {
        let july = DayRange(period: "2025-07")!
        let store = await ExplainWorld.store(effect: { c, _, d in
            guard july.contains(d) else { return 1 }
            return c == "00002" ? ownEffect : ["00001", "00003"].contains(c) ? 0.7 : 1
        })
        await ExplainWorld.readiness(store, except: [("00002", .supportStaff, Day(valid: 2025, 7, 1))])
        let e = try await Explainer(store: store).explain(ExplainRequest(locality: "00002", window: july, baseline: DayRange(period: "2025-06")!, metric: .received))
        #expect(e.causes.first?.cause == first, "\(e.causes.map { ($0.cause, $0.score) })")
        let staff = try #require(e.causes.first { $0.cause == .supportStaffShortage })
        let contrast = staff.facts.compactMap { if case .peerDifference(let p) = $0 { p } else { nil } }.first
        #expect(contrast?.group == .unchangedCommunes && contrast?.groupSize == 2)
        #expect(contrast?.contrast.worse == worse)
    }

    /// An outage at commune 00002 (incident recorded there) explained at its province: the communes
    /// with the incident are set against the province's other communes over the same days.
    @Test func provinceIncidentAtOneCommune() async throws {
        let store = await outageStore(incidentAt: "00002")
        let e = try await Explainer(store: store).explain(ExplainRequest(locality: "01", window: ExplainWorld.outage, metric: .received))
        let top = try #require(e.causes.first)
        #expect(top.cause == .oneStopErrors)
        let local = top.facts.compactMap { if case .peerDifference(let p) = $0 { p } else { nil } }.first
        #expect(local?.group == .communesWithoutIncidents && local?.unitSize == 1 && local?.groupSize == 2 && local?.contrast.worse == true)
    }

    /// A commune that had nothing in the baseline (a zero baseline) is a contributor with finite numbers.
    @Test func zeroBaselines() async throws {
        let store = await ExplainWorld.store(effect: { c, _, d in c == "00003" && d < Day(valid: 2025, 7, 1) ? 0 : 1 })
        let e = try await Explainer(store: store).explain(ExplainRequest(locality: "01", window: DayRange(period: "2025-07")!, baseline: DayRange(period: "2025-06")!, metric: .received))
        let three = try #require(e.contributors.first { $0.locality == "00003" })
        #expect(three.baseline == 0)
        #expect(three.surprise.map(\.isFinite) == true)
        #expect(e.contributors.first?.locality == "00003")
        let rate = try await Explainer(store: store).explain(ExplainRequest(locality: "01", window: DayRange(period: "2025-07")!, baseline: DayRange(period: "2025-06")!))
        #expect(rate.contributors.allSatisfy { $0.contribution.isFinite })
    }

    /// Civil-status results never returned online at 00004, its link reported down: in the gap to
    /// the nation, civil_status_unlinked comes first with the sector's numbers.
    @Test func civilStatusUnlinked() async throws {
        let store = await ExplainWorld.store(resultShare: { c, s, _ in c == "00004" && s == .civilStatus ? 0 : 0.4 })
        await ExplainWorld.readiness(store, except: [("00004", .civilStatusLinked, Day(valid: 2025, 6, 1))])
        let e = try await Explainer(store: store).explain(ExplainRequest(locality: "00004", window: DayRange(period: "2025-08")!, metric: .onlineResult))
        #expect(e.mode == .gap)
        #expect(e.causes.first?.cause == .civilStatusUnlinked)
        #expect(e.causes.first?.facts.contains { if case .civilStatusResults(let c) = $0 { c.returnedOnline == 0 && c.resolved > 0 } else { false } } == true)
    }

    /// The same request twice gives the same explanation.
    @Test func deterministic() async throws {
        let store = await outageStore(incidentAt: "01")
        let request = ExplainRequest(locality: "01", window: ExplainWorld.outage, metric: .received)
        let a = try await Explainer(store: store).explain(request), b = try await Explainer(store: store).explain(request)
        #expect(a == b)
    }

    /// Unknown places and empty windows are clear errors.
    @Test func errors() async throws {
        let store = await ExplainWorld.store()
        await #expect(throws: QueryError.self) { try await Explainer(store: store).explain(ExplainRequest(locality: "99", window: ExplainWorld.outage)) }
        do {
            _ = try await Explainer(store: store).explain(ExplainRequest(locality: "01", window: DayRange(period: "2024-01")!))
            Issue.record("an empty window must fail")
        } catch let e as QueryError {
            #expect(e.code == .notFound && e.message.hasPrefix("no applications at Alpha (01)"))
        }
    }
}

@Suite struct GapTests {
    /// Alpha against the nation. Each commune's online share is (30 + 2i)% of receipts
    /// (integer division per row), so Alpha (communes 0–2) sits below the nation and commune One
    /// (30%) costs most; the children's points sum to the difference.
    @Test func alphaAgainstTheNation() async throws {
        let store = await ExplainWorld.store()
        let g = try await GapAnalyzer(store: store).gap(GapRequest(locality: "01", window: DayRange(period: "2025-07")!))
        #expect(g.difference < 0 && g.high < 0)
        let localities = g.contributors.filter { $0.dimension == .locality }
        #expect(localities.first?.locality == "00001")
        expectClose(g.difference, localities.reduce(0) { $0 + $1.contribution }, rel: 1e-12)
        let sectors = g.contributors.filter { $0.dimension == .sector }
        expectClose(g.difference, sectors.reduce(0) { $0 + $1.contribution }, rel: 1e-12)
        #expect(g.summary.isEmpty && g.sentences.isEmpty, "numbers only: the words are the renderer's (GapWordingTests)")
        await #expect(throws: QueryError.self) { try await GapAnalyzer(store: store).gap(GapRequest(locality: "01", versus: "01", window: DayRange(period: "2025-07")!)) }
    }
}

@Suite struct AnomalyLookupTests {
    /// The key behind an id is recovered by hashing the candidates.
    @Test func keyFromID() {
        let start = Day(valid: 2025, 7, 15)
        for (kind, metric, sector) in [(AnomalyKind.drop, Metric.received, Sector?.none), (.rateDrop, .onlineResult, .some(.land))] {
            let id = AnomalyLookup.makeIDForTesting(kind: kind, metric: metric, locality: "00002", sector: sector, start: start)
            let key = AnomalyLookup.key(for: id, codes: ["00001", "00002", "VN"], sectors: ExplainWorld.sectors, days: ExplainWorld.range)
            #expect(key == AnomalyLookup.Key(kind: kind, metric: metric, locality: "00002", sector: sector, start: start))
        }
        #expect(AnomalyLookup.key(for: "a0000000000000000", codes: ["00001"], sectors: [], days: ExplainWorld.range) == nil)
        #expect(!AnomalyLookup.isWellFormed("hello") && AnomalyLookup.isWellFormed("ac4c7db747d2c6886"))
    }

    /// An outage found by `uptake anomalies` is found again from its id alone, and explained.
    @Test func findsAScannedAnomaly() async throws {
        let store = await ExplainWorld.store(effect: { c, _, d in c == "00002" && ExplainWorld.outage.contains(d) ? 0.02 : 1 })
        await ExplainWorld.readiness(store)
        let report = try await AnomalyDetector(store: store).detect(AnomalyRequest(units: .localities(["00002"]), range: DayRange(period: "2025-07")!))
        let outage = try #require(report.anomalies.first { $0.start == ExplainWorld.outage.first })
        let found = try await AnomalyLookup(store: store).find(outage.id)
        #expect(found == outage)
        await #expect(throws: QueryError.self) { try await AnomalyLookup(store: store).find("a0123456789abcdef") }
    }
}
