import ArgumentParser
import Foundation
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// `--with incidents,readiness`: evidence set beside the numbers.
struct EvidenceOptions: ParsableArguments {
    @Option(name: .customLong("with"), help: ArgumentHelp("Evidence beside each row, comma-separated: incidents (recorded at the unit or above in the period), readiness (criteria unmet at the period's end).", valueName: "kinds"))
    var with: String?

    func validate() throws {
        if let with, kinds(with) == nil {
            throw ValidationError("invalid --with \"\(with)\": expected \(EvidenceKind.allCases.map(\.rawValue).joined(separator: ", ")), comma-separated")
        }
    }

    func kinds(_ text: String) -> Set<EvidenceKind>? {
        let list = text.split(separator: ",").map { EvidenceKind(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        return list.isEmpty || list.contains(where: { $0 == nil }) ? nil : Set(list.compactMap { $0 })
    }

    var kinds: Set<EvidenceKind> { with.flatMap(kinds) ?? [] }

    /// The collector for `range`, or `nil` without --with.
    func collector(_ store: any UptakeStore, covering range: DayRange) async throws -> EvidenceCollector? {
        kinds.isEmpty ? nil : try await EvidenceCollector.load(store: store, kinds: kinds, covering: range)
    }
}
