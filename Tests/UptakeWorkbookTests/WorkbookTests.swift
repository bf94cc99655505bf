import Foundation
import Testing
import UptakeCore
import UptakeReport
import UptakeTestSupport
@testable import UptakeWorkbook

/// Workbooks written by libxlsxwriter and read back by ``XLSXReader`` (ZIPFoundation and XMLParser):
/// types, values, number formats, sheet names and Vietnamese text as Excel would find them.
@Suite struct WorkbookTests {
    /// Vietnamese names in NFC with their diacritics, a percent, a 12-digit count, points, a tiny p-value,
    /// a flag, a term, a name with characters a formula would start with, and an empty cell.
    static let table = Table(
        columns: ["code", "name", "sector", "received", "rate", "change", "p", "significant", "note"],
        rows: [
            [.text("01"), .text("Hà Nội"), .term(Sector.land.term), .integer(123_456_789_012), .percent(0.3273, digits: 2),
             .points(-0.0076, digits: 2), .pValue(0.000_01), .flag(true), .empty],
            [.text("46"), .text("Thừa Thiên Huế"), .term(Sector.civilStatus.term), .integer(0), .percent(.nan, digits: 1),
             .points(0.012, digits: 1), .pValue(0.25), .flag(false), .text("=1+1")],
        ],
        notes: ["Ghi chú: số liệu đến ngày 31/7/2025."])

    func written(_ sheets: [TableSheet], sourceLocation: SourceLocation = #_sourceLocation) throws -> XLSXReader {
        let dir = TemporaryDirectory()
        let path = dir.path + "/book.xlsx"
        try Workbook.write(sheets, to: path)
        return try XLSXReader(path: path)
    }

    @Test func numbersAreNumbersWithTheirFormats() throws {
        let book = try written([TableSheet(name: "rates", tables: [Self.table])])
        let sheet = try #require(book["rates"])
        #expect(sheet["D2"] == .init(value: .number(123_456_789_012), numberFormat: "#,##0", bold: false))
        #expect(sheet["E2"] == .init(value: .number(0.3273), numberFormat: "0.00%", bold: false))
        // Points are held as points (-0.76), signed, with their unit.
        #expect(sheet["F2"] == .init(value: .number(-0.76), numberFormat: "+0.00\" pp\";-0.00\" pp\";0.00\" pp\"", bold: false))
        #expect(sheet["F3"]?.numberFormat == "+0.0\" pp\";-0.0\" pp\";0.0\" pp\"")
        #expect(sheet["G2"] == .init(value: .number(0.000_01), numberFormat: "[<0.0001]0.00E+00;0.0000", bold: false))
        #expect(sheet["D3"]?.value == .number(0))
        #expect(sheet["G2"]?.value != .text("< 0.0001"))
    }

