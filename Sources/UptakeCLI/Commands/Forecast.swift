import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

struct Forecast: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Daily values of a volume or a rate beyond the history, with 95% predictive intervals.",
        discussion: """
            The model is fitted on the last --window days of history (84: twelve weeks) up to \
            --history-to (default: the last day with data), then forecasts every day to --until \
            (default: 30 days on). Its regressors follow the working calendar (--calendar adds your \
            own entries): weekday effects Monday–Friday, a Saturday off, a closed day (Sunday, public \
            holiday, bridge day); a weekend day worked in exchange counts as an average working day. \
            A volume is a negative-binomial GLM of the day's count (log link, dispersion by maximum \
            likelihood) without a trend (a twelve-week trend carried two months forecast worse on \
            back-tests) and its interval the predictive distribution's 2.5% and 97.5% quantiles, \
            widened for the coefficients' uncertainty and for a drift of the level the window cannot \
            rule out (growing with the distance from the window). A rate is a binomial GLM of the \
            day's share (logit link) with a linear trend, its days varying beyond the binomial by \
            Williams' rho; its interval allows for the day's unknown number of applications (from the \
            volume's forecast) and the trend's uncertainty, and reaches 0% or 100% when a share of \
            exactly 0 or 1 is likely enough (a small commune). Days off whose window days were \
            all 0 are forecast 0. Where the data already hold a forecast day, 'observed' shows it (a \
            back-test). --level or --parent forecast every unit; a unit too small to fit is listed \
            with a note. Validated against statsmodels (scripts/fixtures/make_forecast_fixtures.py); \
            back-tested in benchmarks/forecast/.

              uptake forecast --metric received --locality 79 --history-to 2025-08-31 --until 2025-10-31
              uptake forecast --metric online-submission --locality "Hà Nội" --until 2025-12-31
              uptake forecast --level province --history-to 2025-08-31 --until 2025-10-31 --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "What to forecast: a volume (received, received-online, resolved, resolved-online) or a simple rate.")
    var metric: Metric = .received

    @Option(name: .long, help: ArgumentHelp("One locality, by code or name (default: the nation).", valueName: "code|name"))
    var locality: LocalitySelector?

    @Option(name: .long, help: "Every unit of this level instead of one: province or commune.")
    var level: LocalityLevel?

    @Option(name: .long, help: ArgumentHelp("Every commune of this province, by code or name.", valueName: "code|name"))
    var parent: LocalitySelector?

    @Option(name: .customLong("history-to"), help: ArgumentHelp("The last day of history fitted (default: the last day with data).", valueName: "YYYY-MM-DD"))
    var historyTo: Day?

    @Option(name: .long, help: ArgumentHelp("The last day forecast, at most 366 days on (default: 30 days after the history).", valueName: "YYYY-MM-DD"))
    var until: Day?

    @Option(name: .long, help: "Days of history fitted, 28 to 730 (default 84).")
    var window: Int?

    @Option(name: .long, help: ArgumentHelp("Only these sectors, comma-separated (default: all).", valueName: "names"))
    var sector: SectorList?

    @OptionGroup var calendar: CalendarOptions

    @OptionGroup var units: VintageOptions

    @OptionGroup var output: FormatOptions

    var question: ForecastQuestion {
        ForecastQuestion(metric: metric, locality: locality?.text, level: level, parent: parent?.text, historyTo: historyTo, until: until,
                         window: window, sector: sector.map { SectorNames($0.sectors) }, vintage: units.vintage)
    }

    func validate() throws { try question.check() }

    func run() async throws {
        try await runReporting {
            let workingDays = try calendar.load()
            let answer = try await question.answer(try await database.context(calendar: workingDays))
            workingDays.noteCoverage(DayRange(first: answer.windowStart, last: answer.until))
            try output.write(answer)
        }
    }
}
