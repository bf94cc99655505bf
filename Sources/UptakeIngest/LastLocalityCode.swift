/// The last locality code a file named and what it resolved to: files list a locality's sectors
/// together (twelve rows in a row in a national export), so most rows skip the directory's hashed
/// lookup. The resolver it wraps must not change during the ingest (both the directory and the
/// crosswalk are fixed when the file starts).
final class LastLocalityCode {
    private let resolve: (UnsafeRawBufferPointer) -> Int?
    /// The last code packed in two integers (codes are at most 12 bytes), read in one access.
    private var last = (code: PackedName(), id: Int?.none)

    init(_ resolve: @escaping (UnsafeRawBufferPointer) -> Int?) { self.resolve = resolve }

    func id(for bytes: UnsafeRawBufferPointer) -> Int? {
        guard let code = PackedName(bytes) else { return resolve(bytes) }
        let seen = last
        if seen.code == code { return seen.id }
        let found = resolve(bytes)
        last = (code, found)
        return found
    }
}

/// A name of at most 16 bytes as two integers and its length, so comparing two costs three
/// integer comparisons (the ingest compares every row's locality code and sector name).
struct PackedName: Equatable {
    var low: UInt64 = 0, high: UInt64 = 0, count = -1

    init() {}

    init?(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count <= 16 else { return nil }
        count = bytes.count
        for i in 0..<bytes.count {
            if i < 8 { low |= UInt64(bytes[i]) << (8 * i) } else { high |= UInt64(bytes[i]) << (8 * (i - 8)) }
        }
    }
}
