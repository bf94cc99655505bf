import CXlsxWriter
import UptakeReport

/// One sheet: the title, then each table (header, rows, notes) with a blank row after it, then the sentences.
struct SheetWriter {
    let sheet: TableSheet
    let file: XlsxFile
    let name: String

    init(sheet: TableSheet, in file: XlsxFile, named name: String) {
        (self.sheet, self.file, self.name) = (sheet, file, name)
    }

    /// Excel's limit on a text cell.
    static let maxText = 32_767
    /// Column widths, in characters, that a long cell may not push past.
    static let widths = 6...60

    func write() throws(WorkbookError) {
        let page = try file.addSheet(name)
        var row: UInt32 = 0
        if let title = sheet.title {
            try text(page, row, 0, title, style: .title)
            row += 1
        }
        if row > 0 { row += 1 }
        var widths: [Int] = []
        for (index, table) in sheet.tables.enumerated() {
            let header = row
            let names = table.columns.map { ColumnGlossary.header($0, in: table.language) }
            for (column, name) in names.enumerated() { try text(page, row, UInt16(column), name, style: .header) }
            widths.widen(with: names.map(\.count))
            row += 1
            for cells in table.rows {
                let values = cells.map { WorkbookValue($0, in: table.language) }
                for (column, value) in values.enumerated() { try write(value, page, row, UInt16(column)) }
                widths.widen(with: values.map(\.shownWidth))
                row += 1
            }
            if index == 0 { file.lxw.worksheet_freeze_panes(page, header + 1, 0) }
            if sheet.tables.count == 1, !table.rows.isEmpty, !table.columns.isEmpty {
                try file.check(file.lxw.worksheet_autofilter(page, header, 0, row - 1, UInt16(table.columns.count - 1)))
            }
            for note in table.shownNotes {
                try text(page, row, 0, note, style: .note)
                row += 1
            }
            row += 1
        }
        // The sentences under the tables, so that a table's header stays near the top where it is frozen.
        for line in sheet.lines {
            try text(page, row, 0, line, style: nil)
            row += 1
        }
        for (column, width) in widths.enumerated() {
            let fitted = Double(min(max(width + 2, Self.widths.lowerBound), Self.widths.upperBound))
            try file.check(file.lxw.worksheet_set_column(page, UInt16(column), UInt16(column), fitted, nil))
        }
    }

    private func write(_ value: WorkbookValue, _ page: UnsafeMutablePointer<lxw_worksheet>, _ row: UInt32, _ column: UInt16) throws(WorkbookError) {
        switch value {
        case .number(let x, let format): try file.check(file.lxw.worksheet_write_number(page, row, column, x, try file.format(.number(format))))
        case .text(let s): try text(page, row, column, s, style: nil)
        case .boolean(let b): try file.check(file.lxw.worksheet_write_boolean(page, row, column, b ? 1 : 0, nil))
        case .blank: break  // an empty cell is no cell
        }
    }

    private func text(_ page: UnsafeMutablePointer<lxw_worksheet>, _ row: UInt32, _ column: UInt16, _ s: String, style: CellStyle?) throws(WorkbookError) {
        // Cut to Excel's limit rather than refuse the workbook (no table here comes near it).
        let shown = s.unicodeScalars.count > Self.maxText ? String(String.UnicodeScalarView(s.unicodeScalars.prefix(Self.maxText))) : s
        let format = try style.map { style throws(WorkbookError) in try file.format(style) }
        try file.check(file.lxw.worksheet_write_string(page, row, column, shown, format))
    }
}

private extension Array where Element == Int {
    /// Each column's width so far, widened to `widths` where they are wider.
    mutating func widen(with widths: [Int]) {
        if count < widths.count { append(contentsOf: repeatElement(0, count: widths.count - count)) }
        for (i, w) in widths.enumerated() where w > self[i] { self[i] = w }
    }
}
