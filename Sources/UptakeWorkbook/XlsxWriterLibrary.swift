import CXlsxWriter

/// libxlsxwriter's functions, loaded at the first workbook rather than linked: only `--format xlsx` needs
/// the library, and linked it was loaded at every start of `uptake`, with libminizip and libcrypto (issue 27).
struct XlsxWriterLibrary: @unchecked Sendable {  // @unchecked: a table of C function pointers, never written after loading
    let functions: cxlsx_functions

    /// Why the library could not be loaded, in the loader's words.
    struct Unavailable: Error, Equatable {
        let reason: String
    }

    /// The library the build's header goes with (`libxlsxwriter.so.4` for 1.1), loaded once, when first asked for.
    static let installed = load(soname: nil)

    /// Loads the library `soname` (`nil`: the one the build's header goes with) and looks up its functions.
    static func load(soname: String?) -> Result<XlsxWriterLibrary, Unavailable> {
        var reason = [CChar](repeating: 0, count: 512)
        guard let table = cxlsx_load(soname, &reason, reason.count) else {
            return .failure(Unavailable(reason: reason.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }))
        }
        return .success(XlsxWriterLibrary(functions: table.pointee))
    }
}
