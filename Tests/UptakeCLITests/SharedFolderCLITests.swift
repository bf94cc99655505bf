import Foundation
import Testing
import UptakeTestSupport

/// Issue 22: in a folder users share, a user who may only read the database must not create its
/// -wal and -shm (owned by that user, they lock the owner's next ingest out); when such files are
/// there, the owner's error names them, their owner and the fix. Two users are simulated with
/// setpriv: the owner is nobody (65534), the reader daemon (1); that needs root.
@Suite(.enabled(if: OtherUser.canSwitch, "needs root and setpriv to run uptake as other users"))
struct SharedFolderCLITests {
    let owner = OtherUser(uid: 65534)
    let reader = OtherUser(uid: 1)

    /// A world-writable folder holding the owner's database, with two rows ingested and no -wal or
    /// -shm beside it (as after the owner's last connection closed).
    func shared() throws -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        chmod(dir.path, 0o777)
        dir.write("a.csv", "date,locality,received,received_online\n2025-07-01,00004,4,1\n")
        dir.write("b.csv", "date,locality,received,received_online\n2025-07-02,00004,6,2\n")
        #expect(try owner.run(["init", "--db", "u.sqlite"], in: dir.path).status == 0)
        #expect(try owner.run(["ingest", "--units", "current", "a.csv", "--db", "u.sqlite"], in: dir.path).status == 0)
        for suffix in ["-wal", "-shm"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: dir.file("u.sqlite" + suffix)))?[.size] as? Int ?? 0
            if suffix == "-wal" { #expect(size == 0, "the owner's commands left their commits in the -wal") }
            try? FileManager.default.removeItem(atPath: dir.file("u.sqlite" + suffix))
        }
        return dir
    }

    /// Without a -wal and -shm (the owner's last connection removed them), and with the owner's
    /// (empty) ones there, as a running writer keeps them.
    @Test(arguments: [false, true])
    func aReaderCreatesNothingAndTheOwnerCanStillIngest(ownersFilesPresent: Bool) throws {
        let dir = try shared()
        if ownersFilesPresent {
            for suffix in ["-wal", "-shm"] {
                _ = FileManager.default.createFile(atPath: dir.file("u.sqlite" + suffix), contents: nil)
                chown(dir.file("u.sqlite" + suffix), 65534, 65534)
            }
        }
        let read = try reader.run(["sql", "select count(*) as n from applications", "--format", "csv", "--db", "u.sqlite"], in: dir.path)
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout == "n\n1\n")
        let rates = try reader.run(["rates", "--metric", "received", "--locality", "00004", "--period", "2025-07", "--db", "u.sqlite"], in: dir.path)
        #expect(rates.status == 0, "\(rates.stderr)")
        let theirs = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { name in
            ((try? FileManager.default.attributesOfItem(atPath: dir.file(name)))?[.ownerAccountID] as? NSNumber)?.intValue == 1
        }
        #expect(theirs.isEmpty, "the reader created \(theirs)")
        let ingest = try owner.run(["ingest", "--units", "current", "b.csv", "--db", "u.sqlite"], in: dir.path)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test func theOwnerIsToldWhoseFilesBlockTheIngest() throws {
        let dir = try shared()
        for suffix in ["-wal", "-shm"] {  // what a reader of an older uptake left
            let file = dir.file("u.sqlite" + suffix)
            _ = FileManager.default.createFile(atPath: file, contents: nil)
            chown(file, 1, 1)
            chmod(file, 0o644)
        }
        let ingest = try owner.run(["ingest", "--units", "current", "b.csv", "--db", "u.sqlite"], in: dir.path)
        #expect(ingest.status == 2)
        let db = "u.sqlite"
        #expect(ingest.stderr == """
            error: cannot write \(db): \(db)-wal and \(db)-shm belong to daemon (uid 1), not to nobody (uid 65534)
              hint: a user without write permission read the database and left them (empty); when no uptake process uses the database, remove them: rm '\(db)-wal' '\(db)-shm' (as daemon (uid 1) or root if the folder has the sticky bit)

            """, "\(ingest.stderr)")
    }
}

/// Runs the built `uptake` as another user through setpriv.
struct OtherUser {
    let uid: Int
    let cli = CLIRunner()

    /// Root, setpriv, and an uptake that another user can reach (a clone inside a 0700 folder, as
    /// mktemp -d makes, is not: there the other users cannot even start it).
    static var canSwitch: Bool {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return false }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/test", "-x", CLIRunner().executable]
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    func run(_ arguments: [String], in directory: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", cli.executable] + arguments
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        p.environment = ProcessInfo.processInfo.environment.filter { $0.key != "UPTAKE_DB" }
        p.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Outputs here are short; stderr is read after stdout reaches its end.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
