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
        2020: (Day(year: 2020, month: 1, day: 25)!, Day(year: 2020, month: 4, day: 2)!),
        2021: (Day(year: 2021, month: 2, day: 12)!, Day(year: 2021, month: 4, day: 21)!),
        2022: (Day(year: 2022, month: 2, day: 1)!, Day(year: 2022, month: 4, day: 10)!),
        2023: (Day(year: 2023, month: 1, day: 22)!, Day(year: 2023, month: 4, day: 29)!),
        2024: (Day(year: 2024, month: 2, day: 10)!, Day(year: 2024, month: 4, day: 18)!),
        2025: (Day(year: 2025, month: 1, day: 29)!, Day(year: 2025, month: 4, day: 7)!),
        2026: (Day(year: 2026, month: 2, day: 17)!, Day(year: 2026, month: 4, day: 26)!),
        2027: (Day(year: 2027, month: 2, day: 6)!, Day(year: 2027, month: 4, day: 16)!),
        2028: (Day(year: 2028, month: 1, day: 26)!, Day(year: 2028, month: 4, day: 4)!),
        2029: (Day(year: 2029, month: 2, day: 13)!, Day(year: 2029, month: 4, day: 23)!),
        2030: (Day(year: 2030, month: 2, day: 2)!, Day(year: 2030, month: 4, day: 12)!),
    ]
}
