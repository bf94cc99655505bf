import Foundation
import Testing
import UptakeTestSupport

/// `uptake sql` reads on a connection of its own without opening the store (issue 27, start-up): it
/// changes nothing in the file, leaves no -wal or -shm beside it, and still warns about a database a
/// newer Uptake wrote.
@Suite struct SQLReadOnlyCLITests {
    let cli = CLIRunner()

    func ingested() throws -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        dir.write("a.csv", "date,locality,received,received_online\n2025-07-01,00004,4,1\n2025-07-02,00004,6,2\n")
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        return dir
    }

    func bytes(_ file: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: file)) }

    /// A read-only SQLite connection cannot remove the -wal and -shm it creates; the command's must,
    /// or it leaves files owned by whoever ran it beside a database others share.
    @Test func sqlLeavesTheFileAsItWasAndNothingBesideIt() throws {
        let dir = try ingested()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: dir.file("uptake.sqlite" + suffix)) }
        let before = try bytes(dir.file("uptake.sqlite"))
        let out = try cli.run(["sql", "select count(*) as n from localities where code = '00004'", "--format", "csv"], in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "n\n1\n")
        #expect(out.stderr.isEmpty)
        #expect(try bytes(dir.file("uptake.sqlite")) == before, "the database file changed")
        let beside = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("uptake.sqlite-") }
        #expect(beside.isEmpty, "left \(beside)")
    }

    @Test(.enabled(if: SQLiteShell.isInstalled, "needs the sqlite3 shell to raise the schema version"))
    func sqlWarnsAboutANewerDatabaseAndStillAnswers() throws {
        let dir = try ingested()
        try SQLiteShell.run(dir.file("uptake.sqlite"), "PRAGMA user_version = 99")
        let out = try cli.run(["sql", "select 1 as one", "--format", "csv"], in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "one\n1\n")
        #expect(out.stderr.hasPrefix("warning: uptake.sqlite was written by a newer version of Uptake (schema version 99; this version knows up to "), "\(out.stderr)")
        #expect(out.stderr.hasSuffix("); it is opened read-only\n"), "\(out.stderr)")
        #expect(try SQLiteShell.run(dir.file("uptake.sqlite"), "PRAGMA user_version") == "99\n", "left as it was")
    }
}
