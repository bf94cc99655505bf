import Foundation
import PostgresNIO
import UptakeCore
import UptakeStoreAPI

/// The alerting state in the data's database, as SQLite keeps it (migration v2-alerts here): alerts
/// and silences as JSON records, the outbox as rows.
extension PostgresStore: AlertStateStore {
    public func alertBook() async throws -> AlertBook {
        try await withConnection { c in
            let decoder = JSONDecoder()
            var book = AlertBook()
            for try await json in try await c.query("SELECT record FROM alert_state", logger: self.logger).decode(String.self) {
                let r = try decoder.decode(AlertRecord.self, from: Data(json.utf8))
                book.alerts[r.fingerprint] = r
            }
            for try await json in try await c.query("SELECT silence FROM alert_silences ORDER BY id", logger: self.logger).decode(String.self) {
                book.silences.append(try decoder.decode(AlertSilence.self, from: Data(json.utf8)))
            }
            for try await key in try await c.query("SELECT key FROM alert_notified", logger: self.logger).decode(String.self) { book.notified.insert(key) }
            for try await value in try await c.query("SELECT value FROM alert_meta WHERE key = 'last_evaluated'", logger: self.logger).decode(String.self) {
                book.lastEvaluated = Day(iso: value)
            }
            return book
        }
    }

    public func commit(_ book: AlertBook, outbox: [OutboxEntry]) async throws {
        try refuseWhenReadOnly()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try await withConnection { c in
            func run(_ q: PostgresQuery) async throws { _ = try await c.query(q, logger: self.logger).collect() }
            try await run("BEGIN")
            do {
                for table in ["alert_state", "alert_silences", "alert_notified", "alert_meta"] { try await run(PostgresQuery(unsafeSQL: "DELETE FROM \(table)")) }
                for r in book.alerts.values {
                    try await run("INSERT INTO alert_state (fingerprint, record) VALUES (\(r.fingerprint), \(String(decoding: try encoder.encode(r), as: UTF8.self)))")
                }
                for s in book.silences {
                    try await run("INSERT INTO alert_silences (id, silence) VALUES (\(s.id), \(String(decoding: try encoder.encode(s), as: UTF8.self)))")
                }
                for key in book.notified { try await run("INSERT INTO alert_notified (key) VALUES (\(key))") }
                if let day = book.lastEvaluated { try await run("INSERT INTO alert_meta (key, value) VALUES ('last_evaluated', \(day.description))") }
                for e in outbox {
                    try await run("""
                        INSERT INTO alert_outbox (id, receiver, payload, created_day, attempts, last_error)
                        VALUES (\(e.id), \(e.receiver), \(e.payload), \(e.created.number), \(e.attempts), \(e.lastError)) ON CONFLICT (id) DO NOTHING
                        """)
                }
                try await run("COMMIT")
            } catch {
                _ = try? await c.query("ROLLBACK", logger: self.logger).collect()
                throw error
            }
        }
    }

    public func outbox() async throws -> [OutboxEntry] {
        try await withConnection { c in
            var entries: [OutboxEntry] = []
            let rows = try await c.query("SELECT id, receiver, payload, created_day, attempts, last_error FROM alert_outbox ORDER BY seq", logger: self.logger)
            for try await (id, receiver, payload, created, attempts, lastError) in rows.decode((String, String, String, Int, Int, String?).self) {
                entries.append(OutboxEntry(id: id, receiver: receiver, payload: payload, created: Day(number: created), attempts: attempts, lastError: lastError))
            }
            return entries
        }
    }

    public func delivered(_ id: String) async throws {
        try refuseWhenReadOnly()
        try await withConnection { c in _ = try await c.query("DELETE FROM alert_outbox WHERE id = \(id)", logger: self.logger).collect() }
    }

    public func failed(_ id: String, error: String) async throws {
        try refuseWhenReadOnly()
        try await withConnection { c in
            _ = try await c.query("UPDATE alert_outbox SET attempts = attempts + 1, last_error = \(error) WHERE id = \(id)", logger: self.logger).collect()
        }
    }

    private func refuseWhenReadOnly() throws {
        if let readOnlyReason {
            throw QueryError("cannot store the alerting state: \(readOnlyReason)", hint: "run alerts against a writable database", code: .io)
        }
    }
}
