import Foundation
import Testing
import UptakeTestSupport

/// The CLI on PostgreSQL (`--db postgres://…` or `$UPTAKE_DB`), on a throwaway cluster: `init` runs
/// the migrations and loads the localities, `ingest` loads a generated sample, and every answer
/// equals the same command's on SQLite, plan tasks and their computed colours included.
@Suite struct PostgresCLITests {
    let cli = CLIRunner()

    @Test(.enabled(if: PostgresTestCluster.unavailableReason == nil, Comment(rawValue: PostgresTestCluster.unavailableReason ?? "")))
    func ratesOnPostgreSQLEqualRatesOnSQLite() throws {
        let dir = TemporaryDirectory()
        let url = try PostgresTestCluster.shared.get().createDatabase()
        #expect(try cli.run(["generate", "--provinces", "01,04", "--from", "2025-06-01", "--to", "2025-07-31", "--out", "data"], in: dir.path).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.file("data")).filter { $0.hasSuffix(".csv") }.sorted().map { "data/" + $0 }
        #expect(!files.isEmpty)

        let initPG = try cli.run(["init", "--db", url], in: dir.path)
        #expect(initPG.status == 0, "\(initPG.stderr)")
        #expect(initPG.stdout.hasSuffix(": 34 provinces, 3321 communes\n"), "\(initPG.stdout)")
        #expect(try cli.run(["init", "--db", url], in: dir.path).stdout.contains("identical to ingest #1; nothing changed"), "init runs again safely")
        let ingestPG = try cli.run(["ingest", "--units", "current", "--db", url] + files, in: dir.path)
        #expect(ingestPG.status == 0, "\(ingestPG.stderr)")
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let ingestSQLite = try cli.run(["ingest", "--units", "current"] + files, in: dir.path)
        #expect(ingestPG.stdout == ingestSQLite.stdout, "the same rows inserted, revised and unchanged")
        #expect(files.contains("data/tasks.csv") && ingestPG.stdout.contains("tasks.csv"), "plan tasks too: \(ingestPG.stdout)")
        // The tasks file again: every record unchanged, as SQLite says it.
        let againPG = try cli.run(["ingest", "--units", "current", "--db", url, "data/tasks.csv"], in: dir.path)
        let againSQLite = try cli.run(["ingest", "--units", "current", "data/tasks.csv"], in: dir.path)
        #expect(againPG.status == 0 && againPG.stdout == againSQLite.stdout, "\(againPG.stdout)\(againPG.stderr)")

        let questions: [[String]] = [
            ["rates", "--period", "2025-07", "--format", "csv"],
            ["rates", "--level", "province", "--period", "2025-07", "--by", "week", "--format", "csv"],
            ["rates", "--parent", "04", "--from", "2025-06-10", "--to", "2025-07-20", "--metric", "on-time", "--format", "csv"],
            ["rates", "--locality", "01", "--period", "2025-Q3", "--by", "sector", "--format", "csv"],
            ["localities", "--parent", "04", "--format", "csv"],
            ["tasks", "--as-of", "2025-07-31", "--by", "group", "--format", "csv"],
            ["tasks", "--as-of", "2025-07-31", "--overdue", "--format", "csv"],
            ["status", "--period", "2025-07", "--colour", "computed", "--format", "csv"],
        ]
        for question in questions {
            let sqlite = try cli.run(question, in: dir.path)
            let postgres = try cli.run(question + ["--db", url], in: dir.path)
            #expect(sqlite.status == 0 && !sqlite.stdout.isEmpty, "\(question): \(sqlite.stderr)")
            #expect(postgres.stdout == sqlite.stdout, "\(question): \(postgres.stderr)")
        }
        let fromEnvironment = try CLIRunner(environment: ["UPTAKE_DB": url]).run(questions[0], in: dir.path)
        #expect(fromEnvironment.stdout == (try cli.run(questions[0], in: dir.path)).stdout, "$UPTAKE_DB chooses PostgreSQL too")

        let sql = try cli.run(["sql", "select 1", "--db", url], in: dir.path)
        #expect(sql.status != 0)
        #expect(sql.stderr.contains("this command needs a SQLite database"), "\(sql.stderr)")
    }
}
