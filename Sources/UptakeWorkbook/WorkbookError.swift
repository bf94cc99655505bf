import UptakeCore

/// Why a workbook was not written. Nothing is left at the destination: the file is written beside it
/// under a temporary name and renamed only when complete.
public enum WorkbookError: UptakeError, Equatable {
    /// The destination's folder cannot take a file (missing, not writable), or the rename failed.
    case cannotWrite(path: String, reason: String)
    /// libxlsxwriter is not installed (or not the version built against): it is loaded only for a workbook.
    case libraryMissing(path: String, reason: String)
    /// libxlsxwriter refused something (its own words): a defect on Uptake's side, not the user's.
    case library(path: String, reason: String)

    public var code: ErrorCode { .io }

    public var message: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write the workbook \(path): \(reason)"
        case .libraryMissing(let path, let reason): "cannot write the workbook \(path): libxlsxwriter could not be loaded (\(reason))"
        case .library(let path, let reason): "the workbook \(path) could not be made: \(reason)"
        }
    }

    public var hint: String? {
        switch self {
        case .cannotWrite: "check that the folder exists and is writable"
        case .libraryMissing: "install libxlsxwriter (Debian and Ubuntu: apt-get install libxlsxwriter4), or choose a text format"
        case .library: "nothing was written; please report this with the command that failed"
        }
    }
}
