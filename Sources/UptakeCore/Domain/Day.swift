/// A calendar day in the proleptic Gregorian calendar, stored as the number of days since 1970-01-01.
///
/// Uptake's data are daily and time-zone free, so a day number is all it needs: arithmetic is
/// integer arithmetic and the storage key is an integer. Conversions use Howard Hinnant's
/// `days_from_civil` algorithm (written here because Foundation's `Calendar` is far slower and
/// brings time zones the data do not have).
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, Strideable {
    public let number: Int

    public init(number: Int) { self.number = number }

    /// The day `year-month-day`, or `nil` when that date does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.number = Day.daysFromCivil(year, month, day)
    }

    /// A date the code itself names (a holiday, a period's bounds computed from a valid date):
    /// a date that does not exist is a programming error, not a data error.
    public init(valid year: Int, _ month: Int, _ day: Int) {
        precondition((1...12).contains(month) && day >= 1 && day <= Day.daysIn(month: month, year: year), "no date \(year)-\(month)-\(day)")
        self.number = Day.daysFromCivil(year, month, day)
    }

    /// Parses `YYYY-MM-DD`, or the date part of an ISO 8601 datetime when `allowTime` is set.
    public init?(iso text: some StringProtocol, allowTime: Bool = false) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 10 || (allowTime && utf8.count > 10 && (utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " "))) else { return nil }
        guard let day = utf8.withUnsafeBufferPointer({ Day.parse(UnsafeRawBufferPointer($0).prefix(10)) }) else { return nil }
        self = day
    }

    /// Parses exactly ten bytes `YYYY-MM-DD` without allocating; the ingest hot path uses it.
    @inlinable
    public static func parse(_ bytes: Slice<UnsafeRawBufferPointer>) -> Day? {
        guard bytes.count == 10 else { return nil }
        let b = bytes.base
        let s = bytes.startIndex
        @inline(__always) func digit(_ i: Int) -> Int? {
            let v = Int(b[s + i]) &- 48
            return (0...9).contains(v) ? v : nil
        }
        guard b[s + 4] == UInt8(ascii: "-"), b[s + 7] == UInt8(ascii: "-"),
              let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
              let m0 = digit(5), let m1 = digit(6), let d0 = digit(8), let d1 = digit(9)
        else { return nil }
        return Day(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1, day: d0 * 10 + d1)
    }

    public var components: (year: Int, month: Int, day: Int) { Day.civilFromDays(number) }
    public var year: Int { components.year }
    public var month: Int { components.month }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let w = (number + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    public var isWeekend: Bool { isoWeekday >= 6 }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        guard (0...9999).contains(y) else { return "\(Day.pad(y, 4))-\(Day.pad(m, 2))-\(Day.pad(d, 2))" }
        // Ten ASCII digits and dashes written in place: a JSON answer of 2,400 rows writes 4,800 dates,
        // and the interpolation above was 6% of such an answer's server time.
        return String(unsafeUninitializedCapacity: 10) { out in
            func digits(_ value: Int, endingBefore end: Int, width: Int) {
                var v = value
                for j in stride(from: end - 1, through: end - width, by: -1) {
                    out[j] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                }
            }
            digits(y, endingBefore: 4, width: 4)
            out[4] = UInt8(ascii: "-")
            digits(m, endingBefore: 7, width: 2)
            out[7] = UInt8(ascii: "-")
            digits(d, endingBefore: 10, width: 2)
            return 10
        }
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }
    // Stated explicitly: Strideable's default `==` goes through `distance(to:)`, which can overflow.
    public static func == (lhs: Day, rhs: Day) -> Bool { lhs.number == rhs.number }
    public func distance(to other: Day) -> Int { other.number - number }
    public func advanced(by n: Int) -> Day { Day(number: number + n) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    @usableFromInline
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
