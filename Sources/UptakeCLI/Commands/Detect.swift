import ArgumentParser
import Foundation
import UptakeAnalysis
import UptakeCore
import UptakeReport

extension SeriesMethod: ExpressibleByArgument {}
extension SeriesCost: ExpressibleByArgument {}

struct Detect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Run a detector on any date,value file: the same anomaly objects, with the index of each start.",
        discussion: """
            The file holds one line per day, date,value (a header is optional; days left out are \
            missing). Working days are Vietnam's calendar (--calendar adds your own): days off are \
            never judged; --calendar none judges every day (a series that is not office days). Methods: nb (the default count model of uptake anomalies, for whole \
            numbers), pelt (changepoints; --cost poisson for counts, gaussian for a change of mean in any \
            measurement, meanvar for a change of mean or variance in a continuous one, linear for a change \
            of level or slope, each segment a line; without --cost, linear for whole numbers ≥ 0 (a trend \
            is not cut into steps) and \
            gaussian for any other series), \
            ears-c1, ears-c2, ears-c3, robust-z, stl-z and shesd. For a changepoint the score is the \
            cost the change saves, in penalties. No database is needed.

              uptake detect series.csv --method pelt
              uptake detect series.csv --method nb --direction down --format json
            """
    )

    @Argument(help: ArgumentHelp("The date,value file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: "The detector: nb, pelt, ears-c1, ears-c2, ears-c3, robust-z, stl-z or shesd.")
    var method: SeriesMethod = .nb

    @Option(name: .long, help: "PELT's segment cost: linear (of level or slope; the default for counts), gaussian (a change of mean; the default otherwise), poisson (of the mean of counts), meanvar (of mean or variance).")
    var cost: SeriesCost?

    @Option(name: .long, help: "Which departures: down, up or both.")
    var direction: DirectionFilter = .both

    @Option(name: .customLong("false-flags"), help: ArgumentHelp("Sensitivity of nb: false flags expected per 1,000 days, per direction (default 0.1).", valueName: "rate"))
    var falseFlags: Double?

    @OptionGroup var calendar: CalendarOptions

    @OptionGroup var output: FormatOptions

    /// The question without its series (read from the file in `run`): enough to check the options.
    func question(_ series: DateValueSeries = DateValueSeries(first: Day(number: 0), values: [])) -> DetectQuestion {
        DetectQuestion(series: series, method: method, cost: cost, direction: direction, falseFlags: falseFlags,
                       calendar: calendar.calendar == "none" ? .everyDay : nil)
    }

    func validate() throws { try question().check() }

    func run() throws {
        try runReportingSync {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError.failure("cannot read \(file)", hint: "check the path")
            }
            let series: DateValueSeries
            do {
                series = try DateValueSeries.parse(csv: String(decoding: data, as: UTF8.self))
            } catch let problem as RowProblem {
                throw problem.inFile(file)
            }
            let workingCalendar = try calendar.load()
            if !series.values.isEmpty { workingCalendar.noteCoverage(DayRange(first: series.first, last: series.first.advanced(by: series.values.count - 1))) }
            try output.write(question(series).answer(calendar: workingCalendar))
        }
    }
}
