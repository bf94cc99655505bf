import Foundation
import Testing
import UptakeAnalysis
import UptakeCore

/// The one decoder every endpoint uses: a question's parameters from a URL's query, refused by name
/// when unknown, repeated or malformed, and listed for openapi.yaml.
@Suite struct ParameterDecoderTests {
    /// The command line\'s spelling, as the CLI defines it.
    static let dashes = ParameterSpelling(prefix: "--")

    @Test func decodesTypedValuesAndFlattensTheGroups() throws {
        let q = try ParameterDecoder.decode(RatesQuestion.self, from: [
            ("metric", "received"), ("parent", "01"), ("period", "2025-07"), ("sector", "land,civil_status"),
            ("by", "week"), ("confidence", "0.9"), ("rank", ""), ("with", "incidents"),
        ])
        #expect(q.metric == .received)
        #expect(q.units == UnitQuery(level: .province, parent: "01"))
        #expect(q.days.period == PeriodExpression(period: "2025-07"))
        #expect(q.days.sectors?.map(\.name) == ["land", "civil_status"])
        #expect(q.by == .week && q.confidence == 0.9 && q.rank)
        #expect(q.with?.kinds == [.incidents])
    }

    @Test func absentParametersKeepTheirDefaults() throws {
        let q = try ParameterDecoder.decode(AnomaliesQuestion.self, from: [])
        #expect(q.metric == nil && q.units.level == .province && !q.bySector && !q.noEvents && q.falseFlags == nil)
        // An empty sector field (a form sends one for "all sectors") is no sector filter.
        #expect(try ParameterDecoder.decode(RatesQuestion.self, from: [("sector", "")]).days.sectors == nil)
    }

    @Test func refusesByName() {
        func refusal(_ pairs: [(String, String)]) -> String? {
            do { _ = try ParameterDecoder.decode(CompareQuestion.self, from: pairs); return nil } catch { return error.message }
        }
        #expect(refusal([("format", "csv")]) == "unknown parameter \"format\"")
        #expect(refusal([("period", "2025-07"), ("period", "2025-06")]) == "parameter \"period\" given twice")
        #expect(refusal([("metric", "speed")])?.hasPrefix("invalid metric \"speed\": expected received, received-online") == true)
        #expect(refusal([("decompose", "maybe")]) == "invalid decompose \"maybe\": expected true or false")
        #expect(refusal([("top", "ten")]) == "invalid top \"ten\": expected a whole number")
        #expect(refusal([("alpha", "nan")]) == "invalid alpha \"nan\": expected a number")
        #expect(refusal([("as-of", "2025-02-30")]) == "invalid as-of \"2025-02-30\": expected YYYY-MM-DD")
        #expect(refusal([("baseline", "June")])?.hasPrefix("invalid baseline \"June\": expected a period such as 2025-06") == true)
        #expect(refusal([("sector", "Land")])?.hasPrefix("invalid sector \"Land\": expected lowercase names") == true)
    }

    @Test func listsEveryParameterOnceInOrder() {
        #expect(ParameterDecoder.parameters(of: LaggingQuestion.self) == ["metric", "level", "locality", "parent", "period", "as-of", "from", "to", "sector", "fdr", "vintage"])
        #expect(ParameterDecoder.parameters(of: GapQuestion.self) == ["locality", "versus", "metric", "period", "as-of", "from", "to", "sector", "top", "vintage"])
        #expect(ParameterDecoder.parameters(of: ReadinessQuestion.self) == ["as-of", "level", "parent", "criteria", "vintage"])
    }

    /// The same checks for both callers; only the spelling of the parameter differs.
    @Test func validationSpellsParametersAsTheCallerDoes() {
        let q = CompareQuestion(by: .sector, decompose: true)
        #expect(throws: QueryError("--decompose splits one aggregate's change: leave out --by sector, or give one --sector")) {
            try q.validate(Self.dashes)
        }
        #expect(throws: QueryError("decompose splits one aggregate's change: leave out by sector, or give one sector")) {
            try q.validate(.query)
        }
    }

    /// A question is Codable as JSON too (a notebook or a queue can carry it): each value as its text.
    @Test func aQuestionRoundTripsThroughJSON() throws {
        let asked = try ParameterDecoder.decode(CompareQuestion.self, from: [
            ("metric", "received"), ("locality", "79"), ("by", "sector"), ("period", "2025-07"), ("baseline", "2025-06-01..2025-06-15"),
            ("sector", "land"), ("with", "readiness,incidents"),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(asked), as: UTF8.self)
        #expect(json == #"{"baseline":"2025-06-01..2025-06-15","by":"sector","days":{"period":"2025-07","sector":"land"},"decompose":false,"#
                + #""metric":"received","units":{"level":"province","locality":"79"},"with":"incidents,readiness"}"#)
        let again = try JSONDecoder().decode(CompareQuestion.self, from: Data(json.utf8))
        #expect(String(decoding: try encoder.encode(again), as: UTF8.self) == json)
    }
}
