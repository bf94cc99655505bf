import ArgumentParser
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
            ingests, agg_province_day, agg_province_month, agg_locality_month (month = year*12 + month-1).

              uptake sql "select code, name from localities where level = 'province' order by name"
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The SQL statement.")
    var statement: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        try runReportingSync {
            let result = try database.openExisting().query(sql: statement)
            let table = Table(columns: result.columns, rows: result.rows.map { $0.map { $0.map(Cell.text) ?? .empty } })
            output.write(table.render(output.format))
        }
    }
}
