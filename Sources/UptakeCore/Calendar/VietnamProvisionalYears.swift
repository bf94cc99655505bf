/// Years with no announcement yet, built from the statutory rules alone (Labour Code 2019):
/// - art. 112: 1 Jan; Tết five days; 10/3 lunar; 30 Apr; 1 May; 2 Sep and one day adjacent.
/// - art. 111(3): a holiday on a weekly rest day (Saturday, Sunday for civil servants) gives a
///   compensatory day off on the next working day.
/// The days the Prime Minister picks each year are guessed from recent practice: Tết is the last day
/// of the lunar year and the first four of the new one (as in 2026); the extra National Day day is
/// 1 Sep when that is a weekday not followed by a Thursday 2 Sep, else 3 Sep (as 2021–2025 did).
/// No bridge days or worked Saturdays are guessed.
enum VietnamProvisionalYears {
    typealias N = HolidayName

    static func holidays(year: Int, newYear lunarNewYear: Day, hungKings: Day) -> [Holiday] {
        func day(_ m: Int, _ d: Int) -> Day { Day(valid: year, m, d) }
        let nationalDay = day(9, 2)
        let firstSeptember = day(9, 1)
        let extra = (!firstSeptember.isWeekend && nationalDay.isoWeekday != 4) ? firstSeptember : day(9, 3)
        var statutory: [Holiday] = [Holiday(day: day(1, 1), name: N.newYear, kind: .publicHoliday)]
        statutory += (-1...3).map { Holiday(day: lunarNewYear.advanced(by: $0), name: N.tet, kind: .publicHoliday) }
        statutory += [
            Holiday(day: hungKings, name: N.hungKings, kind: .publicHoliday),
            Holiday(day: day(4, 30), name: N.reunification, kind: .publicHoliday),
            Holiday(day: day(5, 1), name: N.labourDay, kind: .publicHoliday),
            Holiday(day: extra, name: N.nationalDay, kind: .publicHoliday),
            Holiday(day: nationalDay, name: N.nationalDay, kind: .publicHoliday),
        ]
        return withCompensatoryDays(statutory.sorted { $0.day < $1.day })
    }

    /// Adds, for each holiday on a weekend, a compensatory day on the next weekday that is not
    /// already a holiday or a compensatory day (art. 111(3)).
    static func withCompensatoryDays(_ statutory: [Holiday]) -> [Holiday] {
        var taken = Set(statutory.map(\.day))
        var result = statutory
        for holiday in statutory where holiday.day.isWeekend {
            var candidate = holiday.day.advanced(by: 1)
            while candidate.isWeekend || taken.contains(candidate) { candidate = candidate.advanced(by: 1) }
            taken.insert(candidate)
            result.append(Holiday(day: candidate, name: N.compensatory(for: holiday.name), kind: .compensatory))
        }
        return result.sorted { $0.day < $1.day }
    }

    static let source = "provisional: no announcement yet; Labour Code 2019 art. 111(3) and 112, Tết as the last day of the lunar year and mùng 1–4, no swaps"
}
