import UptakeCore

/// One locality's applications of one sector over one month, as `application_months` stores them:
/// a record per day that has a row, in day order.
///
/// Packing a month into one row is what time-series stores do: an ingest writes about 30 times fewer
/// B-tree entries than with one row per day, and a question over a quarter reads three entries per
/// locality and sector. Records are fixed-width (little-endian), so one is found by its position:
/// the `applications` view's SQL function (``ChunkSQLFunction``) reads a field of a record without
/// decoding the rest. Written by hand: no library packs rows this way for SQLite.
///
/// A record's 29 bytes: the day of the month (1 byte); received, received_online, resolved,
/// resolved_online, synced and on_time (4 bytes each; ``missing`` for a field the input left out,
/// counts being at most 10⁹); the ingest that wrote the row (4 bytes).
enum MonthChunk {
    static let recordBytes = 29
    /// The value of a count the input left out.
    static let missing: UInt32 = .max
    /// The fields the SQL function reads, by number: 0 the day of the month, 1–6 the counts, 7 the ingest.
    static let fieldCount = 8

    struct Record: Equatable {
        var dayOfMonth: Int
        var counts: ApplicationCounts
        var ingestID: Int
    }

    /// How many records `bytes` holds.
    static func count(_ bytes: UnsafeRawBufferPointer) -> Int { bytes.count / recordBytes }

    static func append(_ r: Record, to bytes: inout [UInt8]) {
        precondition((1...31).contains(r.dayOfMonth) && r.ingestID >= 0 && r.ingestID < Int(missing), "a day of a month and an ingest id")
        let at = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: recordBytes))
        bytes.withUnsafeMutableBytes { store(dayOfMonth: UInt8(r.dayOfMonth), PackedCounts(r.counts), ingestID: UInt32(r.ingestID), at: $0.baseAddress! + at) }
    }

    /// The six counts as a record holds them (``missing`` for a field left out).
    struct PackedCounts: Equatable {
        var received: UInt32, receivedOnline: UInt32, resolved: UInt32, resolvedOnline: UInt32, synced: UInt32, onTime: UInt32

        init(_ c: ApplicationCounts) {
            func packed(_ v: Int64?) -> UInt32 { v.map { UInt32($0) } ?? MonthChunk.missing }
            (received, receivedOnline, resolved) = (UInt32(c.received), UInt32(c.receivedOnline), packed(c.resolved))
            (resolvedOnline, synced, onTime) = (packed(c.resolvedOnline), packed(c.synced), packed(c.onTime))
        }
    }

    /// Writes one record at `p` (29 bytes, unaligned, little-endian).
    static func store(dayOfMonth: UInt8, _ c: PackedCounts, ingestID: UInt32, at p: UnsafeMutableRawPointer) {
        p.storeBytes(of: dayOfMonth, as: UInt8.self)
        p.storeBytes(of: c.received.littleEndian, toByteOffset: 1, as: UInt32.self)
        p.storeBytes(of: c.receivedOnline.littleEndian, toByteOffset: 5, as: UInt32.self)
        p.storeBytes(of: c.resolved.littleEndian, toByteOffset: 9, as: UInt32.self)
        p.storeBytes(of: c.resolvedOnline.littleEndian, toByteOffset: 13, as: UInt32.self)
        p.storeBytes(of: c.synced.littleEndian, toByteOffset: 17, as: UInt32.self)
        p.storeBytes(of: c.onTime.littleEndian, toByteOffset: 21, as: UInt32.self)
        p.storeBytes(of: ingestID.littleEndian, toByteOffset: 25, as: UInt32.self)
    }

    /// Record `i` of `bytes`.
    static func record(_ bytes: UnsafeRawBufferPointer, at i: Int) -> Record {
        let base = i * recordBytes
        func count(_ k: Int) -> Int64? {
            let w = word(bytes, base + 1 + 4 * k)
            return w == missing ? nil : Int64(w)
        }
        let counts = ApplicationCounts(received: count(0) ?? 0, receivedOnline: count(1) ?? 0, resolved: count(2),
                                       resolvedOnline: count(3), synced: count(4), onTime: count(5))
        return Record(dayOfMonth: Int(bytes[base]), counts: counts, ingestID: Int(word(bytes, base + 25)))
    }

    /// Field `f` (0–7, see ``fieldCount``) of record `i`, or `nil` for a count left out.
    static func field(_ bytes: UnsafeRawBufferPointer, record i: Int, field f: Int) -> Int64? {
        let base = i * recordBytes
        if f == 0 { return Int64(bytes[base]) }
        let w = word(bytes, base + 1 + 4 * (f - 1))
        return f < 7 && w == missing ? nil : Int64(w)
    }

    static func records(_ bytes: UnsafeRawBufferPointer) -> [Record] {
        (0..<count(bytes)).map { record(bytes, at: $0) }
    }

    static func encode(_ records: [Record]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(records.count * recordBytes)
        for r in records { append(r, to: &bytes) }
        return bytes
    }

    private static func word(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))
    }
}

extension Day {
    /// The first day of this day's month, and this day's place in it (1–31): a month chunk's key and
    /// a record's day.
    var monthStartAndDay: (start: Day, dayOfMonth: Int) {
        let dayOfMonth = components.day
        return (Day(number: number - dayOfMonth + 1), dayOfMonth)
    }
}
