import Foundation
import UptakeAnalysis
import UptakeCore

/// One term of the vocabulary an official reads: the data contract's identifier, its English and its
/// Vietnamese. The Vietnamese follows the documents the officials work from (Decision 766/QĐ-TTg's
/// indicators, Plan 02-KH/BCĐTW's readiness criteria, the public-service portal's sector names).
public struct Term: Sendable, Equatable {
    public let id: String
    public let en: String
    public let vi: String

    public init(_ id: String, en: String, vi: String) { (self.id, self.en, self.vi) = (id, en, vi) }

    public func text(_ language: Language) -> String { language == .vi ? vi : en }
}

/// Every term, grouped as `docs/glossary.md` lists them (that file is generated from here and a test
/// keeps the two equal). A term with no Vietnamese cannot be written: each group is a `switch` over
/// its enum, so a new case is a compile error until it is translated.
public enum Glossary {
    public struct Group: Sendable {
        public let title: Term
        public let terms: [Term]
    }

    public static let groups: [Group] = [
        Group(title: Term("metrics", en: "Indicators and volumes", vi: "Chỉ tiêu và khối lượng hồ sơ"), terms: Metric.allCases.map(\.term)),
        Group(title: Term("sectors", en: "Sectors", vi: "Lĩnh vực"), terms: ([Sector.all] + Sector.standard).map(\.term)),
        Group(title: Term("readiness", en: "Readiness criteria", vi: "Tiêu chí bảo đảm điều kiện"), terms: ReadinessCriterion.allCases.map(\.term)),
        Group(title: Term("colours", en: "Map colours", vi: "Màu trên bản đồ"), terms: StatusColour.allCases.map(\.term)),
        Group(title: Term("causes", en: "Causes", vi: "Nguyên nhân"), terms: RootCause.allCases.map(\.term)),
        Group(title: Term("systems", en: "Systems", vi: "Hệ thống"), terms: IncidentSystem.allCases.map(\.term)),
        Group(title: Term("incident_kinds", en: "Incident kinds", vi: "Loại sự cố"), terms: IncidentKind.allCases.map(\.term)),
        Group(title: Term("anomaly_kinds", en: "Anomaly kinds", vi: "Loại bất thường"), terms: AnomalyKind.allCases.map(\.term)),
        Group(title: Term("days_off", en: "Days off", vi: "Ngày nghỉ"), terms: HolidayKind.allCases.map(\.term)),
        Group(title: Term("levels", en: "Administrative levels", vi: "Cấp hành chính"), terms: LocalityLevel.allCases.map(\.term)),
        Group(title: Term("severities", en: "Severities", vi: "Mức độ"), terms: AnomalySeverity.allCases.map(\.term)),
        Group(title: Term("flag_reasons", en: "Why a unit is flagged", vi: "Lý do được lưu ý"), terms: FlagReason.allCases.map(\.term)),
        Group(title: Term("rank_marks", en: "Rank marks", vi: "Ghi chú xếp hạng"), terms: [RankMark.highest, .lowest].map(\.term)),
        Group(title: Term("agreement", en: "Map colour against operation", vi: "Đối chiếu màu trên bản đồ với vận hành"), terms: StatusAgreement.allCases.map(\.term)),
        Group(title: Term("poor_operation", en: "Why operation is poor", vi: "Lý do vận hành kém"), terms: PoorOperation.allCases.map(\.term)),
        Group(title: Term("target_status", en: "Against a target", vi: "So với mục tiêu"), terms: TargetStatus.allCases.map(\.term)),
        Group(title: Term("target_course", en: "Where the trend is heading", vi: "Hướng của xu hướng"), terms: TargetCourse.allCases.map(\.term)),
    ]
}

extension Metric {
    public var term: Term {
        switch self {
        case .received: Term(rawValue, en: "applications received", vi: "hồ sơ tiếp nhận")
        case .receivedOnline: Term(rawValue, en: "applications submitted online", vi: "hồ sơ nộp trực tuyến")
        case .resolved: Term(rawValue, en: "applications resolved", vi: "hồ sơ đã giải quyết")
        case .resolvedOnline: Term(rawValue, en: "results returned online", vi: "hồ sơ trả kết quả trực tuyến")
        case .onlineSubmission: Term(rawValue, en: "online-submission rate", vi: "tỷ lệ hồ sơ trực tuyến")
        case .onlineResult: Term(rawValue, en: "online-result rate", vi: "tỷ lệ trả kết quả trực tuyến")
        case .sync: Term(rawValue, en: "synchronisation rate", vi: "tỷ lệ đồng bộ hồ sơ")
        case .onTime: Term(rawValue, en: "on-time rate", vi: "tỷ lệ giải quyết đúng hạn")
        case .onlineSubmission766: Term(rawValue, en: "Decision 766 indicator 3.3 (online rate × sync rate)",
                                        vi: "chỉ số 3.3 Quyết định 766/QĐ-TTg (tỷ lệ trực tuyến × tỷ lệ đồng bộ)")
        }
    }
}

