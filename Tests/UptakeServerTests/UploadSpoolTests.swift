import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import UptakeCore
@testable import UptakeServer
import UptakeSQLite
import UptakeTestSupport

/// An upload spooled for the ingest is readable by this user alone (0600 in a 0700 folder), gone
/// when its request ends however it ends, and one a crashed server left is removed at the next start.
@Suite struct UploadSpoolTests {
    static func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func aSpooledFileIsPrivateAndRemoved() async throws {
        let dir = TemporaryDirectory()
        let spool = UploadSpool(directory: dir.file("uploads"))
        let (seen, fileMode, folderMode, text) = try await spool.withFile(Array("a,b\n".utf8), suffix: "csv") { path in
            (path, try Self.mode(path), try Self.mode(spool.directory), try String(contentsOfFile: path, encoding: .utf8))
        }
        #expect(fileMode == 0o600 && folderMode == 0o700 && text == "a,b\n")
        #expect(!FileManager.default.fileExists(atPath: seen), "removed after use")
        struct Failed: Error {}
        var failedPath: String?
        await #expect(throws: Failed.self) {
            try await spool.withFile([1, 2, 3], suffix: "csv") { path in failedPath = path; throw Failed() }
        }
        #expect(failedPath.map { !FileManager.default.fileExists(atPath: $0) } == true, "removed after a failure")
    }

    /// A folder left open to others is made private again; one that is a link is refused.
    @Test func theFolderIsPrivateOrRefused() throws {
        let dir = TemporaryDirectory()
        let folder = dir.file("uploads")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o777])
        try UploadSpool(directory: folder).prepareDirectory()
        #expect(try Self.mode(folder) == 0o700)
        let link = dir.file("link")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder)
        #expect(throws: QueryError.self) { try UploadSpool(directory: link).prepareDirectory() }
    }

    /// Files named after a process that no longer runs are removed when a server starts; those of
    /// a running server (this process) stay.
    @Test func staleUploadsAreRemovedAtStart() throws {
        let fixture = try ServerFixture()
        let folder = fixture.dir.file("uploads")
        try UploadSpool(directory: folder).prepareDirectory()
        let stale = folder + "/99999999-0C0FFEE.csv", live = folder + "/\(getpid())-0C0FFEE.csv"  // 99999999 is above any pid_max
        for path in [stale, live] { #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8))) }
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, today: { Day(number: 0) })
        configuration.uploadDirectory = folder
        _ = buildApplication(configuration: configuration, store: try SQLiteStore(path: fixture.db))
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live))
    }

    /// Through the API: after a committed upload and a refused one, the spool is empty.
    @Test func uploadsLeaveNothingBehind() async throws {
        let fixture = try ServerFixture()
        let token = try AuthTests.token(fixture, scope: "ingest:*")
        let folder = fixture.dir.file("uploads")
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, today: { Day(iso: "2025-08-15") ?? Day(number: 0) })
        configuration.uploadDirectory = folder
        try await buildApplication(configuration: configuration, store: try SQLiteStore(path: fixture.db)).test(.live) { client in
            let header = "date,locality,sector,received,received_online,resolved,resolved_online\n"
            for (csv, status) in [(header + "2025-08-01,00004,land,10,5,9,4\n", HTTPResponse.Status.ok), (header + "2025-08-02,00004,land,10,50,9,4\n", .unprocessableContent)] {
                let response = try await client.execute(uri: "/api/v1/ingest", method: .post,
                                                        headers: [.authorization: "Bearer \(token)", .contentType: "text/csv"], body: ByteBuffer(string: csv))
                #expect(response.status == status, "\(response.body.text)")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }
}
