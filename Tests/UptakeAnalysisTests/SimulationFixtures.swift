import Foundation
import Testing
import UptakeCore
import UptakeSimulation

/// Shared inputs of the generator tests: the bundled locality list and small configurations.
enum SimulationFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let localities: [Locality] = (try? LocalityTable.load(path: repositoryRoot.appendingPathComponent("datasets/vn-localities-2025.csv").path)) ?? []

    static func day(_ text: String) -> Day { Day(iso: text)! }

    /// A generator for `provinces` (nil: all) over `from...to`.
    static func generator(_ provinces: Set<String>?, from: String = "2025-06-01", to: String = "2025-07-31",
                          seed: UInt64 = SimulationConfiguration.nationalSeed) throws -> DatasetGenerator {
        try #require(!localities.isEmpty, "datasets/vn-localities-2025.csv not found")
        let config = SimulationConfiguration(seed: seed, range: DayRange(first: day(from), last: day(to)), provinces: provinces)
        return try DatasetGenerator(localities: localities, configuration: config)
    }

    /// Province code of each commune.
    static let provinceOf: [String: String] = Dictionary(uniqueKeysWithValues: localities.compactMap { l in
        l.level == .commune ? l.parentCode.map { (l.code, $0) } : nil
    })

    /// The state of every (locality, criterion) as of `day`: the latest row on or before it.
    static func readiness(_ rows: [ReadinessRecord], asOf day: Day) -> [String: [ReadinessCriterion: ReadinessValue]] {
        var state: [String: [ReadinessCriterion: (Day, ReadinessValue)]] = [:]
        for r in rows where r.day <= day {
            if let old = state[r.locality]?[r.criterion], old.0 > r.day { continue }
            state[r.locality, default: [:]][r.criterion] = (r.day, r.value)
        }
        return state.mapValues { $0.mapValues(\.1) }
    }

    static func lines(_ bytes: [UInt8]) -> [Substring] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    }

    static func rounded(_ x: Double, _ decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (x * scale).rounded() / scale
    }
}

/// Sums over application rows.
struct Totals {
    var received = 0, receivedOnline = 0, resolved = 0, resolvedOnline = 0
    mutating func add(_ c: ApplicationCounts) {
        received += Int(c.received); receivedOnline += Int(c.receivedOnline)
        resolved += Int(c.resolved ?? 0); resolvedOnline += Int(c.resolvedOnline ?? 0)
    }
    var onlineSubmission: Double { Double(receivedOnline) / Double(received) }
    var onlineResult: Double { Double(resolvedOnline) / Double(resolved) }
}