    @Test func textIsTextAndAnEmptyCellIsNoCell() throws {
        let sheet = try #require(try written([TableSheet(name: "rates", tables: [Self.table])])["rates"])
        // A code with its leading zero stays text.
        #expect(sheet["A2"]?.value == .text("01"))
        #expect(sheet["B2"]?.value == .text("Hà Nội"))
        #expect(sheet["B3"]?.value == .text("Thừa Thiên Huế"))
        #expect(Array(sheet["B3"].map { if case .text(let s) = $0.value { s } else { "" } }?.unicodeScalars ?? "".unicodeScalars)
                == Array("Thừa Thiên Huế".precomposedStringWithCanonicalMapping.unicodeScalars), "NFC, scalar for scalar")
        // For an analyst: the term's identifier, the flag a boolean.
        #expect(sheet["C2"]?.value == .text("land"))
        #expect(sheet["H2"]?.value == .boolean(true))
        #expect(sheet["H3"]?.value == .boolean(false))
        // A text that looks like a formula is text, never a formula.
        #expect(sheet["I3"]?.value == .text("=1+1"))
        #expect(sheet["I2"] == nil)
        // NaN has no place in Excel: an empty cell.
        #expect(sheet["E3"] == nil)
        #expect(sheet.cells.values.allSatisfy { if case .other = $0.value { false } else { true } })
    }

    @Test func theHeaderIsBoldFrozenAndFilteredAndTheNotesFollow() throws {
        let sheet = try #require(try written([TableSheet(name: "rates", tables: [Self.table])])["rates"])
        #expect(sheet["A1"] == .init(value: .text("code"), numberFormat: "General", bold: true))
        #expect(sheet["I1"]?.bold == true)
        #expect(sheet.frozenRows == 1)
        #expect(sheet.autoFilter == "A1:I3")
        #expect(sheet["A4"]?.value == .text("Ghi chú: số liệu đến ngày 31/7/2025."))
        // The name column is sized to "Thừa Thiên Huế" (14 characters) and a little more, the code column to the
        // minimum, 6 (libxlsxwriter stores a width with Excel's padding: 6 is 6.71).
        #expect(sheet.widths[2].map { $0 >= 16 && $0 <= 18 } == true, "\(sheet.widths)")
        #expect(sheet.widths[1].map { $0 >= 6 && $0 < 7 } == true, "\(sheet.widths)")
    }

    @Test func aVietnameseReaderGetsWordsAndTheSameNumbers() throws {
        let sheet = try #require(try written([TableSheet(name: "Tỷ lệ", tables: [Self.table.read(in: .vi)])])["Tỷ lệ"])
        #expect(sheet["B1"]?.value == .text(ColumnGlossary.header("name", in: .vi)))
        #expect(sheet["B1"]?.value == .text("tên"))
        #expect(sheet["C2"]?.value == .text(Sector.land.term.text(.vi)))
        #expect(sheet["H2"]?.value == .text("có"))
        #expect(sheet["H3"]?.value == .text("không"))
        // Numbers are numbers: Excel shows them in its reader's locale (1.234.567 in Vietnamese).
        #expect(sheet["D2"] == .init(value: .number(123_456_789_012), numberFormat: "#,##0", bold: false))
        #expect(sheet["F2"]?.numberFormat == "+0.00\" điểm %\";-0.00\" điểm %\";0.00\" điểm %\"")
    }

    @Test func sheetNamesAreMadeValidAndUnique() throws {
        let long = "Tỷ lệ hồ sơ trực tuyến của các xã, phường"
        let names = ["rates", "Rates", "a/b:c*d?[e]\\f", long, "", "'quoted'", long]
        let book = try written(names.map { TableSheet(name: $0, tables: [Table(columns: ["n"], rows: [[.integer(1)]])]) })
        let cut = "Tỷ lệ hồ sơ trực tuyến của các"
        #expect(book.sheets.map(\.name) == ["rates", "Rates (2)", "a b c d  e  f", cut, "Sheet 5", "quoted", "Tỷ lệ hồ sơ trực tuyến của (2)"])
        #expect(book.sheets.allSatisfy { $0.name.utf16.count <= 31 })
    }

    @Test func aReportPartHasItsTitleTablesAndSentences() throws {
        let part = TableSheet(name: "Xếp hạng", title: "Các tỉnh, thành phố xếp theo tỷ lệ hồ sơ trực tuyến",
                              lines: ["Hà Nội thấp nhất."], tables: [Self.table, Table(columns: ["n"], rows: [[.integer(7)]])])
        let sheet = try #require(try written([part])["Xếp hạng"])
        #expect(sheet["A1"]?.value == .text("Các tỉnh, thành phố xếp theo tỷ lệ hồ sơ trực tuyến"))
        #expect(sheet["A1"]?.bold == true)
        #expect(sheet["A3"]?.value == .text("code"))
        #expect(sheet.frozenRows == 3)
        #expect(sheet.autoFilter == nil, "two tables: no one range to filter")
        // rows 4-5 the table, 6 its note, 7 blank, 8-9 the second table, 10 blank, 11 the sentence.
        #expect(sheet["A8"]?.value == .text("n"))
        #expect(sheet["A9"]?.value == .number(7))
        #expect(sheet["A11"]?.value == .text("Hà Nội thấp nhất."))
    }

    @Test func anEmptyListOfSheetsIsStillAWorkbook() throws {
        #expect(try written([]).sheets.map(\.name) == ["Sheet 1"])
    }
}

/// A workbook appears whole or not at all.
@Suite struct WorkbookFailureTests {
    @Test func aMissingFolderIsSaidAndNothingIsWritten() throws {
        let dir = TemporaryDirectory()
        #expect(throws: WorkbookError.cannotWrite(path: dir.path + "/no/book.xlsx", reason: "the folder \(dir.path)/no does not exist")) {
            try Workbook.write([], to: dir.path + "/no/book.xlsx")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func aFailedRenameLeavesNoTemporaryFile() throws {
        let dir = TemporaryDirectory()
        // A folder where the workbook should go: the rename over it fails after the file was written.
        try FileManager.default.createDirectory(atPath: dir.path + "/book.xlsx", withIntermediateDirectories: false)
        #expect(throws: WorkbookError.self) { try Workbook.write([TableSheet(name: "a", tables: [WorkbookTests.table])], to: dir.path + "/book.xlsx") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["book.xlsx"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/book.xlsx").isEmpty)
    }

    @Test func aMissingLibraryIsSaidAndNothingIsWritten() throws {
        let dir = TemporaryDirectory()
        let path = dir.path + "/book.xlsx"
        let absent = XlsxWriterLibrary.load(soname: "libxlsxwriter-absent.so.4")
        let reason = "libxlsxwriter-absent.so.4: cannot open shared object file: No such file or directory"
        guard case .failure(let missing) = absent else { Issue.record("a library that is not there was loaded"); return }
        #expect(missing.reason == reason)
        #expect(throws: WorkbookError.libraryMissing(path: path, reason: reason)) {
            try Workbook.write([TableSheet(name: "a", tables: [WorkbookTests.table])], to: path, through: absent)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func aLibraryWithoutTheFunctionsIsRefused() {
        // zlib is there (libxlsxwriter needs it) and has none of libxlsxwriter's functions.
        let result = XlsxWriterLibrary.load(soname: "libz.so.1")
        guard case .failure(let missing) = result else { Issue.record("zlib taken for libxlsxwriter"); return }
        #expect(missing.reason.hasSuffix("libz.so.1: undefined symbol: workbook_new_opt"), "\(missing.reason)")
    }

    @Test func anExistingWorkbookIsReplacedWhole() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("book.xlsx", "old")
        try Workbook.write([TableSheet(name: "new", tables: [WorkbookTests.table])], to: path)
        #expect(try XLSXReader(path: path).sheets.map(\.name) == ["new"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["book.xlsx"])
    }
}
