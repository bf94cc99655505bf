import GRDB
import UptakeCore
import UptakeStoreAPI

/// The database schema, as GRDB migrations so that later versions can evolve it in place.
///
/// Keys are integers laid out for appends in time: raw applications are packed one row per (month,
/// locality, sector) (`application_months`, see ``MonthChunk``), so a month's file appends at the end
/// of the B-tree. Aggregates that queries need are kept at ingest:
/// province × sector × day, province × sector × month, and locality × sector × month.
enum Schema {
    static let sumColumns = CountSums.columnNames
    /// The `user_version` the last migration sets; a database with a higher one is newer than this code.
    /// Migration n sets `user_version = n`: raise this with every migration (SchemaMigrationVersionTests).
    static let userVersion = 8

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE localities (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE,
                    parent_id INTEGER REFERENCES localities(id),
                    level TEXT NOT NULL CHECK (level IN ('province', 'commune')),
                    name TEXT NOT NULL,
                    full_name TEXT, name_en TEXT, unit_type TEXT);
                CREATE INDEX localities_parent ON localities(parent_id);
                CREATE TABLE sectors (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
                INSERT INTO sectors (name) VALUES ('all');
                CREATE TABLE ingests (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL, sha256 TEXT NOT NULL, kind TEXT NOT NULL, format TEXT NOT NULL,
                    ingested_at TEXT NOT NULL,
                    rows INTEGER NOT NULL DEFAULT 0, inserted INTEGER NOT NULL DEFAULT 0, revised INTEGER NOT NULL DEFAULT 0,
                    unchanged INTEGER NOT NULL DEFAULT 0, rejected INTEGER NOT NULL DEFAULT 0);
                CREATE INDEX ingests_sha ON ingests(sha256);
                CREATE TABLE applications (
                    day INTEGER NOT NULL, locality_id INTEGER NOT NULL, sector_id INTEGER NOT NULL,
                    received INTEGER NOT NULL, received_online INTEGER NOT NULL,
                    resolved INTEGER, resolved_online INTEGER, synced INTEGER, on_time INTEGER,
                    ingest_id INTEGER NOT NULL,
                    PRIMARY KEY (day, locality_id, sector_id)) WITHOUT ROWID;
                CREATE TABLE incidents (
                    id INTEGER PRIMARY KEY,
                    start TEXT NOT NULL, start_day INTEGER NOT NULL, "end" TEXT, end_day INTEGER,
                    locality_id INTEGER NOT NULL,
                    system TEXT NOT NULL, kind TEXT NOT NULL, errors INTEGER, note TEXT,
                    ingest_id INTEGER NOT NULL,
                    UNIQUE (start, locality_id, system, kind));
                CREATE TABLE readiness (
                    locality_id INTEGER NOT NULL, criterion TEXT NOT NULL, day INTEGER NOT NULL,
                    value TEXT NOT NULL, ingest_id INTEGER NOT NULL,
                    PRIMARY KEY (locality_id, criterion, day)) WITHOUT ROWID;
                """)
            for table in AggregateTable.allCases {
                let sums = sumColumns.map { "\($0) INTEGER NOT NULL" }.joined(separator: ", ")
                try db.execute(sql: """
                    CREATE TABLE \(table.rawValue) (\(table.keyColumn) INTEGER NOT NULL, sector_id INTEGER NOT NULL,
                        \(table.timeColumn) INTEGER NOT NULL, \(sums),
                        PRIMARY KEY (\(table.keyColumn), sector_id, \(table.timeColumn))) WITHOUT ROWID
                    """)
            }
            // Each migration sets user_version to its number (v1 had left it at 0; harmless to add:
            // databases that ran v1 already are at 2 after v2).
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        migrator.registerMigration("v2-locality-changes") { db in
            // Each accepted change of a unit's parent or level (ingest with allowReparent).
            try db.execute(sql: """
                CREATE TABLE locality_changes (
                    id INTEGER PRIMARY KEY,
                    ingest_id INTEGER NOT NULL,
                    code TEXT NOT NULL,
                    old_parent_code TEXT, new_parent_code TEXT,
                    old_level TEXT NOT NULL, new_level TEXT NOT NULL);
                PRAGMA user_version = 2;
                """)
        }
        migrator.registerMigration("v3-alerts") { db in
            // Alerting state (issue 13): one JSON record per alert, silences, the keys of notifications
            // already made, and the outbox of notifications not yet accepted by their receiver.
            try db.execute(sql: """
                CREATE TABLE alert_state (fingerprint TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE alert_silences (id TEXT PRIMARY KEY, silence TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE alert_notified (key TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE TABLE alert_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE alert_outbox (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE, receiver TEXT NOT NULL, payload TEXT NOT NULL,
                    created_day INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT);
                PRAGMA user_version = 3;
                """)
        }
        migrator.registerMigration("v4-tasks") { db in
            // Plan tasks (issue 17): one row per task and record date, so a task's history replays
            // as of any day. owner_locality_id is set when the owner is a locality, else NULL.
            try db.execute(sql: """
                CREATE TABLE tasks (
                    id TEXT NOT NULL, day INTEGER NOT NULL,
                    plan TEXT NOT NULL, task_group TEXT NOT NULL, title TEXT,
                    owner TEXT NOT NULL, owner_locality_id INTEGER REFERENCES localities(id),
                    due INTEGER NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
                    completed INTEGER, evidence TEXT, ingest_id INTEGER NOT NULL,
                    PRIMARY KEY (id, day)) WITHOUT ROWID;
                CREATE INDEX tasks_day ON tasks(day);
                PRAGMA user_version = 4;
                """)
        }
        migrator.registerMigration("v5-tokens") { db in
            // The server's bearer tokens: the SHA-256 of the secret, never the secret.
            try db.execute(sql: """
                CREATE TABLE api_tokens (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, scopes TEXT NOT NULL,
                    secret_hash TEXT NOT NULL UNIQUE, created TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
                PRAGMA user_version = 5;
                """)
        }
        migrator.registerMigration("v6-pre-reform") { db in
            // Applications filed in pre-reform units (issue 26), as filed: keyed by the old unit's code
            // (text: a commune's 5 digits, an island district's 3), folded into today's units when read.
            try db.execute(sql: """
                CREATE TABLE applications_pre2025 (
                    day INTEGER NOT NULL, old_code TEXT NOT NULL, sector_id INTEGER NOT NULL,
                    received INTEGER NOT NULL, received_online INTEGER NOT NULL,
                    resolved INTEGER, resolved_online INTEGER, synced INTEGER, on_time INTEGER,
                    ingest_id INTEGER NOT NULL,
                    PRIMARY KEY (day, old_code, sector_id)) WITHOUT ROWID;
                PRAGMA user_version = 6;
                """)
        }
        migrator.registerMigration("v7-month-chunks") { db in
            // Applications packed one row per month, locality and sector (issue 27: an ingest writes
            // ~30 times fewer B-tree entries); `applications` becomes a view of the same columns.
            try db.execute(sql: """
                CREATE TABLE application_months (
                    month_start INTEGER NOT NULL, locality_id INTEGER NOT NULL, sector_id INTEGER NOT NULL,
                    days BLOB NOT NULL,
                    PRIMARY KEY (month_start, locality_id, sector_id)) WITHOUT ROWID;
                """)
            try MonthChunkMigration.pack(db)
            try db.execute(sql: "DROP TABLE applications")
            try db.execute(sql: ChunkSQLFunction.applicationsView)
            try db.execute(sql: "PRAGMA user_version = 7")
        }
        migrator.registerMigration("v8-old-unit-marks") { db in
            // Incidents and readiness filed in pre-reform units (issue 26) are stored against today's
            // units with the old unit's code, part of the key (two old units that went into one commune
            // keep a row each), and whether the row was copied to each part of a divided unit.
            // SQLite cannot change a key in place: both tables are rebuilt (they are small).
            try db.execute(sql: """
                CREATE TABLE incidents_v8 (
                    id INTEGER PRIMARY KEY,
                    start TEXT NOT NULL, start_day INTEGER NOT NULL, "end" TEXT, end_day INTEGER,
                    locality_id INTEGER NOT NULL,
                    system TEXT NOT NULL, kind TEXT NOT NULL, errors INTEGER, note TEXT,
                    ingest_id INTEGER NOT NULL,
                    old_code TEXT NOT NULL DEFAULT '', allocated INTEGER NOT NULL DEFAULT 0,
                    UNIQUE (start, locality_id, system, kind, old_code));
                INSERT INTO incidents_v8 (id, start, start_day, "end", end_day, locality_id, system, kind, errors, note, ingest_id)
                    SELECT id, start, start_day, "end", end_day, locality_id, system, kind, errors, note, ingest_id FROM incidents;
                DROP TABLE incidents;
                ALTER TABLE incidents_v8 RENAME TO incidents;
                CREATE TABLE readiness_v8 (
                    locality_id INTEGER NOT NULL, criterion TEXT NOT NULL, day INTEGER NOT NULL,
                    old_code TEXT NOT NULL DEFAULT '',
                    value TEXT NOT NULL, ingest_id INTEGER NOT NULL, allocated INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (locality_id, criterion, day, old_code)) WITHOUT ROWID;
                INSERT INTO readiness_v8 (locality_id, criterion, day, value, ingest_id)
                    SELECT locality_id, criterion, day, value, ingest_id FROM readiness;
                DROP TABLE readiness;
                ALTER TABLE readiness_v8 RENAME TO readiness;
                PRAGMA user_version = 8;
                """)
        }
        return migrator
    }
}
