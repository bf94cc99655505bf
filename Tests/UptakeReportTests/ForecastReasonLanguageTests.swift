import Testing
import UptakeCore
import UptakeStoreAPI
@testable import UptakeAnalysis
@testable import UptakeReport

/// A unit without a forecast says why in the reader's language: the reason is a case, not an English message quoted.
@Suite struct ForecastReasonLanguageTests {
    static let commune = Locality(code: "26734", parentCode: "79", level: .commune, name: "Phường Sài Gòn")
    static let first = Day(valid: 2025, 6, 2)

    static func unit(_ counts: [Double]) -> UnitForecast {
        let types = (0..<counts.count + 14).map { ForecastDayType(first.advanced(by: $0), calendar: .vietnam) }
        let series = DailySeries(locality: commune, sector: nil, first: first, numerator: counts + Array(repeating: .nan, count: 14), denominator: nil)
        return Forecaster.forecast(series, types: types, history: counts.count, window: DailyForecast.standardWindow)
    }

    static func notes(_ unit: UnitForecast) -> (en: [String], vi: [String]) {
        let result = ForecastResult(metric: .received, model: "negative_binomial", windowStart: first, historyTo: first.advanced(by: 83),
                                    until: first.advanced(by: 97), level: 0.95, sectors: nil, units: [unit])
        let table = ForecastReport(result).table
        return (table.notes, table.notesVi ?? [])
    }

    @Test func aWindowOfZerosIsSaidToHaveNoApplications() {
        let unit = Self.unit(Array(repeating: 0, count: 84))
        #expect(unit.unavailable == .noApplications)
        let (en, vi) = Self.notes(unit)
        #expect(en.contains("Phường Sài Gòn (26734): no forecast: forecasting needs some applications in the history's window (every day is 0)"))
        #expect(vi.contains("Phường Sài Gòn (26734): không có dự báo: không có hồ sơ nào trong khoảng lịch sử dùng để ước lượng (mọi ngày đều bằng 0)"))
    }

    @Test func tooFewDaysSaysHowManyWereNeededAndFound() throws {
        // Data on two working days of the window (20 and 21 August) only: fewer than the 3 that even a model of the level alone needs.
        let unit = Self.unit(Array(repeating: .nan, count: 79) + [12, 9, .nan, .nan, .nan])
        guard case .tooFewWorkingDays(let needed, let found, let window) = try #require(unit.unavailable) else {
            Issue.record("expected too few working days, got \(String(describing: unit.unavailable))"); return
        }
        #expect(found < needed && window == 84)
        let (_, vi) = Self.notes(unit)
        #expect(vi.contains("Phường Sài Gòn (26734): không có dự báo: cần ít nhất \(needed) ngày làm việc có số liệu trong 84 ngày cuối của chuỗi lịch sử (có \(found))"))
        #expect(!vi.joined().contains("forecasting needs"), "no English left in the Vietnamese notes")
    }
}
