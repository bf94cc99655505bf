import Foundation
import UptakeAnalysis
import UptakeCharts
import UptakeCore

extension ReportParts {
    /// The map: the nation's provinces (or a province's communes) at their places, coloured by
    /// online-submission rate, sized by applications received (``RateMap``), with the same numbers
    /// as a table.
    func map() -> ReportPart {
        let provinces = report.unitLevel == .province
        var part = ReportPart(id: "map", title: t(provinces ? "Map of the provinces" : "Map of the communes",
                                                  provinces ? "Bản đồ các tỉnh, thành phố" : "Bản đồ các xã, phường, đặc khu"))
        guard let map = report.map.content else {
            if case .missing(let gap) = report.map { part.gap = sentence(gap, what: ("map", "bản đồ")) }
            return part
        }
        let missing = map.units.filter { $0.rate == nil }.count, unplaced = map.units.filter { $0.point == nil }.count
        part.paragraphs.append(t(
            "Each circle is a \(unitWord) at its representative point; its area is proportional to the applications received in \(period), "
                + "its colour the online-submission rate in five classes (below \(n.percent(0.2, 0)), then every 20 points; a class holds its lower bound).",
            "Mỗi vòng tròn là một \(unitWord) tại điểm đại diện; diện tích tỷ lệ với số hồ sơ tiếp nhận trong \(period), "
                + "màu thể hiện tỷ lệ hồ sơ trực tuyến theo năm nhóm (dưới \(n.percent(0.2, 0)), sau đó mỗi nhóm 20 điểm phần trăm; mỗi nhóm gồm cả cận dưới)."))
        if missing > 0 {
            part.paragraphs.append(t(missing == 1 ? "1 \(unitWord) received no applications and has no rate: hatched grey."
                                         : "\(n.integer(missing)) \(unitsWord) received no applications and have no rate: hatched grey.",
                                     "\(n.integer(missing)) \(unitsWord) không có hồ sơ nên không có tỷ lệ: nền xám gạch chéo."))
        }
        if unplaced > 0 {
            part.paragraphs.append(t(unplaced == 1 ? "1 \(unitWord) has no coordinates: in the table, not on the map."
                                          : "\(n.integer(unplaced)) \(unitsWord) have no coordinates: in the table, not on the map.",
                                     "\(n.integer(unplaced)) \(unitsWord) chưa có tọa độ: có trong bảng, không có trên bản đồ."))
        }
        let title = t("Online-submission rate by \(unitWord), \(scopeName), \(period)", "Tỷ lệ hồ sơ trực tuyến theo \(unitWord), \(scopeName), \(period)")
        part.charts.append(RateMap.chart(id: "map-chart", units: map.units, title: title, language: language))
        part.tables.append(RateMap.table(map.units, language: language))
        return part
    }
}
