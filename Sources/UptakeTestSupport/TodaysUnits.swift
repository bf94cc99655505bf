import UptakeStoreAPI
import UptakeCore

extension IngestOptions {
    /// Options for a test file keyed by today's codes whatever its dates (`ingest --units current`):
    /// the fixtures' rows from before 1 July 2025 are data re-keyed to today's units, which an ingest
    /// refuses unless told so (issue 26).
    public static func todaysUnits(now: String, kind: InputKind? = nil, skipInvalid: Bool = false) -> IngestOptions {
        var options = IngestOptions(now: now, kind: kind, skipInvalid: skipInvalid)
        options.units = .current
        return options
    }
}
