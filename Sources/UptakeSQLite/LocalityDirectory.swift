import GRDB
import UptakeCore
import UptakeStoreAPI

extension LocalityDirectory {
    /// Loads every stored locality.
    init(_ db: Database) throws {
        self.init()
        // Read through the raw statement: every query starts by loading the 3,355 localities, and
        // GRDB's row decoding was most of a rates query's time in profiles.
        let statement = try PreparedStatement(db, """
            SELECT l.id, l.parent_id, l.code, p.code, l.level, l.name, l.full_name, l.name_en, l.unit_type
            FROM localities l LEFT JOIN localities p ON p.id = l.parent_id
            """)
        try statement.forEachRow(integers: 2, texts: 7) { ints, texts in
            let locality = Locality(code: texts[0] ?? "", parentCode: texts[1], level: LocalityLevel(rawValue: texts[2] ?? "") ?? .commune,
                                    name: texts[3] ?? "", fullName: texts[4], nameEn: texts[5], unitType: texts[6])
            guard let id = ints[0] else { return }  // the primary key: never NULL
            add(Entry(id: Int(id), locality: locality, parentID: ints[1].map(Int.init)))
        }
    }
}
