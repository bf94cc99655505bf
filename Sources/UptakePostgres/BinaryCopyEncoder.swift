import NIOCore

/// Rows for `COPY … FROM STDIN (FORMAT binary)` in PostgreSQL's binary copy format
/// (https://www.postgresql.org/docs/current/sql-copy.html, "Binary Format"): the 11-byte signature,
/// a 32-bit flags field and a 32-bit header-extension length, then per row a 16-bit field count
/// and each field as a 32-bit byte length (−1 for NULL) followed by its value in network byte
/// order; a field count of −1 ends the data.
///
/// Hand-written because postgres-nio 1.33 offers COPY in text format only; only the type the
/// staging table holds is needed (`integer`). Checked against bytes PostgreSQL's own
/// `COPY … TO STDOUT (FORMAT binary)` wrote (Tests/UptakeSQLiteTests/BinaryCopy).
struct BinaryCopyEncoder {
    static let signature: [UInt8] = Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00]

    /// What has been encoded and not yet taken.
    private(set) var buffer: ByteBuffer

    init() {
        buffer = ByteBuffer()
        buffer.writeBytes(Self.signature)
        buffer.writeInteger(UInt32(0))  // flags: no OIDs
        buffer.writeInteger(UInt32(0))  // no header extension
    }

    mutating func beginRow(fields: Int16) { buffer.writeInteger(fields) }

    mutating func append(_ value: Int32) {
        buffer.writeInteger(Int32(4))
        buffer.writeInteger(value)
    }

    mutating func append(_ value: Int32?) {
        if let value { append(value) } else { buffer.writeInteger(Int32(-1)) }
    }

    /// Ends the data; nothing may be appended after it.
    mutating func finish() { buffer.writeInteger(Int16(-1)) }

    /// The bytes encoded so far, leaving the encoder empty (header and rows are not repeated).
    mutating func take() -> ByteBuffer {
        let taken = buffer
        buffer = ByteBuffer()
        buffer.reserveCapacity(taken.readableBytes)
        return taken
    }

    var isEmpty: Bool { buffer.readableBytes == 0 }
}
