/// Why a unit has no forecast. Each case says what the data lacked, so that a reader's language can
/// say it too (the report words it in Vietnamese from the case, not from the English message).
public enum ForecastUnavailable: Error, Sendable, Hashable {
    /// Fewer working days with data in the window than the model has coefficients plus two.
    case tooFewWorkingDays(needed: Int, found: Int, window: Int)
    /// Every day of the window is 0.
    case noApplications
    /// The model could not be fitted (a singular design, no convergence): the fit's own message.
    case modelFailed(String)

    public var message: String {
        switch self {
        case .tooFewWorkingDays(let needed, let found, let window):
            "forecasting needs at least \(needed) working days with data in the last \(window) days of history (got \(found))"
        case .noApplications: "forecasting needs some applications in the history's window (every day is 0)"
        case .modelFailed(let message): message
        }
    }
}
