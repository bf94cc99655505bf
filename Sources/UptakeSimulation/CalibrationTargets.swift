import UptakeCore

/// The published KH02 figures (status at 31 July 2025) the generated dataset reproduces.
///
/// `datasets/kh02-2025/calibration.json` holds the same values (a test keeps the two equal) and its
/// README gives the source of each. Percentages are the published ones and are met after rounding
/// to the published number of decimals.
public struct CalibrationTargets: Codable, Sendable, Equatable {
    /// The readiness "as of" date and the last day of the reported month.
    public var asOf: Day
    /// Hà Nội, July 2025: received_online / received over every commune and sector, in percent.
    public var haNoiOnlineSubmissionPercent: Double
    public var haNoiOnlineSubmissionDecimals: Int
    /// Hà Nội, July 2025: resolved_online / resolved, in percent.
    public var haNoiOnlineResultPercent: Double
    public var haNoiOnlineResultDecimals: Int
    /// Hồ Chí Minh City's July mean daily receipts are at most this fraction of June's.
    public var hoChiMinhJulyOverJuneAtMost: Double
    /// Provinces whose every commune is green.
    public var allGreenProvinces: [String]
    /// Provinces with more than 70% (and less than 100%) of communes green.
    public var above70Provinces: [String]
    /// Provinces with more than 50% and at most 70% green (how "19 provinces >50%" is read: these and
    /// the 13 above make 19 provinces above 50% other than the 8 all-green ones).
    public var above50Provinces: [String]
    /// Provinces with at most 50% green.
    public var atMost50Provinces: [String]
    /// Exact green counts (province code → communes green).
    public var exactGreenCounts: [String: Int]
    /// Communes meeting the basic requirements (the six criteria of ``ReadinessCriterion/basicRequirements``).
    public var basicRequirementsMet: Int
    /// How many communes lack each basic criterion (disjoint sets summing to the communes that fall
    /// short; the four criteria the report names stay above 90%, see the README).
    public var criterionFalseCounts: [String: Int]
    /// Provinces named as still lacking digital signatures or certificates.
    public var lackingSignatureProvinces: [String]

    /// The KH02 figures.
    public static let kh02 = CalibrationTargets(
        asOf: Day(valid: 2025, 7, 31),
        haNoiOnlineSubmissionPercent: 32.73, haNoiOnlineSubmissionDecimals: 2,
        haNoiOnlineResultPercent: 5.3, haNoiOnlineResultDecimals: 1,
        hoChiMinhJulyOverJuneAtMost: 0.85,
        allGreenProvinces: ["14", "20", "25", "15", "96", "01", "46", "33"],
        above70Provinces: ["19", "22", "24", "31", "37", "38", "40", "42", "51", "75", "79", "82", "91"],
        above50Provinces: ["56", "80", "86", "48", "44", "66"],
        atMost50Provinces: ["04", "12", "11", "08", "52", "68", "92"],
        exactGreenCounts: ["04": 3, "12": 3],
        basicRequirementsMet: 1981,
        criterionFalseCounts: ["online_meetings": 332, "digital_devices": 332, "digital_signature": 332, "digital_certificate": 332,
                               "support_staff": 8, "one_stop_facility": 4],
        lackingSignatureProvinces: ["56", "12", "68", "80", "92", "48", "86"]
    )

    static let haNoi = "01"
    static let hoChiMinh = "79"
}
