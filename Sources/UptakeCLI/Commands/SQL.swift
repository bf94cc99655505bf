import ArgumentParser
import Foundation
import UptakeReport
import UptakeStoreAPI
import UptakeSQLite

struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL query against the database, for what the commands do not cover.",
        discussion: """
            The connection is opened read-only and refuses writes, ATTACH and PRAGMA changes. Tables: \
            localities, sectors, applications (day as days since 1970-01-01), incidents, readiness, \
            ingests, locality_changes, agg_province_day, agg_province_month, agg_locality_month \
            (month = year*12 + month-1). applications is a view of application_months, which keeps one row \
            per month, locality and sector (month_start, a day number; days, 29 bytes a day): a query on \
            applications unpacks every month, so one question over a long range is faster on the aggregates.

            Exactly one statement runs; it is stopped after --time-limit seconds or --step-limit \
            SQLite steps. A value (a cell, a string being built) is at most 16 MiB and a statement \
            1 MiB; larger is refused with "string or blob too big". fts3_tokenizer, fts5 and \
            load_extension are refused. CSV and JSON are written as the rows come; the table is \
            sized on its first 1,000 rows and then written as they come too.

              uptake sql "select code, name from localities where level = 'province' order by name"
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The SQL statement (exactly one).")
    var statement: String

    @Option(name: .long, help: ArgumentHelp("Stop the query after this many seconds, from 0.1 to 86400.", valueName: "seconds"))
    var timeLimit: Double = 60

    @Option(name: .long, help: ArgumentHelp("Stop the query after this many SQLite steps.", valueName: "steps"))
    var stepLimit: Int64 = 2_000_000_000

    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard timeLimit.isFinite, (0.1...86_400).contains(timeLimit) else { throw ValidationError("--time-limit must be a number of seconds from 0.1 to 86400") }
        guard stepLimit > 0 else { throw ValidationError("--step-limit must be positive") }
    }

    func run() throws {
        try runReportingSync {
            // The statement's own read-only connection, without the store (no schema upgrade, no checkpoint).
            let connection = try database.openForQueries()
            let limits = QueryLimits(maxSteps: stepLimit, maxSeconds: timeLimit)
            func cells(_ row: [String?]) -> [Cell] { row.map { $0.map(Cell.text) ?? .empty } }
            if output.format == .markdown || output.writesWorkbook {
                var rows: [[Cell]] = []
                let columns = try connection.query(sql: statement, limits: limits) { rows.append(cells($0)) }
                if output.writesWorkbook { return try output.write(table: Table(columns: columns, rows: rows)) }
                output.write(Table(columns: columns, rows: rows).render(output.format))
                return
            }
            if output.format == .table {
                try writeTable(connection, limits: limits, cells: cells)
                return
            }
            // CSV and JSON go out row by row: a large result is never held in memory.
            let out = StdoutWriter()
            if output.excel { out.write("\u{FEFF}") }
            var stream: TableStream?
            defer { out.flush() }
            try connection.query(sql: statement, limits: limits, columns: { names in
                stream = TableStream(columns: names, format: output.format)
                out.write(output.spreadsheetSafe(stream?.start() ?? ""))
            }, row: { row in
                out.write(output.spreadsheetSafe(stream?.row(cells(row)) ?? ""))
            })
            out.write(stream?.end() ?? "")
        }
    }
}

extension SQL {
    /// How many rows size the table's columns before the rest are written as they come.
    static let tableSample = 1_000

    /// The table format without holding the result: the first rows size the columns (all of them when
    /// the result is small, so it prints as any table does), then each row is written as it comes.
    func writeTable(_ connection: ReadOnlySQLConnection, limits: QueryLimits, cells: ([String?]) -> [Cell]) throws {
        let out = StdoutWriter()
        defer { out.flush() }
        var names: [String] = []
        var sample: [[Cell]] = []
        var layout: TableLayout?
        func sizeOnSample() -> TableLayout {
            let sized = TableLayout(columns: names, sample: sample)
            out.write(sized.header() + sized.sampleLines())
            sample = []
            return sized
        }
        try connection.query(sql: statement, limits: limits, columns: { names = $0 }, row: { row in
            if let layout { return out.write(layout.line(cells(row))) }
            sample.append(cells(row))
            if sample.count == Self.tableSample { layout = sizeOnSample() }
        })
        if layout == nil { _ = sizeOnSample() }
    }
}

/// Writes to stdout in blocks of 64 KiB.
private final class StdoutWriter {
    private var buffer: [UInt8] = []

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
