import UptakeCore

/// Which incidents to read: those whose span touches `range`, recorded at the places `scope` names.
///
/// An incident without an end is ongoing: it touches every day from its start on. A nationwide
/// incident (no locality) is an ancestor of every place.
public struct IncidentQuery: Sendable, Equatable {
    public enum Scope: Sendable, Equatable {
        /// Every incident.
        case everywhere
        /// Incidents at this locality and at its ancestors (its province, the nation), and with
        /// `descendants`, at the communes below it.
        case locality(String, descendants: Bool)
    }

    public var scope: Scope
    public var range: DayRange

    public init(scope: Scope, range: DayRange) {
        self.scope = scope
        self.range = range
    }

    /// Whether `incident` falls in this query, given each locality's parent code.
    public func matches(_ incident: IncidentRecord, parentOf: (String) -> String?) -> Bool {
        let start = incident.start.day, end = incident.end?.day ?? Day(number: Int.max / 2)
        guard start <= range.last, end >= range.first else { return false }
        switch scope {
        case .everywhere:
            return true
        case .locality(let code, let descendants):
            guard let place = incident.locality else { return true }
            if place == code || parentOf(code) == place { return true }
            return descendants && parentOf(place) == code
        }
    }
}
