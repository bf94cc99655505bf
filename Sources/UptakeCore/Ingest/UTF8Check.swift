/// Finds the first byte that is not part of valid UTF-8. Hand-written because the standard
/// library's validating initialisers say only whether the bytes are valid, not where they are not.
public enum UTF8Check {
    /// The offset of the first invalid byte in `bytes`, or `nil` when all of it is valid UTF-8.
    public static func firstInvalidOffset(_ bytes: some Collection<UInt8>) -> Int? {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The 1-based character column of byte `offset` in a line that starts at byte 0.
    public static func column(ofByte offset: Int, in line: some Collection<UInt8>) -> Int {
        var count = 1
        var i = 0
        for b in line {
            if i >= offset { break }
            if b & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
