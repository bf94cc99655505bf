import Foundation
import Testing
import UptakeTestSupport

/// The published KH02 figures for July 2025 (`/work/shared/data/kh02-published-figures.md`,
/// `datasets/kh02-2025/README.md`), recomputed from the generated dataset through Uptake's own
/// commands, as an analyst would: generate, ingest, then `rates` and `readiness` in JSON.
@Suite(.tags(.slow)) struct PublishedFiguresTests {
    let cli = CLIRunner()

    typealias Rows = [[String: Any]]

    func json(_ arguments: [String], in dir: TemporaryDirectory, sourceLocation: SourceLocation = #_sourceLocation) throws -> Rows {
        let out = try cli.run(arguments + ["--format", "json"], in: dir.path)
        try #require(out.status == 0, "uptake \(arguments.joined(separator: " ")): \(out.stderr)", sourceLocation: sourceLocation)
        return try #require(JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? Rows, sourceLocation: sourceLocation)
    }

    /// One dataset for every figure: June and July 2025, every province and commune (generating and
    /// ingesting it takes about 25 s in a debug build, so it is done once per test run and shared with
    /// the notebooks that generate the same).
    @Test func julyFiguresHoldThroughTheCommands() throws {
        let dir = TemporaryDirectory()
        try SharedDataset.nationalJuneJuly.copy(into: dir)
        try haNoiSubmitsLeastOnline(dir)
        try haNoiReturnsFewResultsOnline(dir)
        try hoChiMinhCityReceivesLessInJuly(dir)
        let readiness = try json(["readiness", "--as-of", "2025-07-31"], in: dir)
        mapColoursMatch(readiness)
        basicRequirementsMatch(readiness)
        try namedProvincesLackSignatures(dir)
    }

    /// Hà Nội: 32.73% submitted online in July, the lowest of the 34 provinces.
    func haNoiSubmitsLeastOnline(_ dir: TemporaryDirectory) throws {
        let rows = try json(["rates", "--metric", "online-submission", "--level", "province", "--period", "2025-07", "--rank"], in: dir)
        #expect(rows.count == 34)
        let haNoi = try #require(rows.first { $0["code"] as? String == "01" })
        let rate = try #require(haNoi["rate"] as? Double)
        #expect((rate * 10_000).rounded() == 3273, "Hà Nội's online-submission rate is \(rate)")
        #expect(haNoi["rank"] as? Int == 34 && haNoi["mark"] as? String == "lowest")
    }

    /// Hà Nội: 5.3% of results returned online in July.
    func haNoiReturnsFewResultsOnline(_ dir: TemporaryDirectory) throws {
        let rows = try json(["rates", "--metric", "online-result", "--locality", "01", "--period", "2025-07"], in: dir)
        let rate = try #require(rows.first?["rate"] as? Double)
        #expect((rate * 1000).rounded() == 53, "Hà Nội's online-result rate is \(rate)")
    }

    /// Hồ Chí Minh City: applications received per day "much lower" in July than in June (the
    /// calibration reads "much" as at most 85% of June's).
    func hoChiMinhCityReceivesLessInJuly(_ dir: TemporaryDirectory) throws {
        let rows = try json(["rates", "--metric", "received", "--locality", "79", "--by", "month", "--from", "2025-06-01", "--to", "2025-07-31"], in: dir)
        #expect(rows.map { $0["period"] as? String } == ["2025-06", "2025-07"])
        let june = try #require(rows.first?["per_day"] as? Double), july = try #require(rows.last?["per_day"] as? Double)
        #expect(july < 0.85 * june, "per day: June \(june), July \(july)")
    }

    /// 34/34 provinces green; 8 named provinces with every commune green; 13 others above 70%;
    /// Cao Bằng 3 of 56 and Lai Châu 3 of 38 communes green.
    func mapColoursMatch(_ rows: Rows) {
        let provinces = rows.filter { $0["code"] as? String != "VN" }
        #expect(provinces.count == 34)
        #expect(provinces.allSatisfy { $0["status"] as? String == "green" })
        let allGreen = Set(provinces.filter { ($0["green"] as? Int) == ($0["communes"] as? Int) }.compactMap { $0["code"] as? String })
        // Sơn La, Lạng Sơn, Phú Thọ, Lào Cai, Cà Mau, Hà Nội, Huế, Hưng Yên.
        #expect(allGreen == ["14", "20", "25", "15", "96", "01", "46", "33"])
        let above70 = provinces.filter { ($0["green_share"] as? Double ?? 0) > 0.7 }.count
        #expect(above70 - allGreen.count == 13)
        func green(_ code: String) -> [Int?] {
            let row = provinces.first { $0["code"] as? String == code }
            return [row?["green"] as? Int, row?["communes"] as? Int]
        }
        #expect(green("04") == [3, 56])
        #expect(green("12") == [3, 38])
    }

    /// 1,981 of 3,321 communes meet the basic requirements.
    func basicRequirementsMatch(_ rows: Rows) {
        let nation = rows.first { $0["code"] as? String == "VN" }
        #expect(nation?["basic"] as? Int == 1981)
        #expect(nation?["communes"] as? Int == 3321)
    }

    /// Khánh Hòa, Lai Châu, Lâm Đồng, Tây Ninh, Cần Thơ, Đà Nẵng and Vĩnh Long still lack digital
    /// signatures or certificates: they have the seven lowest shares of communes with both.
    func namedProvincesLackSignatures(_ dir: TemporaryDirectory) throws {
        let rows = try json(["readiness", "--as-of", "2025-07-31", "--criteria", "digital_signature,digital_certificate"], in: dir)
        let provinces = rows.filter { $0["code"] as? String != "VN" }
        let named: Set<String> = ["56", "12", "68", "80", "92", "48", "86"]
        for row in provinces where named.contains(row["code"] as? String ?? "") {
            #expect((row["basic"] as? Int ?? 0) < (row["communes"] as? Int ?? 0), "\(row["name"] ?? "?") has every commune signing")
        }
        let lowest = provinces.sorted { ($0["basic_share"] as? Double ?? 0) < ($1["basic_share"] as? Double ?? 0) }.prefix(7)
        #expect(Set(lowest.compactMap { $0["code"] as? String }) == named)
    }
}

