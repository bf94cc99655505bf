import UptakeCore

/// How much of the nation the applications file covers.
public enum SimulationScale: String, Sendable, CaseIterable, Codable {
    /// Every commune of the selected provinces: the full dataset.
    case communes
    /// A fixed ~10% sample of communes (the same communes for every seed), for quick demos. Their rows
    /// are identical to the full dataset's; readiness, incidents and truth stay complete.
    case sample
}

/// Everything a generation run depends on. The same configuration gives the same bytes.
public struct SimulationConfiguration: Sendable {
    /// The seed of every random stream.
    public var seed: UInt64
    /// The days written to the applications file (the simulation runs ``burnInDays`` before them).
    public var range: DayRange
    public var scale: SimulationScale
    /// The procedure groups, in output order: ``SectorProfile/standard`` (6) or ``SectorProfile/extended`` (12).
    public var sectors: [SectorProfile]
    /// Province codes to generate; `nil` means all. A province's rows do not depend on this choice.
    public var provinces: Set<String>?
    /// Public holidays; ``GeneratorHolidays/isHoliday(_:)`` by default.
    public var isHoliday: @Sendable (Day) -> Bool
    /// Plant the events of ``PlantedEvents`` (outages, drops, level shifts…) and their incidents and
    /// truth rows. `false` gives the null dataset for measuring false alarms: everything else identical.
    public var plantEvents: Bool
    /// Write the days before 1 July 2025 as they were filed: in the pre-reform communes and wards
    /// (``PreReformSplit``), in a file of their own (`applications-pre2025.csv`, for
    /// `ingest --units pre-2025`); today's file then starts on 1 July 2025. `false`: every day in
    /// today's units, as the committed 2025 dataset (re-keyed).
    public var preReformUnits = false

    /// Days simulated before `range.first` so that backlogs start in a steady state.
    public static let burnInDays = 42

    public init(seed: UInt64, range: DayRange, scale: SimulationScale = .communes,
                sectors: [SectorProfile] = SectorProfile.standard, provinces: Set<String>? = nil,
                isHoliday: @escaping @Sendable (Day) -> Bool = GeneratorHolidays.isHoliday,
                plantEvents: Bool = true, preReformUnits: Bool = false) {
        self.preReformUnits = preReformUnits
        self.seed = seed
        self.plantEvents = plantEvents
        self.range = range
        self.scale = scale
        self.sectors = sectors
        self.provinces = provinces
        self.isHoliday = isHoliday
    }

    /// The seed of the committed national dataset (see `datasets/kh02-2025/README.md`).
    public static let nationalSeed: UInt64 = 2025
    /// The range of the committed national dataset: 2025-01-01 to 2025-10-31.
    public static let nationalRange = DayRange(first: Day(valid: 2025, 1, 1), last: Day(valid: 2025, 10, 31))
    /// The range of the multi-year dataset (`uptake generate --multi-year`): 2024-01-01 to 2026-11-30,
    /// across the reform of 1 July 2025.
    public static let multiYearRange = DayRange(first: Day(valid: 2024, 1, 1), last: Day(valid: 2026, 11, 30))
}

/// The generator's errors: what was wrong and what to do.
public enum SimulationError: UptakeError, Equatable {
    case unknownProvince(String)
    case noLocalities
    case unreadableLocalities(path: String, reason: String)
    case badLocalityRow(line: Int, reason: String)
    case cannotWrite(path: String, reason: String)

    public var code: ErrorCode {
        switch self {
        case .unknownProvince: .invalidQuery
        case .noLocalities, .badLocalityRow: .invalidInput
        case .unreadableLocalities, .cannotWrite: .io
        }
    }

    public var message: String {
        switch self {
        case .unknownProvince(let code): "unknown province code \(code)"
        case .noLocalities: "the localities file holds no communes"
        case .unreadableLocalities(let path, let reason): "cannot read localities \(path): \(reason)"
        case .badLocalityRow(let line, let reason): "localities line \(line): \(reason)"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        }
    }

    public var hint: String? {
        switch self {
        case .unknownProvince: "use a 2-digit province code from the localities file"
        case .cannotWrite: "check that the folder exists, can be written and has space"
        default: nil
        }
    }
}

/// A procedure group and how it behaves: its share of a commune's volume and its online habits.
public struct SectorProfile: Sendable, Hashable {
    public var sector: Sector
    /// Share of a commune's applications (the profiles of a set sum to 1).
    public var volumeShare: Double
    /// Added to the logit of the online-submission probability.
    public var onlineLogit: Double
    /// Multiplies the online-result share.
    public var resultFactor: Double
    /// Fraction resolved the day they arrive (certifications of copies, mostly).
    public var sameDay: Double
    /// Daily probability that a pending application is resolved on a working day.
    public var hazard: Double

    public init(_ name: String, volumeShare: Double, onlineLogit: Double, resultFactor: Double, sameDay: Double, hazard: Double) {
        self.sector = Sector(name) ?? .all
        self.volumeShare = volumeShare
        self.onlineLogit = onlineLogit
        self.resultFactor = resultFactor
        self.sameDay = sameDay
        self.hazard = hazard
    }

    /// The six groups of the contract.
    public static let standard: [SectorProfile] = [
        .init("civil_status", volumeShare: 0.30, onlineLogit: 0.25, resultFactor: 1.2, sameDay: 0.35, hazard: 0.45),
        .init("land", volumeShare: 0.18, onlineLogit: -0.55, resultFactor: 0.6, sameDay: 0.02, hazard: 0.12),
        .init("business", volumeShare: 0.08, onlineLogit: 0.9, resultFactor: 1.4, sameDay: 0.10, hazard: 0.30),
        .init("social", volumeShare: 0.12, onlineLogit: -0.05, resultFactor: 1.0, sameDay: 0.05, hazard: 0.22),
        .init("certification", volumeShare: 0.26, onlineLogit: -0.35, resultFactor: 0.9, sameDay: 0.70, hazard: 0.60),
        .init("justice", volumeShare: 0.06, onlineLogit: -0.15, resultFactor: 0.8, sameDay: 0.05, hazard: 0.20),
    ]

    /// The six of ``standard`` (with smaller shares) and six more.
    public static let extended: [SectorProfile] = {
        var six = standard.map { p -> SectorProfile in var q = p; q.volumeShare *= 0.8; return q }
        six += [
            .init("construction", volumeShare: 0.05, onlineLogit: -0.3, resultFactor: 0.7, sameDay: 0.02, hazard: 0.15),
            .init("transport", volumeShare: 0.04, onlineLogit: 0.4, resultFactor: 1.1, sameDay: 0.10, hazard: 0.30),
            .init("health", volumeShare: 0.03, onlineLogit: 0.1, resultFactor: 1.0, sameDay: 0.10, hazard: 0.30),
            .init("education", volumeShare: 0.03, onlineLogit: 0.2, resultFactor: 1.0, sameDay: 0.10, hazard: 0.30),
            .init("labour", volumeShare: 0.03, onlineLogit: 0.0, resultFactor: 0.9, sameDay: 0.05, hazard: 0.25),
            .init("agriculture", volumeShare: 0.02, onlineLogit: -0.4, resultFactor: 0.8, sameDay: 0.05, hazard: 0.25),
        ]
        return six
    }()
}
