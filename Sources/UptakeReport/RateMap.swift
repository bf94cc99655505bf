import Foundation
import UptakeAnalysis
import UptakeCharts
import UptakeCore

/// Units at their places, coloured by a rate: the report's map part and the dashboard draw it with
/// these two functions, so both read the same classes, words and numbers.
///
/// - Position: each unit's representative point (``LocalityPoints/vietnam2025``); a unit without one
///   is in the table, not on the map.
/// - Size: the circle's area is proportional to the applications received, the rate's denominator,
///   so a large circle is a rate resting on many applications (the smallest drawn at 2.5 px).
/// - Colour: five classes with fixed breaks at 20, 40, 60 and 80% (ColorBrewer YlGnBu, light = low),
///   the same every month so two maps can be compared; a class holds its lower bound.
/// - Missing: a unit that received no application has no rate: hatched grey, its own legend entry.
/// - Labels: the lowest and the highest rate always; the others where they fit.
/// - Offshore: on a commune map, a commune more than 1.5° from the province's median point (Hoàng
///   Sa, Trường Sa, Côn Đảo) is drawn in an inset, so the mainland keeps a readable scale.
///
/// ```swift
/// let svg = RateMap.chart(id: "map", units: units, title: "…", language: .vi).svg
/// let table = RateMap.table(units, language: .vi)
/// ```
public enum RateMap {
    public static let breaks = [0.2, 0.4, 0.6, 0.8]
    /// Degrees (longitude scaled by cos latitude) from the median beyond which a unit goes to the inset.
    public static let insetDistance = 1.5

    /// The classes' legend labels: `< 20%`, `20–40%`, …, `≥ 80%`.
    static func classLabels(_ language: Language) -> [String] {
        let n = language.numbers
        let bounds = breaks.map { n.percent($0, 0) }
        return ["< " + bounds[0]] + zip(bounds, breaks.dropFirst()).map { "\($0)–\(n.percent($1, 0))" } + ["≥ " + bounds[bounds.count - 1]]
    }

    static func classes(_ language: Language) -> SymbolMap.ColourClasses {
        SymbolMap.ColourClasses(breaks: breaks, colours: SymbolMap.ColourClasses.yellowGreenBlue5, labels: classLabels(language))
    }

    /// The map of `units` (all of one level), titled `title`; the description names the lowest and
    /// highest, and how many have no rate.
    public static func chart(id: String, units: [MapUnit], title: String, language: Language, metric: Metric = .onlineSubmission) -> ChartSVG {
        let n = language.numbers
        let located = units.filter { $0.point != nil }
        let ranked = located.filter { $0.rate != nil }.sorted { ($0.rate!, $0.unit.code) < ($1.rate!, $1.unit.code) }
        let extremes = Set([ranked.first?.unit.code, ranked.last?.unit.code].compactMap { $0 })
        let inset = offshore(located)
        let symbols = located.map { u in
            SymbolMap.Symbol(code: u.unit.code, label: u.unit.name,
                             detail: "\(u.unit.name): \(u.rate.map { n.percent($0, 2) } ?? missingWords(language)); "
                                 + "\(n.integer(u.received)) \(Metric.received.term.text(language))",
                             longitude: u.point!.longitude, latitude: u.point!.latitude, size: Double(u.received), value: u.rate,
                             labelled: extremes.contains(u.unit.code) || inset.contains(u.unit.code) ? .always : .ifRoom,
                             inset: inset.contains(u.unit.code))
        }
        return SymbolMap(id: id, title: title, description: description(units, ranked: ranked, language: language, metric: metric), symbols: symbols,
                         classes: classes(language), legendTitle: capitalised(metric.term.text(language)), missingLabel: missingWords(language),
                         sizeKey: .init(title: capitalised(Metric.received.term.text(language)), label: { n.integer(Int64($0.rounded())) }),
                         insetCaption: language.pick(en: "Offshore, not to scale", vi: "Ngoài khơi, không theo tỷ lệ"),
                         maxRadius: units.count > 100 ? 8 : units.count > 40 ? 10 : 16).render()
    }

