import ArgumentParser
import Foundation
import UptakeCore

/// The working-day calendar: Vietnam's built-in one, with a user's file laid over it.
struct CalendarOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A calendar file (date,kind,name; kind holiday, bridge or working_saturday) laid over Vietnam's built-in calendar; or none: every day counts, weekends and holidays included (for a series that is not office days).", valueName: "path|none"))
    var calendar: String?

    /// The built-in calendar, with the file's entries when `--calendar` is given; every day for `none`
    /// (a file of that name is ./none).
    func load() throws -> WorkingCalendar {
        guard let calendar else { return .vietnam }
        if calendar == "none" { return .everyDay }
        guard let data = FileManager.default.contents(atPath: calendar) else {
            throw CLIError.failure("cannot read the calendar file \(calendar)", hint: "check the path given to --calendar")
        }
        do {
            return WorkingCalendar.vietnam.adding(try WorkingCalendar.parse(csv: String(decoding: data, as: UTF8.self)))
        } catch {
            throw CLIError.invalidData("\(calendar):\(error.line): \(error.reason)", hint: error.hint)
        }
    }
}

extension WorkingCalendar {
    /// Says on standard error when `ranges` reach years this calendar does not cover: there only
    /// weekends are days off, so per-working-day figures and judged days count Tết as a working day.
    func noteCoverage(_ ranges: DayRange?...) {
        let years = Set(ranges.compactMap { $0 }.flatMap(uncoveredYears(in:))).sorted()
        guard !years.isEmpty else { return }
        let known = sources.map(\.year)
        let span = known.min().flatMap { a in known.max().map { "\(a)–\($0)" } } ?? "none"
        // Consecutive years as one run: 2015–2019, 2031–2035.
        var runs: [(Int, Int)] = []
        for y in years {
            if let last = runs.last, last.1 == y - 1 { runs[runs.count - 1].1 = y } else { runs.append((y, y)) }
        }
        let list = runs.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)–\($0.1)" }.joined(separator: ", ")
        printError("note: \(list) \(years.count == 1 ? "lies" : "lie") outside the working calendar's years (\(span)): only weekends count as "
            + "days off there (no Tết, no holidays); add them with --calendar FILE")
    }
}
