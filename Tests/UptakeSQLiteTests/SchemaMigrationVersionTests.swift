import GRDB
import Testing
@testable import UptakeSQLite

/// `Schema.userVersion` is how a newer database is told apart (it is opened read-only): every
/// migration must raise `user_version` by one, and `Schema.userVersion` must be the last one's.
@Suite struct SchemaMigrationVersionTests {
    @Test func everyMigrationRaisesTheUserVersion() throws {
        let migrator = Schema.migrator
        #expect(migrator.migrations.count == Schema.userVersion,
                "\(migrator.migrations.count) migrations but Schema.userVersion = \(Schema.userVersion): raise it with the new migration")
        let queue = try DatabaseQueue()
        for (index, identifier) in migrator.migrations.enumerated() {
            try migrator.migrate(queue, upTo: identifier)
            let version = try queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
            #expect(version == index + 1, "migration \(identifier) must end with PRAGMA user_version = \(index + 1)")
        }
    }
}