    /// The numbers behind the map, highest rate first, units without a rate last.
    public static func table(_ units: [MapUnit], language: Language?) -> Table {
        let classes = classes(language ?? .en)
        let sorted = units.sorted { ($0.rate ?? -1, $1.unit.code) > ($1.rate ?? -1, $0.unit.code) }
        return Table(columns: ["code", "name", "latitude", "longitude", "received", "online_submission", "map_class"], rows: sorted.map { u in
            [.text(u.unit.code), .text(u.unit.name), u.point.map { .number($0.latitude, 4) } ?? .empty, u.point.map { .number($0.longitude, 4) } ?? .empty,
             .integer(u.received), u.rate.map { .percent($0, 2) } ?? .empty,
             .text(u.rate.map { classes.labels[classes.classIndex($0)] } ?? missingWords(language ?? .en))]
        }, notes: [(language ?? .en).pick(
            en: "map_class: the map's colour class (a class holds its lower bound); latitude and longitude: the unit's representative point (WGS 84)",
            vi: "Nhóm trên bản đồ: nhóm màu của đơn vị (mỗi nhóm gồm cả cận dưới); vĩ độ, kinh độ: điểm đại diện của đơn vị (WGS 84)")],
            language: language)
    }

    /// Codes of the units far from the others' median point (offshore special zones), on a commune map.
    static func offshore(_ units: [MapUnit]) -> Set<String> {
        guard units.count > 2, units.allSatisfy({ $0.unit.level == .commune }) else { return [] }
        func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }
        let lat = median(units.map { $0.point!.latitude }), lon = median(units.map { $0.point!.longitude })
        let k = cos(lat * .pi / 180)
        return Set(units.filter { u in
            let dx = (u.point!.longitude - lon) * k, dy = u.point!.latitude - lat
            return (dx * dx + dy * dy).squareRoot() > insetDistance
        }.map(\.unit.code))
    }

    static func missingWords(_ language: Language) -> String {
        language.pick(en: "no applications", vi: "không có hồ sơ")
    }

    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    static func description(_ units: [MapUnit], ranked: [MapUnit], language: Language, metric: Metric) -> String {
        let n = language.numbers
        let missing = units.filter { $0.rate == nil }.count, unplaced = units.filter { $0.point == nil }.count
        let level = units.first?.unit.level ?? .province
        var text = language.pick(
            en: "Map of \(n.integer(units.count)) units (level: \(level.term.en)) at their representative points; circle area proportional to applications received, "
                + "colour the \(metric.term.en) in five classes with breaks at \(breaks.map { n.percent($0, 0) }.joined(separator: ", ")).",
            vi: "Bản đồ \(n.integer(units.count)) đơn vị (cấp \(level.term.vi)) tại điểm đại diện; diện tích vòng tròn tỷ lệ với số hồ sơ tiếp nhận, "
                + "màu thể hiện \(metric.term.vi) theo năm nhóm, ngưỡng \(breaks.map { n.percent($0, 0) }.joined(separator: "; ")).")
        if ranked.count == 1, let only = ranked.first {
            text += " " + language.pick(en: "One unit has a rate: \(only.unit.name) \(n.percent(only.rate, 2)).",
                                        vi: "Một đơn vị có tỷ lệ: \(only.unit.name) \(n.percent(only.rate, 2)).")
        } else if let low = ranked.first, let high = ranked.last {
            text += " " + language.pick(
                en: "Lowest: \(low.unit.name) \(n.percent(low.rate, 2)); highest: \(high.unit.name) \(n.percent(high.rate, 2)).",
                vi: "Thấp nhất: \(low.unit.name) \(n.percent(low.rate, 2)); cao nhất: \(high.unit.name) \(n.percent(high.rate, 2)).")
        }
        if missing > 0 {
            text += " " + language.pick(en: "\(n.integer(missing)) without applications, drawn hatched grey.",
                                        vi: "\(n.integer(missing)) đơn vị không có hồ sơ, vẽ bằng nền xám gạch chéo.")
        }
        if unplaced > 0 {
            text += " " + language.pick(en: "\(n.integer(unplaced)) without coordinates, listed in the table only.",
                                        vi: "\(n.integer(unplaced)) đơn vị chưa có tọa độ, chỉ liệt kê trong bảng.")
        }
        return text
    }
}
