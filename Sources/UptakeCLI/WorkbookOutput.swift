import ArgumentParser
import Foundation
import UptakeReport
import UptakeWorkbook

/// `--format`'s choices: the text formats, and xlsx, a workbook written to `--out`.
enum FormatChoice: String, CaseIterable, ExpressibleByArgument {
    case table, csv, json, markdown, xlsx

    /// The text format, or `nil` for the workbook.
    var text: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

extension FormatOptions {
    /// `--format xlsx` needs `--out FILE.xlsx`; `--out` goes with it only.
    func validateWorkbook() throws {
        switch (choice, out) {
        case (.xlsx, nil):
            throw ValidationError("--format xlsx writes a workbook to a file: give it with --out FILE.xlsx")
        case (.xlsx, let file?) where URL(fileURLWithPath: file).pathExtension.lowercased() != "xlsx":
            throw ValidationError("--out must end in .xlsx (Excel opens a workbook by its extension): \(file)")
        case (.xlsx, let file?):
            // libxlsxwriter is loaded only for a workbook: a missing one is said now, not after the command's work.
            do { try Workbook.requireLibrary(writing: file) } catch { throw report(error) }
        case (_, _?) where choice != .xlsx:
            throw ValidationError("--out goes with --format xlsx (the other formats print to standard output)")
        default:
            break
        }
    }

    /// Whether the answer goes to a workbook rather than standard output.
    var writesWorkbook: Bool { choice == .xlsx }

    /// Writes `sheets` as the workbook `--out` names (through a symbolic link to the file it names),
    /// whole or not at all, and says so on stderr.
    func writeWorkbook(_ sheets: [TableSheet]) throws {
        guard let out else { return }
        try Workbook.write(sheets, to: OutputFile.shown(out))
        printError("wrote \(out) (\(sheets.count) sheet\(sheets.count == 1 ? "" : "s"))")
    }

    /// Sheets are named after the workbook's file (`rates-july.xlsx`: `rates-july`, or `rates-july 1`, `rates-july 2`).
    var sheetName: String { out.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "" }

    /// Writes a result rendered through ``ResultRendering`` in the chosen format, or as a workbook.
    func write(result: some ResultRendering) throws {
        if writesWorkbook { return try writeWorkbook(result.sheets(named: sheetName, in: lang)) }
        write(result.render(format, in: lang))
    }

    /// Writes a table in the chosen format, or as a workbook.
    func write(table: Table) throws {
        if writesWorkbook { return try writeWorkbook(TableSheet.named(sheetName, [table.read(in: lang)])) }
        write(table)
    }
}

extension OutputFile {
    /// `path` as given, or the file its symbolic link names: where a workbook goes, in the user's words.
    static func shown(_ path: String) -> String {
        let target = target(of: path)
        return target == URL(fileURLWithPath: path) ? path : target.path
    }
}
