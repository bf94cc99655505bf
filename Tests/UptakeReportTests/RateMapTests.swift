import Foundation
import Testing
import UptakeTestSupport
import UptakeAnalysis
import UptakeCharts
import UptakeCore
@testable import UptakeReport

/// The map as the report and the dashboard draw it, on the 34 provinces' shipped points.
@Suite struct RateMapTests {
    static let provinceCodes = ["01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40", "42", "44", "46",
                                "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96"]

    /// Every province with a made-up rate (Hà Nội lowest at 15%, Đà Nẵng highest at 85%), Cao Bằng with no applications.
    static var nation: [MapUnit] {
        provinceCodes.enumerated().map { i, code in
            let rate: Double? = code == "04" ? nil : code == "01" ? 0.15 : code == "48" ? 0.85 : 0.3 + Double(i) * 0.012
            return MapUnit(unit: ReportUnit(code: code, name: "P\(code)", level: .province), point: LocalityPoints.vietnam2025[code],
                           received: code == "04" ? 0 : Int64(1_000 + i * 500), rate: rate)
        }
    }

    static func centre(_ e: SVGElements.Element?) -> (x: Double, y: Double) {
        (Double(e?.attributes["cx"] ?? "") ?? .nan, Double(e?.attributes["cy"] ?? "") ?? .nan)
    }

    @Test(arguments: Language.allCases)
    func thirtyFourProvincesWhereGeographyPutsThem(language: Language) throws {
        #expect(Self.provinceCodes.allSatisfy { LocalityPoints.vietnam2025[$0] != nil })
        let chart = RateMap.chart(id: "map", units: Self.nation, title: "Map", language: language)
        let doc = try SVGElements(chart.svg)
        let circles = doc.symbols
        #expect(circles.count == 34 && chart.markCount == 34)
        let hanoi = Self.centre(circles["01"]), hcmc = Self.centre(circles["79"]), dienBien = Self.centre(circles["11"])
        let haiPhong = Self.centre(circles["31"]), caMau = Self.centre(circles["96"]), hue = Self.centre(circles["46"])
        #expect(hanoi.y < hue.y && hue.y < hcmc.y && hcmc.y < caMau.y, "north to south: Hà Nội, Huế, Hồ Chí Minh City, Cà Mau")
        #expect(dienBien.x < hanoi.x && hanoi.x < haiPhong.x, "west to east: Điện Biên, Hà Nội, Hải Phòng")
        let southernmost = circles.max { Self.centre($0.value).y < Self.centre($1.value).y }?.key
        #expect(southernmost == "96", "Cà Mau is the southernmost province")
        #expect(circles["04"]?.attributes["fill"] == "url(#map-missing)")
        #expect(circles["01"]?.attributes["fill"] == "#ffffcc" && circles["48"]?.attributes["fill"] == "#253494")
        #expect(chart.svg.contains("data-code=\"01\">P01</text>") && chart.svg.contains("data-code=\"48\">P48</text>"), "lowest and highest labelled")
        // Tall, not squeezed: the map is higher than wide, and fits a page.
        let height = Double(doc.root?.attributes["height"] ?? "") ?? 0
        #expect(height > 600 && height < 900)
    }

    @Test func legendAndDescriptionInEachLanguage() {
        #expect(RateMap.classLabels(.en) == ["< 20%", "20%–40%", "40%–60%", "60%–80%", "≥ 80%"])
        #expect(RateMap.classLabels(.vi) == ["< 20 %", "20 %–40 %", "40 %–60 %", "60 %–80 %", "≥ 80 %"])
        let vi = RateMap.chart(id: "map", units: Self.nation, title: "Bản đồ", language: .vi).svg
        #expect(vi.contains("Thấp nhất: P01 15,00 %; cao nhất: P48 85,00 %."))
        #expect(vi.contains(">không có hồ sơ</text>") && vi.contains(">Tỷ lệ hồ sơ trực tuyến</text>"))
        let en = RateMap.chart(id: "map", units: Self.nation, title: "Map", language: .en).svg
        #expect(en.contains("Lowest: P01 15.00%; highest: P48 85.00%.") && en.contains("1 without applications, drawn hatched grey."))
    }

    /// The table behind the map: the same units, rates and classes, highest first, missing last.
    @Test func theTableHoldsTheMapsNumbers() throws {
        let table = RateMap.table(Self.nation, language: .vi)
        #expect(table.rows.count == 34)
        #expect(table.rows.first?[0] == .text("48") && table.rows.last?[0] == .text("04"))
        #expect(table.rows.last?[6] == .text("không có hồ sơ"))
        #expect(table.rows.first { $0[0] == .text("01") }?[6] == .text("< 20 %"))
        #expect(table.columns.allSatisfy(ColumnGlossary.isTranslated))
    }

    /// A province's communes: Trường Sa, 5° offshore, goes to the inset; the mainland keeps its scale.
    @Test func offshoreCommunesGoToTheInset() {
        let khanhHoa = ["22736", "22333", "22366", "22732", "22738"].compactMap { code in
            LocalityPoints.vietnam2025[code].map { MapUnit(unit: ReportUnit(code: code, name: code, level: .commune), point: $0, received: 100, rate: 0.5) }
        }
        #expect(khanhHoa.count == 5)
        #expect(RateMap.offshore(khanhHoa) == ["22736"])
        #expect(RateMap.offshore(Self.nation).isEmpty, "a national map has no inset")
    }

    /// The report's part: the fixture's national report has its 10 provinces on the map, and its table.
    @Test func theReportsMapPart() async throws {
        let report = try await MonthlyReportTests.build()
        let map = try #require(report.map.content)
        #expect(map.units.count == 10 && map.units.allSatisfy { $0.point != nil && $0.rate != nil })
        let part = ReportParts(report: report, language: .vi).map()
        #expect(part.gap == nil && part.charts.count == 1 && part.tables.first?.rows.count == 10)
        #expect(part.title == "Bản đồ các tỉnh, thành phố")
        let province = try await MonthlyReportTests.build(province: "79")
        #expect(province.map.content?.units.map(\.unit.code).sorted() == ["26734", "26737"])
    }
}
