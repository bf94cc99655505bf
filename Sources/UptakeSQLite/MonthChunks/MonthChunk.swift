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
        bytes.append(UInt8(r.dayOfMonth))
        let c = r.counts
        appendWord(UInt32(c.received), to: &bytes)
        appendWord(UInt32(c.receivedOnline), to: &bytes)
        appendWord(c.resolved.map { UInt32($0) } ?? missing, to: &bytes)
        appendWord(c.resolvedOnline.map { UInt32($0) } ?? missing, to: &bytes)
        appendWord(c.synced.map { UInt32($0) } ?? missing, to: &bytes)
        appendWord(c.onTime.map { UInt32($0) } ?? missing, to: &bytes)
        appendWord(UInt32(r.ingestID), to: &bytes)
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

    private static func appendWord(_ w: UInt32, to bytes: inout [UInt8]) {
        bytes.append(UInt8(truncatingIfNeeded: w))
        bytes.append(UInt8(truncatingIfNeeded: w >> 8))
        bytes.append(UInt8(truncatingIfNeeded: w >> 16))
        bytes.append(UInt8(truncatingIfNeeded: w >> 24))
    }

    private static func word(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
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
