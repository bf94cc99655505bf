import Foundation
import Testing
import UptakeTestSupport
@testable import UptakeCore

/// A property-based fuzzer for the three readers (CSV, JSON array, NDJSON) and the applications
/// validators: seed inputs (good rows and the bad-input corpus) are mutated at random — bytes
/// flipped, inserted or deleted, structural characters and invalid UTF-8 spliced in, the file cut —
/// and each mutant must (1) not crash, (2) give the same records and problems whatever the chunk
/// size, (3) place every problem at a line and column inside the input, and (4) for applications
/// CSV rows, get the same verdict from the fast path and the full validator.
///
/// `make fuzz` runs it with `UPTAKE_FUZZ_ITERATIONS=20000` per reader; `make test` with 300.
@Suite struct ParserFuzzTests {
    static var iterations: Int { ProcessInfo.processInfo.environment["UPTAKE_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 300 }

    static let header = "date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time\n"
    static let csvSeeds: [String] = [
        header + "2025-07-01,00004,land,40,5,3,1,,2\n2025-07-02,00004,,1,0,,,,\n",
        header + "2025-07-01,\"00004\",\"civil, status\",4,1,,,,\r\n\"2025-07-02\",00004,land,\"1\",0,,,1,\n",
        "start,end,locality,system,kind,errors,note\n2025-07-01T08:00:00+07:00,2025-07-01T09:30Z,00004,network,outage,3,\"a \"\"note\"\"\nover lines\"\n",
        "code,parent_code,level,name\n01,,province,Hà Nội\n00004,01,commune,Ba Đình\n",
    ]
    static let jsonSeeds: [String] = [
        "[\n  {\"date\": \"2025-07-01\", \"locality\": \"00004\", \"received\": 4, \"received_online\": 1},\n  {\"date\": \"2025-07-02\", \"locality\": \"00004\", \"received\": \"5\", \"received_online\": null, \"note\": \"Hà \\u004e\\ud83d\\ude00\"}\n]\n",
        "[{\"a\": -0.5e+3, \"b\": true, \"c\": false}, {}]",
    ]
    static let ndjsonSeeds: [String] = [
        "{\"date\": \"2025-07-01\", \"locality\": \"00004\", \"received\": 4, \"received_online\": 1}\n\n{\"date\": \"2025-07-02\", \"locality\": \"00008\", \"received\": 0, \"received_online\": 0}\n",
    ]

    /// The corpus of hostile inputs committed for the store's tests (`Tests/*/BadInputs`), as more seeds.
    static func corpus(_ ext: String) -> [String] {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: tests.path)) ?? [])
            .map { tests.appendingPathComponent($0).appendingPathComponent("BadInputs") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        return folders.flatMap { folder -> [String] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0.hasSuffix("." + ext) }.sorted().compactMap { name -> String? in
                guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path), data.count < 10_000 else { return nil }
                return String(decoding: data, as: UTF8.self)
            }
        }
    }

    @Test func theCorpusSeedsTheFuzzer() {
        #expect(ParserFuzzTests.corpus("csv").count >= 10 && !ParserFuzzTests.corpus("json").isEmpty && !ParserFuzzTests.corpus("ndjson").isEmpty)
    }

    static let splices: [[UInt8]] = [[0x22], [0x2C], [0x0A], [0x0D, 0x0A], [0x7B], [0x7D], [0x5B], [0x5D], [0x3A], [0x5C], [0x5C, 0x75],
                                     [0xFF], [0xC3], [0xE0, 0x20], [0xEF, 0xBB, 0xBF], [0x00], [0x1B], Array("\"\"".utf8),
                                     Array("9999999999999999999".utf8), Array("-1".utf8), Array("null".utf8), Array("2100-01-01".utf8)]

    static func mutate(_ seed: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
        var b = seed
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let at = b.isEmpty ? 0 : Int.random(in: 0...b.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0 where at < b.count: b[at] = UInt8.random(in: 0...255, using: &rng)
            case 1: b.insert(contentsOf: splices.randomElement(using: &rng)!, at: at)
            case 2 where at < b.count: b.removeSubrange(at..<min(b.count, at + Int.random(in: 1...8, using: &rng)))
            case 3: b.removeSubrange(at..<b.count)  // cut the file
            case 4 where at < b.count:
                let end = min(b.count, at + Int.random(in: 1...40, using: &rng))
                b.insert(contentsOf: Array(b[at..<end]), at: end)  // repeat a run
            default: b.insert(UInt8.random(in: 0x20...0x7E, using: &rng), at: at)
            }
        }
        return b
    }

    enum Outcome: Equatable {
        case record([String], line: Int)
        case problem(RowProblem)
    }

    static func parse<P: IncrementalParser>(_ bytes: [UInt8], _ parser: P, chunk: Int, rows: inout [RawRow]) -> [Outcome] {
        let results = parseInChunks(bytes, parser, chunk: chunk) { r -> (Outcome, RawRow) in
            let fields = r.names.isEmpty ? (0..<r.fieldCount).map { r.text($0) } : zip(r.names, (0..<r.fieldCount).map { r.text($0) }).map { "\($0)=\($1)" }
            return (.record(fields, line: r.line), r)
        }
        return results.map { result in
            switch result {
            case .success(let (outcome, row)):
                rows.append(row)
                return outcome
            case .failure(let box):
                return .problem(box.problem)
            }
        }
    }

    func run<P: IncrementalParser>(_ name: String, seeds: [String], make: () -> P, seed: UInt64, validate: Bool) {
        var rng = SeededRandom(seed: seed)
        let seedBytes = seeds.map { Array($0.utf8) }
        var records = 0, problems = 0
        for _ in 0..<ParserFuzzTests.iterations {
            let input = ParserFuzzTests.mutate(seedBytes.randomElement(using: &rng)!, &rng)
            var rows: [RawRow] = []
            var ignored: [RawRow] = []
            let whole = ParserFuzzTests.parse(input, make(), chunk: 1 << 20, rows: &rows)
            let chunked = ParserFuzzTests.parse(input, make(), chunk: Int.random(in: 1...17, using: &rng), rows: &ignored)
            #expect(whole == chunked, "\(name): chunking changed the outcome of \(String(decoding: input, as: UTF8.self).debugDescription)")
            let lines = input.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            for case .problem(let p) in whole {
                problems += 1
                #expect(p.line >= 1 && p.line <= lines + 1 && p.column >= 0, "\(name): \(p) outside \(String(decoding: input, as: UTF8.self).debugDescription)")
            }
            records += rows.count
            if validate, let headerRow = rows.first { checkValidators(headerRow, rows.dropFirst()) }
        }
        #expect(records > 0 && problems > 0, "\(name): the mutants must reach both records and problems to mean anything")
    }

    /// The fast path and the full validator agree on every row of a mutated applications file.
    func checkValidators(_ header: RawRow, _ rows: ArraySlice<RawRow>) {
        let names = (0..<header.fieldCount).map { header.text($0) }
        let (map, problems) = FieldMap.build(names: names, columns: header.columns, schema: InputKind.applications.schema, line: 1)
        guard problems.isEmpty else { return }
        let validator = RowValidator(resolveLocality: { String(decoding: $0, as: UTF8.self) == "00004" ? 7 : nil },
                                     resolveSector: { $0.count })
        let columns = ApplicationColumns(map)
        for row in rows where row.fieldCount == header.fieldCount {
            let fast = validator.fastApplication(row, columns: columns, allSectorID: 3)
            switch validator.application(row, map: map) {
            case .valid(let full): #expect(fast == full)
            case .invalid(let ps):
                #expect(fast == nil, "\(ps)")
                for p in ps { #expect(p.message.count < 400, "a message stays short: \(p.message.prefix(80))") }
            }
        }
    }

    @Test func csvReader() {
        run("csv", seeds: ParserFuzzTests.csvSeeds + ParserFuzzTests.corpus("csv"), make: { CSVParser() }, seed: 11, validate: true)
    }

    @Test func jsonReader() {
        run("json", seeds: ParserFuzzTests.jsonSeeds + ParserFuzzTests.corpus("json"), make: { JSONRecordParser(mode: .array) }, seed: 12, validate: false)
    }

    @Test func ndjsonReader() {
        run("ndjson", seeds: ParserFuzzTests.ndjsonSeeds + ParserFuzzTests.corpus("ndjson"), make: { JSONRecordParser(mode: .lines) }, seed: 13, validate: false)
    }
}
