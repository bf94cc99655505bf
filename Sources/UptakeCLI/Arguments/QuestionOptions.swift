import ArgumentParser
import UptakeAnalysis
import UptakeCore

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
        // --as-of is checked by each question, since compare's --baseline may use it.
        try usage { () throws(QueryError) in try selection.validate(.commandLine) }
    }
}

/// The units a question is answered in (issue 26).
struct VintageOptions: ParsableArguments {
    @Option(name: .long, help: "The units to answer in: current (today's, with data filed in pre-reform units folded in) or pre-2025 (the 63 old provinces and their communes and wards, by code, from such data as filed).")
    var units: UnitVintage = .current

    /// As the questions take it: `nil` for today's units.
    var vintage: UnitVintage? { units == .pre2025 ? .pre2025 : nil }
}

/// A shared query check's refusal as a usage error (exit 64, with the usage), as the options' own checks.
func usage(_ check: () throws(QueryError) -> Void) throws {
    do { try check() } catch { throw ValidationError(error.message) }
}

/// Units and days together, for the commands that compare units.
struct ScopeOptions: ParsableArguments {
    @OptionGroup var unit: UnitOptions
    @OptionGroup var days: PeriodOptions

    var locality: LocalitySelector? { unit.locality }
}
