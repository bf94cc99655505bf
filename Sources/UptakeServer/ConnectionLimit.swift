#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ServerConfiguration {
    /// 512 connections, or half the descriptors the process may open if that is fewer: the other
    /// half stays for the database, the SQL sandbox's connections and upload files, so a crowd of
    /// clients (slow or not) waits in the listen backlog instead of starving the server of descriptors.
    public static var defaultMaxConnections: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return 512 }  // max: RLIM_INFINITY
        return max(1, min(512, Int(clamping: limit.rlim_cur) / 2))
    }
}
