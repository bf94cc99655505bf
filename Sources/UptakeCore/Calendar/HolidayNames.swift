/// The names Uptake gives the statutory holidays (Vietnamese first, as analysts say them).
enum HolidayName {
    static let newYear = "Tết Dương lịch (New Year)"
    static let tet = "Tết Nguyên đán (Lunar New Year)"
    static let hungKings = "Giỗ Tổ Hùng Vương (Hùng Kings' Commemoration)"
    static let reunification = "Ngày Giải phóng miền Nam, thống nhất đất nước (30 April)"
    static let labourDay = "Ngày Quốc tế Lao động (1 May)"
    static let nationalDay = "Quốc khánh (National Day)"
    /// Resolution 80-NQ/TW names 24 November Vietnamese Culture Day with a day off; the Labour Code
    /// amendment that makes it statutory is pending, so the name says the day is provisional.
    static let cultureDay = "Ngày Văn hóa Việt Nam (Vietnamese Culture Day; provisional: Resolution 80-NQ/TW, Labour Code amendment pending)"

    static func compensatory(for name: String) -> String { "Nghỉ bù: \(name)" }
    static func bridge(for name: String) -> String { "Nghỉ hoán đổi: \(name)" }
}
