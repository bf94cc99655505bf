import Foundation
import Testing
import UptakeTestSupport

/// Makes a folder read-only for the test: `chmod 0555`, and for root (whom modes do not stop)
/// `chattr +i`. Where neither works the test is skipped, and says so.
enum ReadOnlyFolder {
    static func make(_ dir: String) -> Bool {
        chmod(dir, 0o555)
        if !isWritable(dir) { return true }
        chattr("+i", dir)
        return !isWritable(dir)
    }

    static func undo(_ dir: String) {
        chattr("-i", dir)
        chmod(dir, 0o755)
    }

    static func isWritable(_ dir: String) -> Bool {
        let probe = dir + "/.probe-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: probe, contents: nil) else { return false }
        try? FileManager.default.removeItem(atPath: probe)
        return true
    }

    private static func chattr(_ flag: String, _ dir: String) {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chattr") else { return }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        p.arguments = [flag, dir]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return }
        p.waitUntilExit()
    }

    static let canMake: Bool = {
        let dir = TemporaryDirectory()
        defer { undo(dir.path) }
        return make(dir.path)
    }()
}

@Suite(.enabled(if: ReadOnlyFolder.canMake, "needs a way to make a folder read-only (chmod as a user, chattr as root)"))
struct ReadOnlyFolderTests {
    let cli = CLIRunner()

    @Test func queriesWorkOnADatabaseInAReadOnlyFolderAndIngestsSayWhy() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        dir.write("a.csv", "date,locality,received,received_online\n2025-07-01,00004,4,1\n")
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        try? FileManager.default.removeItem(atPath: dir.file("a.csv"))
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(ReadOnlyFolder.make(dir.path))
        defer { ReadOnlyFolder.undo(dir.path) }
        // Run from another folder: the runner keeps its captured output in the working folder.
        let work = TemporaryDirectory()
        let db = dir.file("uptake.sqlite")

        let sql = try cli.run(["sql", "select count(*) as n from applications", "--format", "csv", "--db", db], in: work.path)
        #expect(sql.status == 0, "\(sql.stderr)")
        #expect(sql.stdout == "n\n1\n")
        let rates = try cli.run(["rates", "--metric", "received", "--locality", "00004", "--period", "2025-07", "--format", "csv", "--db", db], in: work.path)
        #expect(rates.status == 0, "\(rates.stderr)")
        #expect(rates.stdout.split(separator: "\n").count == 2, "\(rates.stdout)")
        work.write("b.csv", "date,locality,received,received_online\n2025-07-02,00004,4,1\n")
        let ingest = try cli.run(["ingest", "--units", "current", "b.csv", "--db", db], in: work.path)
        #expect(ingest.status == 2)
        #expect(ingest.stderr.hasPrefix("error: cannot ingest: the folder of \(db) is read-only"), "\(ingest.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before, "nothing was created")
    }
}
