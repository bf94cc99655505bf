import Foundation
import GRDB
import UptakeCore
import UptakeStoreAPI

/// The alerting state in the data's database (migration v3-alerts): alerts as JSON records, so the
/// record can grow without migrations; the outbox as rows, so a delivery touches one row.
extension SQLiteStore: AlertStateStore {
    public func alertBook() async throws -> AlertBook {
        try await queue.read { db in
            let decoder = JSONDecoder()
            var book = AlertBook()
            for json in try String.fetchAll(db, sql: "SELECT record FROM alert_state") {
                let r = try decoder.decode(AlertRecord.self, from: Data(json.utf8))
                book.alerts[r.fingerprint] = r
            }
            book.silences = try String.fetchAll(db, sql: "SELECT silence FROM alert_silences ORDER BY id")
                .map { try decoder.decode(AlertSilence.self, from: Data($0.utf8)) }
            book.notified = Set(try String.fetchAll(db, sql: "SELECT key FROM alert_notified"))
            book.lastEvaluated = try String.fetchOne(db, sql: "SELECT value FROM alert_meta WHERE key = 'last_evaluated'").flatMap { Day(iso: $0) }
            return book
        }
    }

    public func commit(_ book: AlertBook, outbox: [OutboxEntry]) async throws {
        try refuseWhenReadOnly()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try await queue.write { db in
            try db.execute(sql: "DELETE FROM alert_state; DELETE FROM alert_silences; DELETE FROM alert_notified; DELETE FROM alert_meta")
            for r in book.alerts.values {
                try db.execute(sql: "INSERT INTO alert_state (fingerprint, record) VALUES (?, ?)",
                               arguments: [r.fingerprint, String(decoding: try encoder.encode(r), as: UTF8.self)])
            }
            for s in book.silences {
                try db.execute(sql: "INSERT INTO alert_silences (id, silence) VALUES (?, ?)",
                               arguments: [s.id, String(decoding: try encoder.encode(s), as: UTF8.self)])
            }
            for key in book.notified { try db.execute(sql: "INSERT INTO alert_notified (key) VALUES (?)", arguments: [key]) }
            if let day = book.lastEvaluated {
                try db.execute(sql: "INSERT INTO alert_meta (key, value) VALUES ('last_evaluated', ?)", arguments: [day.description])
            }
            for e in outbox {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO alert_outbox (id, receiver, payload, created_day, attempts, last_error) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [e.id, e.receiver, e.payload, e.created.number, e.attempts, e.lastError])
            }
        }
    }

    public func outbox() async throws -> [OutboxEntry] {
        try await queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, receiver, payload, created_day, attempts, last_error FROM alert_outbox ORDER BY seq").map {
                OutboxEntry(id: $0["id"], receiver: $0["receiver"], payload: $0["payload"], created: Day(number: $0["created_day"]),
                            attempts: $0["attempts"], lastError: $0["last_error"])
            }
        }
    }

    public func delivered(_ id: String) async throws {
        try refuseWhenReadOnly()
        try await queue.write { db in try db.execute(sql: "DELETE FROM alert_outbox WHERE id = ?", arguments: [id]) }
    }

    public func failed(_ id: String, error: String) async throws {
        try refuseWhenReadOnly()
        try await queue.write { db in
            try db.execute(sql: "UPDATE alert_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?", arguments: [error, id])
        }
    }

    private func refuseWhenReadOnly() throws {
        if let readOnlyReason {
            throw QueryError("cannot store the alerting state: \(readOnlyReason)", hint: "run alerts against a writable database", code: .io)
        }
    }
}
