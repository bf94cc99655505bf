import UptakeCore

/// Which localities a readiness query returns.
public enum ReadinessScope: Sendable, Equatable {
    /// Every province and every commune.
    case nation
    /// One province (by code) and its communes.
    case province(String)
}

/// The state of one locality's criteria as of a date. A criterion with no row on or before the date
/// is absent from `values`.
public struct LocalityReadiness: Sendable, Equatable {
    public var locality: Locality
    public var values: [ReadinessCriterion: ReadinessValue]

    public init(locality: Locality, values: [ReadinessCriterion: ReadinessValue]) {
        self.locality = locality
        self.values = values
    }
}
