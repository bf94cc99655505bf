import Foundation
import Testing
import UptakeTestSupport

/// Days, periods, sectors and locality selectors are parsed once, with the command line: a bad value
/// is a usage error (64) that names the option and lists the forms it takes (its help line), found
/// before anything is opened (here there is no database at all, which would otherwise be error 2).
@Suite struct OptionTypesCLITests {
    let cli = CLIRunner()

    /// Each case: the arguments, the option's synopsis as the error names it, and a form the message lists
    /// (for enumerations the values; else the option's help, which ArgumentParser prints under the error).
    static let refused: [([String], String, String)] = [
        (["rates", "--period", "2025-13"], "--period <period>", "2025-Q3, 2025-07, 2025-W29 or 2025-07-14; or relative to --as-of: today, yesterday, last-week"),
        (["rates", "--period", "2025-06-01..2025-06-30"], "--period <period>", "2025-07-14"),
        (["trend", "--from", "2025-02-30", "--to", "2025-03-31"], "--from <date>", "YYYY-MM-DD"),
        (["anomalies", "--as-of", "yesterday", "--period", "yesterday"], "--as-of <date>", "YYYY-MM-DD"),
        (["compare", "--baseline", "2025-13"], "--baseline <period>", "a range 2025-06-01..2025-06-30, or relative to --as-of: today, yesterday"),
        (["compare", "--baseline", "last-decade"], "--baseline <period>", "last-month"),
        (["report", "--period", "2025-13", "--out", "r.html"], "--period <period>", "2025-07-01..2025-07-31"),  // relative periods are taken since issue 23
        (["explain", "--locality", "01", "--baseline", "2025-06-31"], "--baseline <period>", "a range 2025-06-01..2025-06-30"),
        (["alerts", "check", "--rules", "r.yaml", "--as-of", "last-week"], "--as-of <day>", "YYYY-MM-DD, today or yesterday"),
        (["alerts", "backtest", "--rules", "r.yaml", "--from", "2025-7-1", "--to", "2025-07-31"], "--from <day>", "YYYY-MM-DD"),
        (["readiness", "--as-of", "31/07/2025"], "--as-of <date>", "YYYY-MM-DD"),
        (["export", "prometheus", "--out", "-", "--day", "tomorrow"], "--day <day>", "YYYY-MM-DD"),
        (["generate", "--out", "d", "--from", "2025-13-01"], "--from <from>", "YYYY-MM-DD"),
        (["rates", "--sector", "Land"], "--sector <names>", "comma-separated"),
        (["rates", "--sector", ","], "--sector <names>", "comma-separated"),
        (["lagging", "--parent", " "], "--parent <code|name>", "by code or name"),
        (["gap", "--locality", "01", "--versus", ""], "--versus <code|name|nation>", "by code or name, or nation"),
        (["rates", "--metric", "online"], "--metric <metric>", "online-submission"),
        (["rates", "--level", "district"], "--level <level>", "nation, province or commune"),
    ]

    @Test(arguments: refused)
    func badValuesAreUsageErrorsAtParseTime(arguments: [String], synopsis: String, form: String) throws {
        let dir = TemporaryDirectory()
        let out = try cli.run(arguments, in: dir.path)
        #expect(out.status == 64, "\(arguments): \(out.stderr)")
        let value = arguments[arguments.lastIndex { $0.hasPrefix("--") && synopsis.hasPrefix($0) }.map { $0 + 1 } ?? 0]
        #expect(out.stderr.hasPrefix("Error: The value '\(value)' is invalid for '\(synopsis)'"), "\(arguments): \(out.stderr)")
        #expect(out.stderr.contains(form), "\(arguments): \(out.stderr)")
        #expect(out.stdout.isEmpty)
    }

    /// Values that parse are not refused: the command goes on to look for its database (error 2).
    @Test(arguments: [
        ["rates", "--period", "last-week", "--as-of", "2025-07-16", "--sector", "land, business"],
        ["compare", "--period", "2025-07", "--baseline", "2025-06-01..2025-06-15"],
        ["report", "--period", "2025-06-01..2025-06-30", "--out", "r.html"],
        ["gap", "--locality", "Hà Nội", "--versus", "VN"],
        ["readiness", "--as-of", "2025-07-31"],
    ])
    func goodValuesParse(arguments: [String]) throws {
        let dir = TemporaryDirectory()
        let out = try cli.run(arguments, in: dir.path)
        #expect(out.status == 2, "\(arguments): \(out.stderr)")
        #expect(out.stderr.hasPrefix("error: no database at uptake.sqlite"), "\(arguments): \(out.stderr)")
    }
}