/// Every notebook in `notebooks-md/` must reproduce its outputs exactly.
@Suite(.tags(.slow)) struct NotebookCheckTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("notebooks-md")

    static var notebooks: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test func thereAreNotebooks() {
        #expect(!NotebookCheckTests.notebooks.isEmpty, "no notebooks in \(NotebookCheckTests.folder.path)")
    }

    /// Notebooks with the same setup (01 and 04; 03 and 05; 01 and the published figures) share it.
    @Test(arguments: NotebookCheckTests.notebooks)
    func notebookOutputsMatch(name: String) throws {
        let dir = TemporaryDirectory()
        let out = try CLIRunner(environment: ["UPTAKE_NOTEBOOK_CACHE": SharedDataset.root])
            .run(["notebook", "check", NotebookCheckTests.folder.appendingPathComponent(name).path], in: dir.path)
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
    }

    /// The CLI's setup cache and SharedDataset name a setup's folder alike (else they would build the
    /// national dataset twice), and a notebook served from the cache still compares its outputs.
    @Test func theNotebookCacheAndSharedDatasetsAgree() throws {
        let setup = SharedDataset([["init"], ["generate", "--out", "data", "--from", "2025-07-01", "--to", "2025-07-02", "--provinces", "04"],
                                   SharedDataset.ingestGenerated])
        let printed = try setup.copy(into: TemporaryDirectory())
        var text = "# Cao Bằng\n\n```console\n"
        for (command, output) in zip(setup.commands, printed) { text += "$ uptake \(command.joined(separator: " "))\n\(output)" }
        let dir = TemporaryDirectory(), cache = TemporaryDirectory()
        dir.write("n.md", text + "$ uptake localities --parent 04 --search thuc\n```\n")
        let cli = CLIRunner(environment: ["UPTAKE_NOTEBOOK_CACHE": cache.path])
        let first = try cli.run(["notebook", "check", "n.md"], in: dir.path)
        #expect(first.stdout.contains("n.md:13: the output of `uptake localities --parent 04 --search thuc` differs"), "\(first.stdout)")
        #expect(first.stdout.contains("4 commands, 1 differ"), "the setup's outputs match: \(first.stdout)")
        #expect(FileManager.default.fileExists(atPath: cache.file(setup.key + "/outputs.json")), "built under SharedDataset's key \(setup.key)")
        #expect(FileManager.default.fileExists(atPath: cache.file(setup.key + "/state/uptake.sqlite")))
        // From the cache: the same outputs, the same data (the last command reads it).
        let again = try cli.run(["notebook", "check", "n.md"], in: dir.path)
        #expect(again.stdout == first.stdout)
        #expect(again.stdout.contains("+01273  04           commune  Ward       Thục Phán  Phường Thục Phán"), "\(again.stdout)")
    }
}
