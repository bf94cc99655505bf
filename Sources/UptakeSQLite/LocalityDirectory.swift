import GRDB
import UptakeCore
import UptakeStoreAPI

extension LocalityDirectory {
    /// Loads every stored locality.
    init(_ db: Database) throws {
        self.init(capacity: try Int.fetchOne(db, sql: "SELECT count(*) FROM localities") ?? 0)
        // Read through the raw statement, column by column (no array per row): every query starts by loading
        // the 3,355 localities, and GRDB's row decoding was most of a rates query's time in profiles.
        let statement = try PreparedStatement(db, """
            SELECT l.id, l.parent_id, l.code, p.code, l.level, l.name, l.full_name, l.name_en, l.unit_type
            FROM localities l LEFT JOIN localities p ON p.id = l.parent_id
            """)
        try statement.forEachRow { row in
            let locality = Locality(code: row.text(2) ?? "", parentCode: row.text(3), level: LocalityLevel(rawValue: row.text(4) ?? "") ?? .commune,
                                    name: row.text(5) ?? "", fullName: row.text(6), nameEn: row.text(7), unitType: row.text(8))
            add(Entry(id: Int(row.int(0)), locality: locality, parentID: row.optionalInt(1).map(Int.init)))  // id: the primary key, never NULL
        }
    }
}
