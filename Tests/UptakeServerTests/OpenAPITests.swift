import Foundation
import Hummingbird
import Testing
import UptakeCore
import UptakeServer
import UptakeSQLite
import UptakeStoreAPI
import UptakeTestSupport
import Yams

/// openapi.yaml is hand-written: it must list every route the router has, with the same methods and
/// query parameters, and nothing the router lacks.
@Suite struct OpenAPITests {
    let spec: [String: Any]

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        spec = try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    /// "METHOD /path" for every operation of the spec.
    var specRoutes: Set<String> {
        let paths = spec["paths"] as? [String: [String: Any]] ?? [:]
        return Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
    }

    /// An operation's query parameter names, $refs resolved.
    func parameters(_ path: String, method: String = "get") throws -> [String] {
        let paths = try #require(spec["paths"] as? [String: [String: Any]])
        let get = try #require(paths[path]?[method] as? [String: Any], "\(path) has no \(method.uppercased()) in openapi.yaml")
        let components = (spec["components"] as? [String: Any])?["parameters"] as? [String: [String: Any]] ?? [:]
        return try (get["parameters"] as? [[String: Any]] ?? []).map { p in
            if let ref = p["$ref"] as? String {
                let name = String(ref.split(separator: "/").last ?? "")
                return try #require(components[name]?["name"] as? String, "unresolved \(ref)")
            }
            return try #require(p["name"] as? String)
        }
    }

    @Test func everyRouteIsInTheSpecAndNothingElse() throws {
        let dir = TemporaryDirectory()
        let router = buildRouter(configuration: ServerConfiguration(today: { Day(number: 0) }), store: try SQLiteStore(path: dir.file("empty.sqlite")))
        // Hummingbird writes a path parameter as :code, OpenAPI as {code}.
        let routes = Set(router.routes.map { route in
            "\(route.method.rawValue) " + route.path.description.split(separator: "/", omittingEmptySubsequences: false).map { part in
                part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
            }.joined(separator: "/")
        })
        #expect(routes.count >= Endpoint.all.count + 1)
        #expect(routes == specRoutes, "only in the router: \(routes.subtracting(specRoutes).sorted()); only in the spec: \(specRoutes.subtracting(routes).sorted())")
    }

    @Test func everyEndpointTakesTheSpecsParameters() throws {
        for endpoint in Endpoint.all {
            #expect(try parameters(endpoint.path).sorted() == endpoint.parameters.sorted(), "\(endpoint.path)")
        }
        #expect(try parameters("/").sorted() == Dashboard.overviewParameters.sorted())
        #expect(try parameters("/localities/{code}").sorted() == (Dashboard.localityParameters + ["code"]).sorted())
        #expect(try parameters("/alerts").sorted() == Dashboard.alertParameters.sorted())
        #expect(try parameters("/metrics").isEmpty)
        // detect's series is the body; its parameters are the question's, as every endpoint's.
        #expect(try parameters("/api/v1/detect", method: "post").sorted() == Endpoint.detectParameters.sorted())
    }

    /// Every query parameter's schema says what the server takes (an enum, a pattern or bounds), so
    /// that schemathesis sends mostly valid values; the patterns accept what the CLI's tests use.
    @Test func parametersCarryTheirShapes() throws {
        let components = try #require((spec["components"] as? [String: Any])?["parameters"] as? [String: [String: Any]])
        for (name, parameter) in components {
            let schema = try #require(parameter["schema"] as? [String: Any], "\(name)")
            let type = schema["type"] as? String
            let shaped = schema["enum"] != nil || schema["pattern"] != nil || schema["minimum"] != nil || schema["exclusiveMinimum"] != nil
                || schema["minLength"] != nil || type == "boolean"
            #expect(shaped || name == "search", "\(name) has no enum, pattern or bound")
        }
        func matches(_ component: String, _ value: String) throws -> Bool {
            let pattern = try #require(components[component]?["schema"] as? [String: Any])["pattern"] as? String
            return value.range(of: try #require(pattern), options: .regularExpression) != nil
        }
        for good in ["2025", "2025-Q3", "2025-07", "2025-W29", "2025-07-14", "last-month", "today"] { #expect(try matches("period", good), "\(good)") }
        for bad in ["2025-13", "July", "2025-07-32", "2025-Q5"] { #expect(try !matches("period", bad), "\(bad)") }
        #expect(try matches("baseline", "2025-06-01..2025-06-30") && matches("baseline", "2025-06"))
        #expect(try matches("sector", "land,civil_status") && !matches("sector", "Land"))
        #expect(try matches("criteria", "digital_signature,guidance") && !matches("criteria", "speed"))
        #expect(try matches("anomaly", "a0123456789abcdef") && !matches("anomaly", "x"))
    }
}
