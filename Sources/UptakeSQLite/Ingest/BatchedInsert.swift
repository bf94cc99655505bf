import GRDB

/// The hot path of the pre-reform writer (one row per day, as filed): rows go `rowsPerInsert` to one multi-row
/// `INSERT … ON CONFLICT DO NOTHING` (one statement for many rows costs SQLite far less than one
/// each). When a statement inserts fewer rows than it was given (a key was already stored), it is
/// rolled back to a savepoint and those rows go one by one, so every row still gets its own outcome.
struct BatchedInsert {
    /// Rows per multi-row INSERT.
    static let rowsPerInsert = 64
    private let many: PreparedStatement
    private let savepoint: PreparedStatement
    private let release: PreparedStatement
    private let rollBack: PreparedStatement

    /// `insert` is `INSERT INTO table columns VALUES` without its tuples; `tuple` one row's "(?, …)".
    init(_ db: Database, insert: String, tuple: String) throws {
        let values = Array(repeating: tuple, count: BatchedInsert.rowsPerInsert).joined(separator: ", ")
        many = try PreparedStatement(db, "\(insert) \(values) ON CONFLICT DO NOTHING")
        savepoint = try PreparedStatement(db, "SAVEPOINT rows")
        release = try PreparedStatement(db, "RELEASE rows")
        rollBack = try PreparedStatement(db, "ROLLBACK TO rows")
    }

    /// Writes `rows`: `bind` binds row `j` of a full statement into it; `one` writes a row alone
    /// and says what happened to it.
    func write<Row>(_ rows: [Row], bind: (PreparedStatement, Row, _ j: Int) -> Void,
                    one: (Row) throws -> WriteOutcome) throws -> [WriteOutcome] {
        var outcomes: [WriteOutcome] = []
        outcomes.reserveCapacity(rows.count)
        let k = BatchedInsert.rowsPerInsert
        var start = 0
        while start + k <= rows.count {
            let chunk = rows[start..<start + k]
            try savepoint.execute()
            for (j, row) in chunk.enumerated() { bind(many, row, j) }
            if try many.execute() == k {
                try release.execute()
                outcomes.append(contentsOf: repeatElement(.inserted, count: k))
            } else {
                try rollBack.execute()
                try release.execute()
                for row in chunk { outcomes.append(try one(row)) }
            }
            start += k
        }
        for row in rows[start...] { outcomes.append(try one(row)) }
        return outcomes
    }
}