extension Sector {
    /// The standard sectors by the portal's names; a sector the data contract does not name is shown
    /// as the data spell it.
    public var term: Term {
        switch self {
        case .all: Term(name, en: "all sectors", vi: "tất cả lĩnh vực")
        case .civilStatus: Term(name, en: "civil status", vi: "hộ tịch")
        case .land: Term(name, en: "land", vi: "đất đai")
        case .business: Term(name, en: "business registration", vi: "đăng ký kinh doanh")
        case .social: Term(name, en: "social protection", vi: "bảo trợ xã hội")
        case .certification: Term(name, en: "certification", vi: "chứng thực")
        case .justice: Term(name, en: "justice", vi: "tư pháp")
        default: Term(name, en: name.replacingOccurrences(of: "_", with: " "), vi: name.replacingOccurrences(of: "_", with: " "))
        }
    }
}

extension ReadinessCriterion {
    public var term: Term {
        switch self {
        case .civilStatusLinked: Term(rawValue, en: "civil-status software linked to the national database",
                                      vi: "phần mềm hộ tịch kết nối Cơ sở dữ liệu quốc gia về dân cư")
        case .digitalSignature: Term(rawValue, en: "digital signature", vi: "chữ ký số")
        case .digitalCertificate: Term(rawValue, en: "digital certificate", vi: "chứng thư số")
        case .onlineMeetings: Term(rawValue, en: "online meetings", vi: "họp trực tuyến")
        case .digitalDevices: Term(rawValue, en: "computers and devices", vi: "trang thiết bị số")
        case .supportStaff: Term(rawValue, en: "support staff", vi: "nhân lực hỗ trợ, hướng dẫn")
        case .standardProcedures: Term(rawValue, en: "standardised procedures", vi: "quy trình thủ tục được chuẩn hóa")
        case .guidance: Term(rawValue, en: "guidance to staff", vi: "hướng dẫn nghiệp vụ")
        case .oneStopFacility: Term(rawValue, en: "one-stop reception desk", vi: "Bộ phận Một cửa đủ điều kiện tiếp nhận")
        case .reportedStatus: Term(rawValue, en: "map colour (self-reported)", vi: "màu trên bản đồ (tự đánh giá)")
        }
    }
}

extension StatusColour {
    public var term: Term {
        switch self {
        case .green: Term(rawValue, en: "green", vi: "xanh")
        case .yellow: Term(rawValue, en: "yellow", vi: "vàng")
        case .red: Term(rawValue, en: "red", vi: "đỏ")
        }
    }
}

extension StatusAgreement {
    public var term: Term {
        switch self {
        case .greenButPoor: Term(rawValue, en: "green but poor in operation", vi: "xanh nhưng vận hành kém")
        case .notGreenButOperating: Term(rawValue, en: "not green but operating", vi: "chưa xanh nhưng vận hành tốt")
        case .agrees: Term(rawValue, en: "colour and operation agree", vi: "màu khớp với vận hành")
        case .unreported: Term(rawValue, en: "colour not reported", vi: "chưa báo cáo màu")
        case .noData: Term(rawValue, en: "no applications", vi: "không có hồ sơ")
        }
    }
}

extension TargetStatus {
    public var term: Term {
        switch self {
        case .onTrack: Term(rawValue, en: "on track", vi: "đúng tiến độ")
        case .offTrack: Term(rawValue, en: "off track", vi: "chậm tiến độ")
        case .uncertain: Term(rawValue, en: "uncertain", vi: "chưa xác định được")
        case .met: Term(rawValue, en: "met", vi: "đã đạt")
        case .missed: Term(rawValue, en: "missed", vi: "không đạt")
        case .insufficientData: Term(rawValue, en: "too few months of data", vi: "chưa đủ số liệu")
        }
    }
}

extension TargetCourse {
    public var term: Term {
        switch self {
        case .reaches: Term(rawValue, en: "reaches the target", vi: "sẽ chạm mục tiêu")
        case .above: Term(rawValue, en: "above the target", vi: "đang trên mục tiêu")
        case .fallsBelow: Term(rawValue, en: "falls below the target", vi: "sẽ xuống dưới mục tiêu")
        case .notAtThisTrend: Term(rawValue, en: "not at this trend", vi: "không đạt với xu hướng hiện tại")
        }
    }
}

extension PoorOperation {
    public var term: Term {
        switch self {
        case .rateBelowNation: Term(rawValue, en: "online rate significantly below the nation's", vi: "tỷ lệ trực tuyến thấp hơn toàn quốc có ý nghĩa thống kê")
        case .noResultsOnline: Term(rawValue, en: "no results returned online", vi: "không trả kết quả trực tuyến")
        }
    }
}

