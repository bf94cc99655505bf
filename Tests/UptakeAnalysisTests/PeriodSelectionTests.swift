import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// The period checks the CLI's typed options and the server's query strings share: one wording,
/// with the caller's spelling of parameters, and the same ranges.
@Suite struct PeriodSelectionTests {
    /// The command line\'s spelling, as the CLI defines it.
    static let dashes = ParameterSpelling(prefix: "--")

    static let today = Day(valid: 2025, 8, 20)

    /// A URL's parameters, decoded and checked as the server does.
    static func parsed(_ pairs: [(String, String)]) throws(QueryError) -> PeriodSelection {
        let selection = try ParameterDecoder.decode(PeriodSelection.self, from: pairs)
        try selection.validate(.query)
        return selection
    }

    @Test func aQueryParsesIntoTheSelectionTheOptionsBuild() throws {
        let parsed = try Self.parsed([("period", "last-month"), ("as-of", "2025-08-20"), ("sector", "land,business")])
        let typed = PeriodSelection(period: PeriodExpression(period: "last-month"), asOf: Self.today,
                                    sectors: [Sector("land"), Sector("business")].compactMap { $0 })
        #expect(parsed == typed)
        // last-month as of 20 August is July, whatever the clock says.
        #expect(parsed.explicitRange(today: { Day(valid: 2030, 1, 1) }) == DayRange(period: "2025-07"))
        #expect(PeriodSelection(from: Day(valid: 2025, 6, 1), to: Day(valid: 2025, 6, 15)).explicitRange(today: { Self.today })
                == DayRange(first: Day(valid: 2025, 6, 1), last: Day(valid: 2025, 6, 15)))
    }

    @Test(arguments: [
        ([("period", "2025-13")], "invalid period \"2025-13\": expected 2025, 2025-Q3, 2025-07, 2025-W29, 2025-07-14 or"),
        ([("from", "2025-07-01")], "from and to go together"),
        ([("period", "2025-07"), ("from", "2025-07-01"), ("to", "2025-07-31")], "give either period or from/to, not both"),
        ([("from", "2025-07-31"), ("to", "2025-07-01")], "from (2025-07-31) comes after to (2025-07-01)"),
        ([("as-of", "31/07/2025")], "invalid as-of \"31/07/2025\": expected YYYY-MM-DD"),
        ([("sector", "Land")], "invalid sector \"Land\": expected lowercase names, comma-separated"),
    ])
    func malformedOrContradictingParametersAreRefusedByName(pairs: [(String, String)], message: String) {
        #expect(throws: QueryError.self) { try Self.parsed(pairs) }
        do { _ = try Self.parsed(pairs) } catch { #expect(error.message.hasPrefix(message), "\(error.message)") }
    }

    @Test func theCommandLineSpellsTheSameMessagesWithDashes() {
        let selection = PeriodSelection(from: Day(valid: 2025, 7, 31), to: Day(valid: 2025, 7, 1))
        do { try selection.validate(Self.dashes); Issue.record("from after to was accepted") } catch {
            #expect(error.message == "--from (2025-07-31) comes after --to (2025-07-01)")
        }
        do { try PeriodSelection(period: PeriodExpression(period: "2025-07"), asOf: Self.today).validateAsOf(Self.dashes); Issue.record("accepted") } catch {
            #expect(error.message.hasPrefix("--as-of goes with a relative --period"))
        }
        // Relative elsewhere (compare's baseline): --as-of is then allowed.
        #expect(throws: Never.self) { try PeriodSelection(period: PeriodExpression(period: "2025-07"), asOf: Self.today).validateAsOf(Self.dashes, alsoRelative: true) }
    }

    @Test func anEmptySectorFieldFromAFormMeansEverySector() throws {
        #expect(try Self.parsed([("period", "2025-07"), ("sector", "")]).sectors == nil)
    }

    @Test func withoutAPeriodTheLastWholeMonthWithDataOrTheWholeSpan() async throws {
        let store = InMemoryStore()
        await #expect(throws: QueryError.self) { try await PeriodSelection().range(store, today: { Self.today }) }
        await store.insert([Day(valid: 2025, 6, 3), Day(valid: 2025, 7, 9)].map { day in
            ApplicationRecord(day: day, locality: "01", sector: Sector("land")!, counts: ApplicationCounts(received: 5, receivedOnline: 2))
        })
        #expect(try await PeriodSelection().range(store, today: { Self.today }) == DayRange(period: "2025-07"))
        #expect(try await PeriodSelection().rangeOrSpan(store, today: { Self.today })
                == DayRange(first: Day(valid: 2025, 6, 3), last: Day(valid: 2025, 7, 9)))
    }
}
