import PostgresNIO
import UptakeCore
import UptakeStoreAPI

/// Applications rows filed in pre-reform units (issue 26), as SQLite's `PreReformWriter` stores them:
/// as filed, keyed (day, old unit's code, sector), a new key inserted, a stored key with other counts
/// revised, the same counts unchanged; no aggregate moves (the rows are folded into today's units when
/// read). The rows arrive in `stage_applications` like today's, `locality_id` holding the old unit's
/// index in ``ReformCrosswalk/vietnam2025``; the codes are bound once as an array and looked up in SQL.
extension PostgresIngestWriter {
    /// Every old unit's code, in the crosswalk's order (`$1[index + 1]`: SQL arrays count from 1).
    static let oldCodes = ReformCrosswalk.vietnam2025.units.map(\.code)
    static let oldCodeOfStaged = "($1::text[])[s.locality_id + 1]"

    /// Counts the staged rows that are new, revised or unchanged against `applications_pre2025`.
    func countPreReform() async throws -> IngestCounts {
        guard staged > 0 else { return IngestCounts() }
        try await sql("ANALYZE stage_applications")
        var binds = PostgresBindings()
        binds.append(Self.oldCodes)
        var counts = IngestCounts()
        for try await (inserted, revised) in try await connection.query(PostgresQuery(unsafeSQL: """
            SELECT COUNT(*) FILTER (WHERE a.day IS NULL), COUNT(*) FILTER (WHERE a.day IS NOT NULL AND \(Self.differs))
            FROM stage_applications s
            LEFT JOIN applications_pre2025 a ON a.day = s.day AND a.old_code = \(Self.oldCodeOfStaged) AND a.sector_id = s.sector_id
            """, binds: binds), logger: logger).decode((Int, Int).self) {
            counts = IngestCounts(inserted: inserted, revised: revised, unchanged: staged - inserted - revised)
        }
        return counts
    }

    /// Writes the staged rows into `applications_pre2025`, a stored key taking the file's counts and
    /// this ingest's id (as SQLite does for a revised or unchanged row).
    func mergePreReform() async throws {
        guard staged > 0 else { return }
        let counts = Self.countColumns
        var binds = PostgresBindings()
        binds.append(Self.oldCodes)
        binds.append(ingestID)
        try await sql(PostgresQuery(unsafeSQL: """
            INSERT INTO applications_pre2025 (day, old_code, sector_id, \(counts.joined(separator: ", ")), ingest_id)
            SELECT s.day, \(Self.oldCodeOfStaged), s.sector_id, \(counts.map { "s.\($0)" }.joined(separator: ", ")), $2
            FROM stage_applications s
            ON CONFLICT (day, old_code, sector_id) DO UPDATE SET
                \(counts.map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ", ")), ingest_id = EXCLUDED.ingest_id
            """, binds: binds))
    }

    /// The old unit a row of this file keeps: its code as filed in a pre-reform file, none otherwise.
    func oldUnitMark(_ filedLocality: String?) -> OldUnitMark { OldUnitMark(preReform ? filedLocality : nil) }
}
