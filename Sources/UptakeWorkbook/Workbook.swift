import CXlsxWriter
import Foundation
import UptakeReport

/// Writes tables as an Excel workbook (.xlsx), a sheet per ``TableSheet``, through libxlsxwriter.
///
/// Each table gets a bold header row (the first frozen, with an autofilter when the sheet holds one
/// table), its numbers as numbers with number formats (integers `#,##0`, percentages `0.00%` with the
/// cell's decimals, points signed with their unit, p-values), text as UTF-8 text (Vietnamese as written),
/// flags as booleans for an analyst and words for a reader, and its notes under it. Columns are sized to
/// their contents. Sheet names are made valid and unique (``SheetNames``).
///
/// ```swift
/// try Workbook.write(answer.sheets(named: "rates", in: .vi), to: "rates-july.xlsx")
/// ```
///
/// The file appears whole or not at all: libxlsxwriter 1.1 writes only to a file, so the workbook is
/// written beside the destination under a temporary name and renamed over it when complete.
public enum Workbook {
    public static func write(_ sheets: [TableSheet], to path: String) throws(WorkbookError) {
        try write(sheets, to: path, through: XlsxWriterLibrary.installed)
    }

    /// Loads libxlsxwriter now, so that a command can say it is missing before it works out what to write.
    public static func requireLibrary(writing path: String) throws(WorkbookError) {
        _ = try library(XlsxWriterLibrary.installed, writing: path)
    }

    static func write(_ sheets: [TableSheet], to path: String, through loaded: Result<XlsxWriterLibrary, XlsxWriterLibrary.Unavailable>) throws(WorkbookError) {
        let library = try library(loaded, writing: path)
        let destination = URL(fileURLWithPath: path)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        // Made here first so that a folder that cannot take a file is said in our words, before the library's.
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
            throw .cannotWrite(path: path, reason: Self.folderProblem((path as NSString).deletingLastPathComponent))
        }
        do throws(WorkbookError) {
            let file = try XlsxFile(path: temporary, reportedAs: path, through: library)
            let names = SheetNames.unique(sheets.map(\.name))
            for (sheet, name) in zip(sheets, names) { try SheetWriter(sheet: sheet, in: file, named: name).write() }
            if sheets.isEmpty { try SheetWriter(sheet: TableSheet(name: "", tables: []), in: file, named: "Sheet 1").write() }
            try file.close()
            guard rename(temporary, destination.path) == 0 else {
                throw WorkbookError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    private static func library(_ loaded: Result<XlsxWriterLibrary, XlsxWriterLibrary.Unavailable>, writing path: String) throws(WorkbookError) -> XlsxWriterLibrary {
        switch loaded {
        case .success(let library): return library
        case .failure(let missing): throw .libraryMissing(path: path, reason: missing.reason)
        }
    }

    private static func folderProblem(_ folder: String) -> String {
        let folder = folder.isEmpty ? "." : folder
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else { return "the folder \(folder) does not exist" }
        return isFolder.boolValue ? "the folder \(folder) is not writable" : "\(folder) is not a folder"
    }
}

/// A libxlsxwriter workbook being written, owned here: closed (which writes the file and frees it) once,
/// by ``close()`` or, after a failure, by `deinit`.
final class XlsxFile {
    let handle: UnsafeMutablePointer<lxw_workbook>
    /// libxlsxwriter's functions.
    let lxw: cxlsx_functions
    let path: String
    private var closed = false
    private var formats: [String: UnsafeMutablePointer<lxw_format>] = [:]

    init(path: String, reportedAs shown: String, through library: XlsxWriterLibrary) throws(WorkbookError) {
        lxw = library.functions
        var options = lxw_workbook_options(constant_memory: 0, tmpdir: nil, use_zip64: 0)
        guard let handle = lxw.workbook_new_opt(path, &options) else {
            throw .library(path: shown, reason: "libxlsxwriter could not start a workbook (out of memory?)")
        }
        self.handle = handle
        self.path = shown
    }

    deinit { if !closed { _ = lxw.workbook_close(handle) } }

    func close() throws(WorkbookError) {
        closed = true
        try check(lxw.workbook_close(handle))
    }

    func addSheet(_ name: String) throws(WorkbookError) -> UnsafeMutablePointer<lxw_worksheet> {
        guard let sheet = lxw.workbook_add_worksheet(handle, name) else {
            throw .library(path: path, reason: "the sheet name \"\(name)\" was refused")
        }
        return sheet
    }

    /// One shared format per style (libxlsxwriter keeps a format per call otherwise).
    func format(_ style: CellStyle) throws(WorkbookError) -> UnsafeMutablePointer<lxw_format> {
        if let known = formats[style.key] { return known }
        guard let format = lxw.workbook_add_format(handle) else { throw .library(path: path, reason: "out of memory for a cell format") }
        style.apply(to: format, through: lxw)
        formats[style.key] = format
        return format
    }

    func check(_ status: lxw_error) throws(WorkbookError) {
        guard status != LXW_NO_ERROR else { return }
        throw .library(path: path, reason: lxw.lxw_strerror(status).map { String(cString: $0) } ?? "error \(status.rawValue)")
    }
}

/// How a cell looks: a header, a title, a note, or a number format.
enum CellStyle {
    case header, title, note, number(String)

    var key: String {
        switch self {
        case .header: "header"
        case .title: "title"
        case .note: "note"
        case .number(let format): "number:" + format
        }
    }

    func apply(to format: UnsafeMutablePointer<lxw_format>, through lxw: cxlsx_functions) {
        switch self {
        case .header:
            lxw.format_set_bold(format)
            lxw.format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue))
        case .title:
            lxw.format_set_bold(format)
            lxw.format_set_font_size(format, 13)
        case .note:
            lxw.format_set_italic(format)
        case .number(let text):
            lxw.format_set_num_format(format, text)
        }
    }
}
