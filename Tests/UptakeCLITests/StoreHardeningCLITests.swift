import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import UptakeTestSupport

/// Issue 22, the SQLite store: what a copy of the file holds, `uptake backup`, read commands on a
/// file that is not an Uptake database, the SQL sandbox's bounds, damaged files, URIs in --db.
@Suite struct StoreHardeningCLITests {
    let cli = CLIRunner()
    static let rows = "date,locality,received,received_online\n2025-07-01,00004,4,1\n2025-07-02,00004,6,2\n"

    /// An initialised database in a fresh folder with two rows ingested.
    func ingested() throws -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        dir.write("a.csv", Self.rows)
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        return dir
    }

    func count(_ db: String, in dir: String) throws -> String {
        try cli.run(["sql", "select count(*) as n from applications", "--format", "csv", "--db", db], in: dir).stdout
    }

    /// With `serve` holding the database open (and having answered, so its connections are all
    /// open), the ingest's own close cannot remove the -wal, and before the fix serve's exit left
    /// the ingest's commits there (65,760 bytes measured by hand), out of a copy of the file alone.
    @Test func theDatabaseFileAloneHoldsTheLastIngestAfterServeStops() async throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let port = try LoopbackHTTPServer.freePort()
        let serve = try cli.start(["serve", "--port", String(port)], in: dir.path)
        defer { if serve.isRunning { serve.terminate() } }
        let rates = try #require(URL(string: "http://127.0.0.1:\(port)/api/v1/rates?metric=received&level=province&period=2025-07"))
        func answered() async -> Bool {
            ((try? await URLSession.shared.data(from: rates))?.1 as? HTTPURLResponse)?.statusCode == 200
        }
        var ready = false
        for _ in 0..<300 where !ready {  // up to 30 s for the debug build to start: a guard, not a bound
            try await Task.sleep(for: .milliseconds(100))
            ready = await answered()
        }
        #expect(ready)
        dir.write("a.csv", Self.rows)
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        #expect(await answered())
        kill(serve.processIdentifier, SIGTERM)  // serve stops as it would under systemd
        #expect(try await ChildProcess.waitForExit(serve, limit: .seconds(60)) == 0)
        let wal = (try? FileManager.default.attributesOfItem(atPath: dir.file("uptake.sqlite-wal")))?[.size] as? Int ?? 0
        #expect(wal == 0, "the -wal still holds \(wal) bytes after the commands ended")
        let elsewhere = TemporaryDirectory()
        try FileManager.default.copyItem(atPath: dir.file("uptake.sqlite"), toPath: elsewhere.file("copy.sqlite"))
        #expect(try count("copy.sqlite", in: elsewhere.path) == "n\n2\n")
    }

    @Test func backupCopiesEveryRowAndTheCopyOpens() throws {
        let dir = try ingested()
        let out = try cli.run(["backup", "--to", "copy.sqlite"], in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("uptake.sqlite copied to copy.sqlite ("))
        #expect(try count("copy.sqlite", in: dir.path) == "n\n2\n")
        let rates = try cli.run(["rates", "--metric", "received", "--locality", "00004", "--period", "2025-07", "--format", "csv", "--db", "copy.sqlite"], in: dir.path)
        #expect(rates.status == 0, "\(rates.stderr)")
        #expect(rates.stdout.contains(",10,"), "\(rates.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".backup-") }.isEmpty, "no temporary file left")
    }

    @Test func backupKeepsAnExistingFileUnlessForced() throws {
        let dir = try ingested()
        dir.write("copy.sqlite", "keep me")
        let refused = try cli.run(["backup", "--to", "copy.sqlite"], in: dir.path)
        #expect(refused.status == 2)
        #expect(refused.stderr == "error: copy.sqlite exists; nothing was written\n  hint: choose another file, or add --force to replace it\n")
        #expect(try String(contentsOfFile: dir.file("copy.sqlite"), encoding: .utf8) == "keep me")
        #expect(try cli.run(["backup", "--to", "copy.sqlite", "--force"], in: dir.path).status == 0)
        #expect(try count("copy.sqlite", in: dir.path) == "n\n2\n")
    }

    @Test func backupRefusesPostgreSQLWithAHint() throws {
        let dir = TemporaryDirectory()
        let out = try cli.run(["backup", "--to", "x.sqlite", "--db", "postgres://uptake@localhost:1/uptake"], in: dir.path)
        #expect(out.status == 2)
        #expect(out.stderr.hasPrefix("error: uptake backup copies a SQLite database; postgres://uptake@localhost:1/uptake is PostgreSQL\n  hint: back PostgreSQL up with its own tools: pg_dump"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("x.sqlite")))
    }

    /// Another application's database (made with the sqlite3 shell) or an empty file.
    static let readCommands: [[String]] = [
        ["rates", "--period", "2025-07"],
        ["sql", "select 1"],
        ["localities"],
        ["serve", "--port", "0"],
    ]

    @Test(.enabled(if: SQLiteShell.isInstalled, "needs the sqlite3 shell to make another application's database"), arguments: readCommands)
    func readCommandsRefuseAnotherApplicationsDatabase(command: [String]) throws {
        let dir = TemporaryDirectory()
        try SQLiteShell.run(dir.file("other.db"), "create table notes(id integer primary key, body text); insert into notes(body) values ('mine')")
        let out = try cli.runOrStop(command + ["--db", "other.db"], in: dir.path)
        #expect(out.status == 2)
        #expect(out.stderr == "error: other.db is not an Uptake database (no Uptake schema)\n  hint: point --db at an Uptake database, or create a new one with 'uptake init --db NEW.sqlite'\n")
        #expect(try SQLiteShell.run(dir.file("other.db"), "select group_concat(name) from sqlite_schema") == "notes\n", "no table was added")
    }

    @Test(arguments: readCommands)
    func readCommandsRefuseAnEmptyFile(command: [String]) throws {
        let dir = TemporaryDirectory()
        dir.write("empty.db", "")
        let out = try cli.runOrStop(command + ["--db", "empty.db"], in: dir.path)
        #expect(out.status == 2)
        #expect(out.stderr == "error: empty.db is not an Uptake database (it is empty)\n  hint: create one there with 'uptake init --db empty.db', or point --db at an Uptake database\n")
        #expect((try FileManager.default.attributesOfItem(atPath: dir.file("empty.db")))[.size] as? Int == 0)
        #expect(try cli.run(["init", "--db", "empty.db"], in: dir.path).status == 0, "init still creates the schema there")
    }

    @Test(arguments: [
        ("a garbage file", [UInt8](repeating: 0x41, count: 4096)),
        ("a header cut short", Array("SQLite format 3\0".utf8) + [UInt8](repeating: 0, count: 40)),
    ])
    func aFileThatIsNoDatabaseIsNamedAsSuch(what: String, bytes: [UInt8]) throws {
        let dir = TemporaryDirectory()
        dir.write("bad.db", bytes: bytes)
        dir.write("a.csv", Self.rows)
        for command in [["rates", "--period", "2025-07"], ["sql", "select 1"], ["init"], ["ingest", "--units", "current", "a.csv"]] {
            let out = try cli.run(command + ["--db", "bad.db"], in: dir.path)
            #expect(out.status == 2, "\(what): \(command)")
            #expect(out.stderr.hasPrefix("error: bad.db is not an SQLite database or is damaged\n  hint: "), "\(what): \(command): \(out.stderr)")
        }
    }

    @Test func aTruncatedDatabaseIsNamedAsDamaged() throws {
        let dir = try ingested()
        let full = try [UInt8](Data(contentsOf: URL(fileURLWithPath: dir.file("uptake.sqlite"))))
        dir.write("cut.sqlite", bytes: Array(full.prefix(full.count / 2)))
        let out = try cli.run(["rates", "--period", "2025-07", "--db", "cut.sqlite"], in: dir.path)
        #expect(out.status == 2)
        #expect(out.stderr.hasPrefix("error: cut.sqlite is not an SQLite database or is damaged\n  hint: "), "\(out.stderr)")
    }

    @Test(arguments: ["select length(printf('%.*c', 900000000, 'x'))", "select length(zeroblob(20000000))", "select length(randomblob(20000000))",
                      "select length(replace(hex(zeroblob(6000000)), '0', '00'))"])
    func sqlStopsAHugeValueAtOnce(sql: String) throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let out = try cli.run(["sql", sql], in: dir.path)
        #expect(out.status == 2, "\(out.stdout)")
        #expect(out.stderr.hasPrefix("error: query stopped: a string or blob would be larger than 16 MiB\n  hint: "), "\(out.stderr)")
    }

    @Test(arguments: ["select hex(fts3_tokenizer('simple'))", "select fts3_tokenizer('mine', x'0000000000000000')"])
    func sqlRefusesTheFTS3Tokenizer(sql: String) throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let out = try cli.run(["sql", sql], in: dir.path)
        #expect(out.status == 2, "\(out.stdout)")
        #expect(out.stderr.hasPrefix("error: refused: fts3_tokenizer() is not allowed\n  hint: "), "\(out.stderr)")
    }

    @Test(arguments: ["file:VICTIM", "file:///VICTIM", "file:%2FVICTIM", "file:VICTIM?mode=rwc"])
    func dbRefusesASQLiteURI(form: String) throws {
        let dir = TemporaryDirectory()
        let victim = dir.file("victim.sqlite")
        let uri = form.replacingOccurrences(of: "%2FVICTIM", with: victim.replacingOccurrences(of: "/", with: "%2F"))
            .replacingOccurrences(of: "VICTIM", with: String(victim.dropFirst(form.hasPrefix("file:///") ? 1 : 0)))
        for command in [["init"], ["sql", "select 1"], ["backup", "--to", "b.sqlite"]] {
            let out = try cli.run(command + ["--db", uri], in: dir.path)
            #expect(out.status == 64, "\(command) \(uri): \(out.stderr)")
            #expect(out.stderr.contains("--db takes a SQLite file's path or a postgres:// URL, not a SQLite URI"), "\(out.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: victim))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "nothing created")
    }
}

extension CLIRunner {
    /// Runs `uptake` and waits for it, stopping it after `seconds` (a `serve` that did not refuse
    /// would listen for ever); status -1 then. A guard against a hang, not a bound on time.
    func runOrStop(_ arguments: [String], in directory: String, seconds: Double = 60) throws -> (status: Int32, stderr: String) {
        let errFile = directory + "/.stderr-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: errFile, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errFile) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        p.environment = ProcessInfo.processInfo.environment.filter { $0.key != "UPTAKE_DB" }
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle(forWritingAtPath: errFile)
        try p.run()
        let deadline = Date().addingTimeInterval(seconds)
        while p.isRunning, Date() < deadline { usleep(50_000) }
        if p.isRunning { p.terminate(); p.waitUntilExit(); return (-1, "still running after \(seconds) s") }
        return (p.terminationStatus, (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? "")
    }
}

/// The sqlite3 shell (`make deps` installs it), to make a database no Uptake wrote.
enum SQLiteShell {
    static let path = "/usr/bin/sqlite3"
    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: path) }

    @discardableResult
    static func run(_ database: String, _ sql: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = [database, sql]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
