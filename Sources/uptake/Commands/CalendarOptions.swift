import ArgumentParser
import Foundation
import UptakeCore

/// The working-day calendar: Vietnam's built-in one, with a user's file laid over it.
struct CalendarOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A calendar file (date,kind,name; kind holiday, bridge or working_saturday) laid over Vietnam's built-in calendar.", valueName: "path"))
    var calendar: String?

    /// The built-in calendar, with the file's entries when `--calendar` is given.
    func load() throws -> WorkingCalendar {
        guard let calendar else { return .vietnam }
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

extension DayRange {
    /// A period (`2025-07`, `2025-Q3`, …) or a custom range `2025-06-01..2025-06-30`.
    init?(periodOrRange text: String) {
        let ends = text.components(separatedBy: "..")
        if ends.count == 2 {
            guard let a = Day(iso: ends[0]), let b = Day(iso: ends[1]), a <= b else { return nil }
            self.init(first: a, last: b)
        } else {
            self.init(period: text)
        }
    }
}
