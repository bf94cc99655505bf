import GRDB
import UptakeCore
import UptakeStoreAPI

final class ApplicationSink: RowSink {
    let validator: RowValidator
    let writer: ApplicationWriter
    let allSectorID: Int
    /// The CSV header's columns, worked out on the first row (JSON rows name their own fields).
    private var columns: ApplicationColumns?
    private let isCSV: Bool

    let directory: LocalityDirectory
    let sectors: SectorTable

    init(_ db: Database, ingestID: Int, directory: LocalityDirectory, sectors: SectorTable, isCSV: Bool) throws {
        self.directory = directory
        self.sectors = sectors
        validator = RowValidator(resolveLocality: { directory.id(forCodeBytes: $0) }, resolveSector: { sectors.id(for: $0) })
        allSectorID = Array(Sector.all.name.utf8).withUnsafeBytes { sectors.id(for: $0) }
        let provinces = directory.provinceIndex()
        writer = try ApplicationWriter(db, ingestID: ingestID, maxLocalityID: provinces.count - 1, provinceOf: { $0 < provinces.count && provinces[$0] > 0 ? provinces[$0] : $0 })
        self.isCSV = isCSV
    }

    func accept(_ row: RawRow, map: FieldMap, write: Bool) throws -> Checked<ApplicationWriter.Outcome> {
        if isCSV, columns == nil { columns = ApplicationColumns(map) }
        if let columns, let value = validator.fastApplication(row, columns: columns, allSectorID: allSectorID) {
            return try store(value, row, map: map, write: write)
        }
        switch validator.application(row, map: map) {
        case .invalid(let problems): return .invalid(problems)
        case .valid(let value): return try store(value, row, map: map, write: write)
        }
    }

    private func store(_ value: ApplicationRow, _ row: RawRow, map: FieldMap, write: Bool) throws -> Checked<ApplicationWriter.Outcome> {
        guard write else { return .valid(.unchanged) }
        let f = FieldReader(row: row, map: map, schema: InputKind.applications.schema)
        return try self.write(value, line: row.line, dateColumn: f.column("date"))
    }

    /// Writes a checked row; a key this ingest already wrote is a duplicate within the file.
    func write(_ value: ApplicationRow, line: Int, dateColumn: Int) throws -> Checked<ApplicationWriter.Outcome> {
        let outcome = try writer.write(value)
        guard outcome == .duplicate else { return .valid(outcome) }
        return .invalid([duplicateProblem(value, line: line, dateColumn: dateColumn)])
    }

    func duplicateProblem(_ value: ApplicationRow, line: Int, dateColumn: Int) -> RowProblem {
        RowProblem(line: line, column: dateColumn,
                   message: "duplicate key (\(key(value))): the same date, locality and sector appear earlier in this file",
                   hint: duplicateHint)
    }

    func key(_ value: ApplicationRow) -> String {
        "\(value.day), \(directory.locality(id: value.localityID)?.code ?? "?"), \(sectors.name(of: value.sectorID) ?? "?")"
    }

    /// A row as CSV text, for a reject file when the original text is no longer at hand.
    func describe(_ value: ApplicationRow) -> String {
        let c = value.counts
        func s(_ v: Int64?) -> String { v.map(String.init) ?? "" }
        return "\(key(value).replacingOccurrences(of: ", ", with: ",")),\(c.received),\(c.receivedOnline),\(s(c.resolved)),\(s(c.resolvedOnline)),\(s(c.synced)),\(s(c.onTime))"
    }

    func finish() throws { try writer.deltas.flush() }
}
