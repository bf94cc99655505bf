import UptakeCore

/// Vietnam's public holidays of 2025, the generator's table for that year.
///
/// The calendar module (`WorkingCalendar.vietnam.holiday(on:)`) is the project's general answer;
/// the generator keeps this table for 2025 because the committed dataset was made with it (it counts
/// the weekends inside Tết and not the 2 May bridge day), so the 2025 bytes never move. Days:
/// 1 January; Tết 25 January – 2 February; Hùng Kings' day 7 April; 30 April – 1 May; National Day
/// 1–2 September.
public enum VietnamHolidays2025 {
    /// The holidays as (month, first day, last day).
    public static let spans: [(month: Int, first: Int, last: Int)] = [
        (1, 1, 1), (1, 25, 31), (2, 1, 2), (4, 7, 7), (4, 30, 30), (5, 1, 1), (9, 1, 2),
    ]

    /// Whether `day` is a 2025 public holiday; always `false` outside 2025.
    public static func isHoliday(_ day: Day) -> Bool {
        let (y, m, d) = day.components
        guard y == 2025 else { return false }
        return spans.contains { $0.month == m && d >= $0.first && d <= $0.last }
    }
}

/// The generator's default holiday rule: the 2025 table above in 2025 and, in every other year,
/// the days off of the built-in civil-service calendar (`WorkingCalendar.vietnam`: announced
/// schedules 2020–2026, statutory rules to 2030), so a multi-year dataset has 2024's and 2026's Tết,
/// bridge and compensatory days. Weekend days worked in exchange are not modelled (nor in 2025).
public enum GeneratorHolidays {
    public static func isHoliday(_ day: Day) -> Bool {
        day.year == 2025 ? VietnamHolidays2025.isHoliday(day) : WorkingCalendar.vietnam.holiday(on: day) != nil
    }
}