extension RootCause {
    public var term: Term {
        switch self {
        case .oneStopErrors: Term(rawValue, en: "repeated errors in the electronic one-stop system", vi: "hệ thống một cửa điện tử lỗi lặp lại")
        case .softwareInstability: Term(rawValue, en: "unstable public-service software", vi: "phần mềm dịch vụ công không ổn định")
        case .civilStatusUnlinked: Term(rawValue, en: "civil-status software not linked to the national database",
                                        vi: "phần mềm hộ tịch chưa kết nối Cơ sở dữ liệu quốc gia")
        case .missingDigitalSignature: Term(rawValue, en: "missing digital signature or certificate", vi: "thiếu chữ ký số, chứng thư số")
        case .supportStaffShortage: Term(rawValue, en: "too few support staff", vi: "thiếu nhân lực hỗ trợ")
        case .deviceShortage: Term(rawValue, en: "too few computers and devices", vi: "thiếu trang thiết bị")
        case .nonStandardProcedures: Term(rawValue, en: "procedures not standardised", vi: "quy trình thủ tục chưa chuẩn hóa")
        case .lackOfGuidance: Term(rawValue, en: "lack of guidance", vi: "thiếu hướng dẫn nghiệp vụ")
        case .network: Term(rawValue, en: "network failure", vi: "sự cố mạng, đường truyền")
        case .holiday: Term(rawValue, en: "public holiday or bridge day", vi: "ngày nghỉ lễ, nghỉ bù")
        case .unexplained: Term(rawValue, en: "unexplained", vi: "chưa rõ nguyên nhân")
        }
    }
}

extension IncidentSystem {
    public var term: Term {
        switch self {
        case .oneStop: Term(rawValue, en: "electronic one-stop system", vi: "hệ thống một cửa điện tử")
        case .publicServicePortal: Term(rawValue, en: "public-service portal", vi: "Cổng dịch vụ công")
        case .civilStatus: Term(rawValue, en: "civil-status software", vi: "phần mềm hộ tịch")
        case .digitalSignature: Term(rawValue, en: "digital signature service", vi: "dịch vụ chữ ký số")
        case .network: Term(rawValue, en: "network", vi: "mạng, đường truyền")
        case .other: Term(rawValue, en: "other system", vi: "hệ thống khác")
        }
    }
}

extension IncidentKind {
    public var term: Term {
        switch self {
        case .outage: Term(rawValue, en: "outage", vi: "ngừng hoạt động")
        case .error: Term(rawValue, en: "errors", vi: "lỗi")
        case .degraded: Term(rawValue, en: "degraded service", vi: "hoạt động chập chờn")
        case .maintenance: Term(rawValue, en: "maintenance", vi: "bảo trì")
        }
    }
}

extension AnomalyKind {
    public var term: Term {
        switch self {
        case .drop: Term(rawValue, en: "drop", vi: "giảm đột ngột")
        case .spike: Term(rawValue, en: "spike", vi: "tăng đột biến")
        case .levelShift: Term(rawValue, en: "level shift", vi: "thay đổi mức")
        case .rateDrop: Term(rawValue, en: "rate drop", vi: "tỷ lệ giảm")
        case .rateRise: Term(rawValue, en: "rate rise", vi: "tỷ lệ tăng")
        case .changepoint: Term(rawValue, en: "change point", vi: "điểm thay đổi")
        case .lowOutlier: Term(rawValue, en: "low outlier", vi: "giá trị thấp bất thường")
        case .highOutlier: Term(rawValue, en: "high outlier", vi: "giá trị cao bất thường")
        }
    }
}

extension HolidayKind {
    public var term: Term {
        switch self {
        case .publicHoliday: Term(rawValue, en: "public holiday", vi: "ngày lễ, Tết")
        case .compensatory: Term(rawValue, en: "compensatory day off", vi: "ngày nghỉ bù")
        case .bridge: Term(rawValue, en: "bridge day", vi: "ngày nghỉ hoán đổi")
        }
    }
}

extension LocalityLevel {
    public var term: Term {
        switch self {
        case .nation: Term(rawValue, en: "nation", vi: "toàn quốc")
        case .province: Term(rawValue, en: "province", vi: "tỉnh, thành phố")
        case .commune: Term(rawValue, en: "commune", vi: "xã, phường, đặc khu")
        }
    }
}

extension AnomalySeverity {
    public var term: Term {
        switch self {
        case .none: Term(rawValue, en: "none", vi: "không")
        case .minor: Term(rawValue, en: "minor", vi: "nhẹ")
        case .major: Term(rawValue, en: "major", vi: "đáng kể")
        case .critical: Term(rawValue, en: "critical", vi: "nghiêm trọng")
        }
    }
}

extension FlagReason {
    public var term: Term {
        switch self {
        case .anomaly: Term(rawValue, en: "anomaly", vi: "có bất thường")
        case .lagging: Term(rawValue, en: "lagging its peers", vi: "thấp hơn mặt bằng chung")
        }
    }
}

extension RankMark {
    public var term: Term {
        switch self {
        case .highest: Term(rawValue, en: "highest", vi: "cao nhất")
        case .lowest: Term(rawValue, en: "lowest", vi: "thấp nhất")
        }
    }
}
