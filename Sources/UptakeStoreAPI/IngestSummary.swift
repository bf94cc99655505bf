import UptakeCore

/// What one file's ingest did.
public struct IngestSummary: Sendable, Codable, Equatable {
    public var path: String
    public var kind: InputKind
    public var format: InputFormat
    public var rows = 0
    public var inserted = 0
    public var revised = 0
    public var unchanged = 0
    public var rejected = 0
    /// The problems found, the first `IngestOptions.maxReportedErrors` of them.
    public var errors: [IngestError] = []
    /// How many problems there were in all.
    public var errorCount = 0
    /// Set when the file was byte-identical to an earlier ingest and changed nothing.
    public var identicalToIngest: Int?
    /// Whether the file's rows were written (false when an invalid row rolled the whole file back).
    public var committed = false
    public var rejectFile: String?
    public var sha256 = ""

    public init(path: String, kind: InputKind, format: InputFormat) {
        self.path = path
        self.kind = kind
        self.format = format
    }

    /// One line for the terminal.
    public var line: String {
        if let id = identicalToIngest { return "\(path): identical to ingest #\(id); nothing changed (\(rows) rows)" }
        if !committed { return "\(path): \(errorCount) error\(errorCount == 1 ? "" : "s") in \(rows) row\(rows == 1 ? "" : "s"); nothing written" }
        var s = "\(path): \(kind.rawValue), \(rows) rows: \(inserted) inserted, \(revised) revised, \(unchanged) unchanged"
        if rejected > 0 { s += ", \(rejected) rejected (see \(rejectFile ?? "the reject file"))" }
        return s
    }
}

/// How to ingest.
public struct IngestOptions: Sendable {
    /// Force the kind instead of recognising it from the header.
    public var kind: InputKind?
    /// Force the format instead of taking it from the file name.
    public var format: InputFormat?
    /// Write the valid rows and put the invalid ones in a reject file, instead of writing nothing.
    public var skipInvalid = false
    /// Where rejected rows go with `skipInvalid` (default: next to the file, `NAME.rejects.csv`).
    public var rejectPath: String?
    public var maxReportedErrors = 20
    /// Accept a localities revision that moves a unit to another parent or level; the aggregates
    /// are then rebuilt in the same transaction and each move is logged in `locality_changes`.
    public var allowReparent = false
    /// The units the file's codes are in, as the caller says: pre-reform applications are stored as
    /// filed, in a table of their own, and folded into today's units when asked (``PreReformStore``).
    /// `nil` (not said): today's units, and a row keyed by a locality and dated before the reform of
    /// 1 July 2025 is refused, since its codes may be the old ones, which today's list partly reuses
    /// for other units. Say ``UnitVintage/current`` for a file re-keyed to today's units.
    public var units: UnitVintage?
    /// The time recorded for the ingest (the engine takes it as an argument).
    public var now: String

    public init(now: String, kind: InputKind? = nil, format: InputFormat? = nil, skipInvalid: Bool = false, rejectPath: String? = nil) {
        self.now = now
        self.kind = kind
        self.format = format
        self.skipInvalid = skipInvalid
        self.rejectPath = rejectPath
    }
}

/// How far an ingest has got: bytes read and checked (the parsing thread) and rows written into
/// the file's transaction (the writing thread). Reported from both threads as each moves on.
public struct IngestProgress: Sendable, Equatable {
    public var bytesRead: Int64
    public var totalBytes: Int64
    /// Rows handed to the database so far (inside the still-open transaction).
    public var rowsWritten: Int

    public init(bytesRead: Int64, totalBytes: Int64, rowsWritten: Int) {
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
        self.rowsWritten = rowsWritten
    }
}
