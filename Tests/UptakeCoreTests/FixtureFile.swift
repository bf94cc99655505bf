import Foundation

/// A reference-value file written by `scripts/fixtures/make_stats_fixtures.py`.
struct FixtureFile<Case: Decodable>: Decodable {
    let reference: String
    let versions: [String: String]
    let cases: [Case]

    static func load(_ name: String) throws -> FixtureFile<Case> {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/\(name).json"])
        }
        return try JSONDecoder().decode(FixtureFile<Case>.self, from: Data(contentsOf: url))
    }
}

extension Array where Element == Double? {
    /// JSON `null` (written for NaN) back to NaN.
    var withNaN: [Double] { map { $0 ?? .nan } }
}
