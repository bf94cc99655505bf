import UptakeCore

/// Vietnam's public holidays of 2025, the default holiday rule of the generator.
///
/// The calendar module (`WorkingCalendar.vietnam.holiday(on:)`) is the project's general answer;
/// the generator takes any `(Day) -> Bool` so it can use that, and carries this table so that it
/// depends on nothing but `UptakeCore`. Days: 1 January; Tết 25 January – 2 February; Hùng Kings'
/// day 7 April; 30 April – 1 May; National Day 1–2 September.
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
