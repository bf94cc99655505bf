import HTTPTypes
import Hummingbird
import Synchronization

/// Which methods each declared path takes, read from the router once every route is on it, so that
/// a request with another method on a declared path gets 405 with `Allow`, not 404 (RFC 9110 15.5.6).
final class AllowedMethods: Sendable {
    private struct Pattern: Sendable {
        /// The path's segments, `nil` for a parameter (`{code}`, as the router describes `:code`).
        let segments: [String?]
        var methods: Set<String>
    }

    private let patterns = Mutex<[Pattern]>([])

    /// Takes the router's routes (call after the last route is added).
    func learn(_ routes: [(method: String, path: String)]) {
        var list: [Pattern] = []
        for route in routes {
            let segments = route.path.split(separator: "/").map { $0.hasPrefix(":") || $0.hasPrefix("{") ? nil : String($0) }
            if let i = list.firstIndex(where: { $0.segments == segments }) {
                list[i].methods.insert(route.method)
            } else {
                list.append(Pattern(segments: segments, methods: [route.method]))
            }
        }
        patterns.withLock { $0 = list }
    }

    /// The methods `path` takes, sorted (HEAD with GET: the router answers it), or `nil` when no route has the path.
    func methods(for path: String) -> [String]? {
        let parts = path.split(separator: "/").map(String.init)
        let found = patterns.withLock { list in
            list.first { p in p.segments.count == parts.count && zip(p.segments, parts).allSatisfy { $0 == nil || $0 == $1 } }?.methods
        }
        guard var found else { return nil }
        if found.contains("GET") { found.insert("HEAD") }
        return found.sorted()
    }
}

extension Problem {
    /// 405 for a method `path` does not take.
    static func methodNotAllowed(_ method: String, _ path: String, allowed: [String], requestID: String?) -> Problem {
        Problem(status: .methodNotAllowed, code: "method_not_allowed", detail: "\(path) does not take \(method)",
                hint: "it takes \(allowed.joined(separator: ", "))", requestID: requestID)
    }
}
