import Foundation
import Synchronization

/// A throwaway PostgreSQL cluster for tests: `initdb` into a temporary folder, the server on a free
/// loopback port with its socket in that folder, and a watchdog that stops it and deletes the folder
/// once the test process has ended (however it ended). Debian's `postgresql` package provides the
/// binaries (`make test-deps` installs it); as root they run as the `postgres` user, since
/// PostgreSQL refuses to run as root.
///
/// One cluster per test process (``shared``); each test makes its own database with ``createDatabase()``.
public final class PostgresTestCluster: Sendable {
    /// Where the binaries are: `$UPTAKE_PG_BIN`, else Debian's PostgreSQL 15.
    public static let binDirectory = ProcessInfo.processInfo.environment["UPTAKE_PG_BIN"] ?? "/usr/lib/postgresql/15/bin"

    /// Why the PostgreSQL tests cannot run here, or `nil` when the binaries are present.
    public static var unavailableReason: String? {
        for tool in ["initdb", "pg_ctl", "createdb"] where !FileManager.default.isExecutableFile(atPath: binDirectory + "/" + tool) {
            return "PostgreSQL's \(tool) is not in \(binDirectory): install Debian's postgresql (make test-deps) or set UPTAKE_PG_BIN; the PostgreSQL tests are skipped"
        }
        return nil
    }

    /// The cluster of this test process, started on first use.
    public static let shared: Result<PostgresTestCluster, any Error> = Result { try PostgresTestCluster() }

    public struct ClusterError: Error, CustomStringConvertible {
        public let description: String
    }

    public let root: String
    public let port: Int
    public let user = "uptake"
    private let counter = Counter()

    private init() throws {
        if let reason = PostgresTestCluster.unavailableReason { throw ClusterError(description: reason) }
        root = NSTemporaryDirectory() + "uptake-pg-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let asRoot = getuid() == 0
        if asRoot { try PostgresTestCluster.run("/bin/chown", ["postgres:postgres", root]) }
        let bin = PostgresTestCluster.binDirectory
        try PostgresTestCluster.run(bin + "/initdb", ["-D", root + "/data", "-U", user, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"], asPostgres: asRoot)
        var lastError: (any Error)?
        for _ in 0..<5 {
            let port = try PostgresTestCluster.freePort()
            do {
                try PostgresTestCluster.run(bin + "/pg_ctl", ["-D", root + "/data", "-l", root + "/server.log", "-w", "-t", "60", "start", "-o",
                                                             "-p \(port) -k \(root) -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"],
                                            asPostgres: asRoot)
                self.port = port
                PostgresTestCluster.watch(root: root, asRoot: asRoot)
                return
            } catch {
                lastError = error  // the port was taken between the probe and the start: try another
            }
        }
        throw lastError ?? ClusterError(description: "the PostgreSQL server did not start")
    }

    /// A new, empty database; returns its URL.
    public func createDatabase() throws -> String {
        let name = "t\(getpid())_\(counter.next())"
        try PostgresTestCluster.run(PostgresTestCluster.binDirectory + "/createdb", ["-h", "127.0.0.1", "-p", "\(port)", "-U", user, name])
        return "postgres://\(user)@127.0.0.1:\(port)/\(name)"
    }

    /// Stops the server and deletes the folder when this process has ended.
    private static func watch(root: String, asRoot: Bool) {
        let stop = "\(binDirectory)/pg_ctl -D \(root)/data stop -m immediate"
        let script = "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; \(asRoot ? "/usr/sbin/runuser -u postgres -- " : "")\(stop); rm -rf \(root)"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try? p.run()
    }

    /// Runs a tool and waits for it, through posix_spawn and waitpid: Foundation's Process did not
    /// see `pg_ctl start` end (it leaves the server running in the background).
    private static func run(_ tool: String, _ arguments: [String], asPostgres: Bool = false) throws {
        // From /tmp: the postgres user may not read the caller's working directory.
        let argv = ["/bin/sh", "-c", "cd /tmp && exec \"$@\"", "sh"]
            + (asPostgres ? ["/usr/sbin/runuser", "-u", "postgres", "--", tool] + arguments : [tool] + arguments)
        let errPath = NSTemporaryDirectory() + "uptake-pg-\(UUID().uuidString.prefix(8)).err"
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw ClusterError(description: "cannot start \(argv[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0, code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            let message = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            throw ClusterError(description: "\((tool as NSString).lastPathComponent) failed (status \(status)): \(message)")
        }
    }

    /// A loopback TCP port nothing listens on now.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ClusterError(description: "no socket for a port probe") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw ClusterError(description: "could not find a free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Numbers the databases of one process.
private final class Counter: Sendable {
    private let value = Mutex(0)
    func next() -> Int { value.withLock { $0 += 1; return $0 } }
}
