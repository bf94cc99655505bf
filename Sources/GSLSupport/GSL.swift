import CGSL

/// An error reported by the GNU Scientific Library, or a degenerate input caught before a GSL call.
public struct GSLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// GSL's status code (`GSL_EDOM`, …), or `nil` for a check Uptake made itself.
    public let status: Int?
    public let message: String

    public init(status: Int?, message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { message }
}

/// Switches GSL's default error handler (which aborts the process) off, once, before any GSL call.
/// Every public entry point of this module goes through `GSL.ready` first.
enum GSL {
    static let ready: Void = {
        gsl_set_error_handler_off()
    }()

    static func check(_ status: Int32, _ what: String) throws(GSLError) {
        guard status != GSL_SUCCESS else { return }
        let reason = String(cString: gsl_strerror(status))
        throw GSLError(status: Int(status), message: "\(what): \(reason)")
    }

    static func finite(_ value: Double, _ what: String) throws(GSLError) -> Double {
        guard value.isFinite else { throw GSLError(status: nil, message: "\(what) is not finite") }
        return value
    }
}
