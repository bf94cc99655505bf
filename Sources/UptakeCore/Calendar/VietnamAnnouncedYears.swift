/// One year of the built-in calendar as the government announced it for civil servants
/// (cán bộ, công chức, viên chức), who work Monday to Friday.
struct AnnouncedYear {
    let year: Int
    let source: String
    /// Every weekday or weekend day off: (month, day, kind, name).
    let daysOff: [(month: Int, day: Int, kind: HolidayKind, name: String)]
    /// Weekend days worked in exchange for bridge days.
    let workedWeekendDays: [(month: Int, day: Int)]
}

/// The announced schedules, 2020–2026. Statutory basis: Labour Code 2012 art. 115 (2020) and Labour
/// Code 2019 art. 111(3) and 112 (2021 on: 11 days, with a second day at National Day); the Prime
/// Minister fixes the Tết days and the 2 September extra day each year and may swap working days.
enum VietnamAnnouncedYears {
    typealias N = HolidayName
    static let all: [AnnouncedYear] = [
        AnnouncedYear(
            year: 2020,
            source: "MOLISA announcement of the 2020 holidays (Prime Minister's approval, 2019): Tết 23–29 Jan (29 Chạp Kỷ Hợi – mùng 5 Canh Tý); no swaps",
            daysOff: [
                (1, 1, .publicHoliday, N.newYear),
                (1, 23, .publicHoliday, N.tet), (1, 24, .publicHoliday, N.tet), (1, 25, .publicHoliday, N.tet),
                (1, 26, .publicHoliday, N.tet), (1, 27, .publicHoliday, N.tet),
                (1, 28, .compensatory, N.compensatory(for: N.tet)), (1, 29, .compensatory, N.compensatory(for: N.tet)),
                (4, 2, .publicHoliday, N.hungKings),
                (4, 30, .publicHoliday, N.reunification), (5, 1, .publicHoliday, N.labourDay),
                (9, 2, .publicHoliday, N.nationalDay),
            ],
            workedWeekendDays: []),
        AnnouncedYear(
            year: 2021,
            source: "MOLISA announcement of the 2021 holidays (Prime Minister's approval, Nov 2020): Tết 10–16 Feb; National Day 2–3 Sep (first year of the 2019 Labour Code's extra day); no swaps",
            daysOff: [
                (1, 1, .publicHoliday, N.newYear),
                (2, 10, .publicHoliday, N.tet), (2, 11, .publicHoliday, N.tet), (2, 12, .publicHoliday, N.tet),
                (2, 13, .publicHoliday, N.tet), (2, 14, .publicHoliday, N.tet),
                (2, 15, .compensatory, N.compensatory(for: N.tet)), (2, 16, .compensatory, N.compensatory(for: N.tet)),
                (4, 21, .publicHoliday, N.hungKings),
                (4, 30, .publicHoliday, N.reunification), (5, 1, .publicHoliday, N.labourDay),
                (5, 3, .compensatory, N.compensatory(for: N.labourDay)),
                (9, 2, .publicHoliday, N.nationalDay), (9, 3, .publicHoliday, N.nationalDay),
            ],
            workedWeekendDays: []),
        AnnouncedYear(
            year: 2022,
            source: "MOLISA announcement of the 2022 holidays: Tết 29 Jan–6 Feb (holidays 31 Jan–4 Feb); National Day 1–2 Sep; no swaps",
            daysOff: [
                (1, 1, .publicHoliday, N.newYear), (1, 3, .compensatory, N.compensatory(for: N.newYear)),
                (1, 31, .publicHoliday, N.tet), (2, 1, .publicHoliday, N.tet), (2, 2, .publicHoliday, N.tet),
                (2, 3, .publicHoliday, N.tet), (2, 4, .publicHoliday, N.tet),
                (4, 10, .publicHoliday, N.hungKings), (4, 11, .compensatory, N.compensatory(for: N.hungKings)),
                (4, 30, .publicHoliday, N.reunification), (5, 1, .publicHoliday, N.labourDay),
                (5, 2, .compensatory, N.compensatory(for: N.reunification)), (5, 3, .compensatory, N.compensatory(for: N.labourDay)),
                (9, 1, .publicHoliday, N.nationalDay), (9, 2, .publicHoliday, N.nationalDay),
            ],
            workedWeekendDays: []),
        AnnouncedYear(
            year: 2023,
            source: "MOLISA announcement of the 2023 holidays (Deputy PM's approval of Tết 20–26 Jan); 29 Apr–3 May and 1–4 Sep by compensatory days; no swaps",
            daysOff: [
                (1, 1, .publicHoliday, N.newYear), (1, 2, .compensatory, N.compensatory(for: N.newYear)),
                (1, 20, .publicHoliday, N.tet), (1, 21, .publicHoliday, N.tet), (1, 22, .publicHoliday, N.tet),
                (1, 23, .publicHoliday, N.tet), (1, 24, .publicHoliday, N.tet),
                (1, 25, .compensatory, N.compensatory(for: N.tet)), (1, 26, .compensatory, N.compensatory(for: N.tet)),
                (4, 29, .publicHoliday, N.hungKings),
                (4, 30, .publicHoliday, N.reunification), (5, 1, .publicHoliday, N.labourDay),
                (5, 2, .compensatory, N.compensatory(for: N.hungKings)), (5, 3, .compensatory, N.compensatory(for: N.reunification)),
                (9, 1, .publicHoliday, N.nationalDay), (9, 2, .publicHoliday, N.nationalDay),
                (9, 4, .compensatory, N.compensatory(for: N.nationalDay)),
            ],
            workedWeekendDays: []),
        AnnouncedYear(
            year: 2024,
            source: "MOLISA announcement of the 2024 holidays (Prime Minister's approval, Nov 2023): Tết 8–14 Feb, National Day 31 Aug–3 Sep; 2024 swap: Mon 29 Apr off, Sat 4 May worked",
            daysOff: [
                (1, 1, .publicHoliday, N.newYear),
                (2, 8, .publicHoliday, N.tet), (2, 9, .publicHoliday, N.tet), (2, 10, .publicHoliday, N.tet),
                (2, 11, .publicHoliday, N.tet), (2, 12, .publicHoliday, N.tet),
                (2, 13, .compensatory, N.compensatory(for: N.tet)), (2, 14, .compensatory, N.compensatory(for: N.tet)),
                (4, 18, .publicHoliday, N.hungKings),
                (4, 29, .bridge, N.bridge(for: N.reunification)),
                (4, 30, .publicHoliday, N.reunification), (5, 1, .publicHoliday, N.labourDay),
                (9, 2, .publicHoliday, N.nationalDay), (9, 3, .publicHoliday, N.nationalDay),
            ],
            workedWeekendDays: [(5, 4)]),
        AnnouncedYear(
            year: 2025,
            source: "Government Office 8726/VPCP-KGVX of 26 Nov 2024 (Prime Minister's approval of MOLISA's proposal): Tết 25 Jan–2 Feb (holidays 27–31 Jan); Fri 2 May off, Sat 26 Apr worked; National Day 1–2 Sep",
            daysOff: [
                (1, 1, .publicHoliday, N.newYear),
                (1, 27, .publicHoliday, N.tet), (1, 28, .publicHoliday, N.tet), (1, 29, .publicHoliday, N.tet),
                (1, 30, .publicHoliday, N.tet), (1, 31, .publicHoliday, N.tet),
                (4, 7, .publicHoliday, N.hungKings),
                (4, 30, .publicHoliday, N.reunification), (5, 1, .publicHoliday, N.labourDay),
                (5, 2, .bridge, N.bridge(for: N.labourDay)),
                (9, 1, .publicHoliday, N.nationalDay), (9, 2, .publicHoliday, N.nationalDay),
            ],
            workedWeekendDays: [(4, 26)]),
        AnnouncedYear(
            year: 2026,
            source: "Ministry of Home Affairs' 2026 schedule: Tết 14–22 Feb (one day before Tết, four after); Government Office 12729/VPCP-KGVX of 25 Dec 2025: Fri 2 Jan off, Sat 10 Jan worked; Hùng Kings on Sun 26 Apr, compensatory Mon 27 Apr; National Day 1–2 Sep; Ministry of Home Affairs Notice 9441/TB-BNV of 16 Oct 2025: Mon 31 Aug off, Sat 22 Aug worked; 24 Nov (Vietnamese Culture Day, Resolution 80-NQ/TW) off, provisional until the Labour Code amendment passes",
            daysOff: [
                (1, 1, .publicHoliday, N.newYear), (1, 2, .bridge, N.bridge(for: N.newYear)),
                (2, 16, .publicHoliday, N.tet), (2, 17, .publicHoliday, N.tet), (2, 18, .publicHoliday, N.tet),
                (2, 19, .publicHoliday, N.tet), (2, 20, .publicHoliday, N.tet),
                (4, 26, .publicHoliday, N.hungKings), (4, 27, .compensatory, N.compensatory(for: N.hungKings)),
                (4, 30, .publicHoliday, N.reunification), (5, 1, .publicHoliday, N.labourDay),
                (8, 31, .bridge, N.bridge(for: N.nationalDay)),
                (9, 1, .publicHoliday, N.nationalDay), (9, 2, .publicHoliday, N.nationalDay),
                (11, 24, .publicHoliday, N.cultureDay),
            ],
            workedWeekendDays: [(1, 10), (8, 22)]),
    ]
}
