/// The two lunar dates Vietnam's statutory holidays hang on, as Gregorian days, 2020–2030.
///
/// Vietnam's lunar calendar is reckoned at UTC+7, so it can differ from the Chinese one (UTC+8):
/// in 2030 the new moon falls at 23:07 on 2 February in Hanoi, so Tết is 2 February there and
/// 3 February in China. The table was computed offline from new-moon instants (PyEphem 4.x, Meeus'
/// algorithms) at UTC+7, with the leap month of 2023 (a second 2nd month) taken into account, and
/// checked against the officially announced dates of 2020–2026.
enum LunarDates {
    /// Mùng 1 tháng Giêng (first day of the first lunar month) and 10 tháng Ba (Hùng Kings' Commemoration).
    static let table: [Int: (newYear: Day, hungKings: Day)] = [
        2020: (Day(valid: 2020, 1, 25), Day(valid: 2020, 4, 2)),
        2021: (Day(valid: 2021, 2, 12), Day(valid: 2021, 4, 21)),
        2022: (Day(valid: 2022, 2, 1), Day(valid: 2022, 4, 10)),
        2023: (Day(valid: 2023, 1, 22), Day(valid: 2023, 4, 29)),
        2024: (Day(valid: 2024, 2, 10), Day(valid: 2024, 4, 18)),
        2025: (Day(valid: 2025, 1, 29), Day(valid: 2025, 4, 7)),
        2026: (Day(valid: 2026, 2, 17), Day(valid: 2026, 4, 26)),
        2027: (Day(valid: 2027, 2, 6), Day(valid: 2027, 4, 16)),
        2028: (Day(valid: 2028, 1, 26), Day(valid: 2028, 4, 4)),
        2029: (Day(valid: 2029, 2, 13), Day(valid: 2029, 4, 23)),
        2030: (Day(valid: 2030, 2, 2), Day(valid: 2030, 4, 12)),
    ]
}

extension WorkingCalendar {
    /// Tết (mùng 1 tháng Giêng) of `year`, 2020–2030, as a Gregorian day; `nil` outside the table.
    /// The generator places each year's pre-Tết rush and post-Tết lull around it.
    public static func lunarNewYear(in year: Int) -> Day? { LunarDates.table[year]?.newYear }
}
