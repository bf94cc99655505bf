import ArgumentParser
import UptakeCore

// Days and periods are parsed once, when the command line is: a bad value is a usage error (64)
// naming the option, with the option's help (which lists the accepted forms) under it. Relative
// values stay unresolved until the command runs and passes the evaluation day in.

/// `YYYY-MM-DD`.
extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

/// `YYYY-MM-DD`, `today` or `yesterday` (resolved against today in Vietnam when the command runs).
extension DayExpression: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// A period or a custom range, absolute only: `2025-07`, `2025-Q3`, `2025`, `2025-06-01..2025-06-30`.
extension DayRange: ExpressibleByArgument {
    public init?(argument: String) { self.init(periodOrRange: argument) }
}

/// A period, `2025-07` or relative (`last-month`), as `--period` takes it; no custom range.
struct PeriodArgument: ExpressibleByArgument, CustomStringConvertible {
    let expression: PeriodExpression

    init?(argument: String) {
        guard let expression = PeriodExpression(period: argument) else { return nil }
        self.expression = expression
    }

    var relativePeriod: RelativePeriod? { expression.relativePeriod }
    var description: String { expression.description }
}

/// A period, a custom range or a relative period, as compare's `--baseline` takes it.
struct PeriodOrRangeArgument: ExpressibleByArgument, CustomStringConvertible {
    let expression: PeriodExpression

    init?(argument: String) {
        guard let expression = PeriodExpression(periodOrRange: argument) else { return nil }
        self.expression = expression
    }

    var relativePeriod: RelativePeriod? { expression.relativePeriod }
    var description: String { expression.description }
}
