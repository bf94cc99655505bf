import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

/// Which units a command looks at.
struct UnitOptions: ParsableArguments {
    @Option(name: .long, help: "The level of the units: nation, province or commune.")
    var level: LocalityLevel = .province

    @Option(name: .long, help: ArgumentHelp("One locality, by code or name (a province includes its communes); with --level commune, its communes.", valueName: "code|name"))
    var locality: LocalitySelector?

    @Option(name: .long, help: ArgumentHelp("The communes of this province, by code or name (implies --level commune).", valueName: "code|name"))
    var parent: LocalitySelector?

    /// The same question as the server's: one set of checks and one resolution of names.
    var query: UnitQuery { UnitQuery(level: level, locality: locality?.text, parent: parent?.text) }

    func validate() throws { try usage { () throws(QueryError) in try query.validate(.commandLine) } }

    /// The units, with --locality and --parent given as codes or names (resolved on the store's list).
    func units(_ store: any UptakeStore) async throws -> UnitSelection { try await query.units(store) }
}

/// Which days and sectors a command looks at.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("One period: 2025, 2025-Q3, 2025-07, 2025-W29 or 2025-07-14; or relative to --as-of: \(RelativePeriod.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "period"))
    var period: PeriodArgument?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day relative periods count from, YYYY-MM-DD (default: today in Vietnam).", valueName: "date"))
    var asOf: Day?

    @Option(name: .long, help: ArgumentHelp("The first day of a custom range, YYYY-MM-DD.", valueName: "date"))
    var from: Day?

    @Option(name: .long, help: ArgumentHelp("The last day of a custom range, YYYY-MM-DD.", valueName: "date"))
    var to: Day?

    @Option(name: .long, help: ArgumentHelp("Only these sectors, comma-separated (default: all), e.g. \(Sector.standard.map(\.name).joined(separator: ",")).", valueName: "names"))
    var sector: SectorList?

    /// The parsed selection, whose checks and defaults the server's queries share.
    var selection: PeriodSelection { PeriodSelection(period: period?.expression, asOf: asOf, from: from, to: to, sectors: sector?.sectors) }

    func validate() throws {
        // --as-of is checked by each command (validateAsOf), since compare's --baseline may use it.
        try usage { () throws(QueryError) in try selection.validate(.commandLine) }
    }

    /// `--as-of` is refused unless a relative period uses it: this one's, or (`alsoRelative`) another
    /// option's, such as compare's `--baseline last-month`.
    func validateAsOf(alsoRelative: Bool = false) throws {
        try usage { () throws(QueryError) in try selection.validateAsOf(.commandLine, alsoRelative: alsoRelative) }
    }

    /// The day relative periods count from: --as-of, else today in Vietnam (the clock is read only here).
    var asOfDay: Day { asOf ?? today() }

    var sectorList: [Sector]? { sector?.sectors }

    /// The --sector list, each checked against the sectors that have data: an unknown one is a usage
    /// error naming the valid ones, not an empty answer.
    func checkedSectors(_ store: any UptakeStore) async throws -> [Sector]? {
        do { return try await selection.checkedSectors(store, .commandLine) } catch let error as QueryError { throw ValidationError(error.message) }
    }

    /// The days given by --period or --from/--to, if any; the clock is read only for a relative period.
    var explicitRange: DayRange? { selection.explicitRange(today: today) }

    /// The days asked for; by default the last whole month with data.
    func range(_ store: any UptakeStore) async throws -> DayRange { try await selection.range(store, today: today) }

    /// The days asked for; by default every day with data (trend's default).
    func rangeOrSpan(_ store: any UptakeStore) async throws -> DayRange { try await selection.rangeOrSpan(store, today: today) }
}

/// A shared query check's refusal as a usage error (exit 64, with the usage), as the options' own checks.
func usage(_ check: () throws(QueryError) -> Void) throws {
    do { try check() } catch { throw ValidationError(error.message) }
}

/// What `rates --by` cuts by: a grain of periods, or the sectors.
enum RateBreakdown: String, ExpressibleByArgument, CaseIterable {
    case day, week, month, quarter, year, range, sector

    var grain: Grain { Grain(rawValue: rawValue) ?? .range }
}

/// Units and days together, for the commands that compare units.
struct ScopeOptions: ParsableArguments {
    @OptionGroup var unit: UnitOptions
    @OptionGroup var days: PeriodOptions

    var locality: LocalitySelector? { unit.locality }
    /// The units, with names resolved to codes.
    func units(_ store: any UptakeStore) async throws -> UnitSelection { try await unit.units(store) }
    var sectorList: [Sector]? { days.sectorList }
    func range(_ store: any UptakeStore) async throws -> DayRange { try await days.range(store) }
}

import Foundation

struct Rates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "Rates and volumes per unit and period, as ratios of sums with confidence intervals.",
        discussion: """
            Metrics: \(Metric.allCases.map(\.rawValue).joined(separator: ", ")).
            Rates are ratios of sums over every row aggregated (never means of ratios), with a 95% \
            Wilson score interval by default (--interval jeffreys for Jeffreys). A period without data \
            says so instead of showing 0%. In csv and json, rates are proportions (0.3273), in tables \
            percentages (32.73%). Without --period or --from/--to, the last month with data.

              uptake rates --metric online-submission --level province --period 2025-07 --rank
              uptake rates --metric online-result --locality 01 --by week --from 2025-06-01 --to 2025-08-31
              uptake rates --metric online-submission --parent 04 --period 2025-07 --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "What to measure.")
    var metric: Metric = .onlineSubmission

    @OptionGroup var scope: ScopeOptions

    @Option(name: .long, help: "Cut the range into periods: day, week (ISO), month, quarter, year, or range (one period; the default); or sector: one row per sector over the range.")
    var by: RateBreakdown = .range

    @Option(name: .long, help: "The interval method: wilson or jeffreys.")
    var interval: IntervalMethod = .wilson

    @Option(name: .long, help: "The confidence level of the intervals, between 0 and 1.")
    var confidence: Double = 0.95

    @Flag(name: .long, help: "Order each period's units from highest to lowest and mark the ends.")
    var rank = false

    @OptionGroup var evidence: EvidenceOptions

    @OptionGroup var calendar: CalendarOptions

    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard confidence > 0, confidence < 1 else { throw ValidationError("--confidence must lie strictly between 0 and 1, e.g. 0.95") }
        try scope.days.validateAsOf()
    }

    func run() async throws {
        try await runReporting {
            let store = try await database.openStore()
            let request = RateRequest(metric: metric, units: try await scope.units(store), range: try await scope.range(store), grain: by.grain,
                                      sectors: try await scope.days.checkedSectors(store), confidence: confidence, interval: interval, rank: rank,
                                      calendar: try calendar.load())
            request.calendar.noteCoverage(request.range)
            let calculator = RateCalculator(store: store)
            let rows = by == .sector ? try await calculator.ratesBySector(request) : try await calculator.rates(request)
            var table = Table(rates: rows, metric: metric, ranked: rank, coverage: try await store.applicationsSpan())
            if let collector = try await evidence.collector(store, covering: request.range) {
                table = table.withEvidence(try await collector.evidence(for: rows), kinds: evidence.kinds)
            }
            output.write(table)
        }
    }
}
